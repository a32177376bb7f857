/**
 * The prescan: decides, before any parsing, which parts of a plain-text draft the rules could
 * possibly report on, so that only those are parsed (parse-latin and the rules cost ~30 times a
 * regex scan). The scan is conservative: it may send text that holds no finding to the parser,
 * never the reverse, and the parser and the rules still decide every finding. A chunk holding a
 * name the draft spells two ways goes whole (name-consistency compares the draft, and counts
 * and quotes every spelling); elsewhere only a window of two words either side of each word the
 * scan cannot clear is parsed, and only findings on that word are kept. A plain unknown word
 * with nothing unusual about it is not parsed at all: the word rules' checks get it as read.
 */
import { type Chunk, createChunkCursor } from './chunks.js'
import type { Lexicon } from './lexicon.js'
import {
  canPlaceNames,
  findPairedKeys,
  findPairedWords,
  quoteStateOf,
  withNames,
} from './prescan-names.js'
import { hashRun, type ScannedChunk, ShapeCache, scanChunk } from './prescan-runs.js'
import { createStopCheck, type StopCheck } from './prescan-stops.js'
import {
  articleTargetsOf,
  createShapeOf,
  isArticle,
  type RunShape,
  toProseWord,
} from './prescan-words.js'
import type { ProseWord, WordCheck } from './prose-words.js'
import { createFormLookup } from './rules/house-correction.js'
import { askArticles, flagsArticle } from './rules/indefinite-article.js'

/** A piece of text to parse, and which findings in it to keep. */
export interface Piece extends Chunk {
  /** Offset ranges (in the file) whose findings are kept; every finding when absent. */
  keep?: readonly (readonly [number, number])[]
}

/** What the scan looks words up in: the lexicon and the house lists the rules use. */
export interface PrescanOptions {
  lexicon: Lexicon
  corrections?: ReadonlyMap<string, string>
  forbidden?: ReadonlySet<string>
}

/** What to do with consecutive chunks: the pieces to parse, and plain words to check as read. */
export interface PrescanPlan {
  pieces: Piece[]
  words: ProseWord[]
}

/** Plans consecutive chunks (see the module comment). */
export type Prescan = (chunks: readonly Chunk[]) => PrescanPlan

/** A processor's prescan, and its word rules' checks for the words the plan reads unparsed. */
export interface AttachedPrescan {
  plan: Prescan
  checkWord: WordCheck
}

// The prescan of each processor built with one (the fast engine's; see pipeline.ts).
const prescans = new WeakMap<object, AttachedPrescan>()

/** Registers the prescan `processor`'s rules are built on. */
export function attachPrescan(processor: object, prescan: AttachedPrescan): void {
  prescans.set(processor, prescan)
}

/** The prescan registered for `processor`, if any. */
export function prescanOf(processor: object): AttachedPrescan | undefined {
  return prescans.get(processor)
}

// Words of context on each side of a word the scan cannot clear.
const context = 2

/** Builds the scan of a run: one cache of run shapes and article checks for all its drafts. */
export function createPrescan(options: PrescanOptions): Prescan {
  const correct = createFormLookup(options.corrections ?? new Map())
  const forbidden = [...(options.forbidden ?? [])]
  const forbid = createFormLookup(new Map(forbidden.map((word) => [word, word])))
  // A word's core shape is that of its core as a run of its own (`word` for `word,`), which the
  // cache of runs finds faster than a map of cores would.
  const cache: ShapeCache = new ShapeCache(
    createShapeOf(
      {
        lexicon: options.lexicon,
        isHouseForm: (form) => correct(form) !== undefined || forbid(form) !== undefined,
      },
      (core) => cache.shapeAt(core, 0, core.length, hashRun(core)),
    ),
  )
  const endsSentence = createStopCheck()
  // The verdict on an article before each distinct run: the same few runs follow `a` again and
  // again (a million runs, 25,000 articles in the 6 MB corpus).
  const verdicts = new Map<string, Map<RunShape, boolean>>()
  const flagsArticleBefore = (article: string, next: RunShape): boolean => {
    let byNext = verdicts.get(article)
    if (!byNext) {
      byNext = new Map()
      verdicts.set(article, byNext)
    }
    let verdict = byNext.get(next)
    if (verdict === undefined) {
      verdict = articleTargetsOf(next).some((word) => flagsArticle(article, word))
      byNext.set(next, verdict)
    }
    return verdict
  }

  return (chunks) => {
    const scanned = chunks.map((chunk) => scanChunk(chunk.text, cache))
    askArticles(findArticleQuestions(scanned, (article, next) => verdicts.get(article)?.has(next)))
    const paired = findPairedKeys(scanned)
    const pieces: Piece[] = []
    const words: ProseWord[] = []
    chunks.forEach((chunk, index) => {
      const runs = scanned[index] as ScannedChunk
      const names = findPairedWords(runs, paired)
      const suspects = findSuspects(runs, flagsArticleBefore)
      const quotes = names.length > 0 ? quoteStateOf(chunk.text) : undefined
      if (
        suspects === 'whole' ||
        (names.length > 0 && !canPlaceNames(chunk, runs, names, quotes, endsSentence))
      ) {
        pieces.push(chunk)
        return
      }
      const direct = findDirectWords(chunk, runs, suspects, paired, endsSentence)
      const spans = suspects.spans.filter(([first, last]) => first !== last || !direct.has(first))
      const windows = spans.length > 0 ? toWindows(chunk, runs, spans) : []
      pieces.push(...(quotes ? withNames(chunk, runs, windows, names, quotes) : windows))
      if (direct.size > 0) {
        const locate = createChunkCursor(chunk)
        for (const at of direct) words.push(toProseWord(runs, at, locate))
      }
    })
    return { pieces, words }
  }
}

/**
 * The unclear words that need no parsing: plain words of letters alone, no stop after them
 * unless it surely ends the sentence (see prescan-stops.ts), nothing odd beside them (`[sic]`, a
 * URL), no other span over them, and no name the draft spells two ways. parse-latin would make
 * each one word whose parts are the word's hyphen-separated pieces, so the word rules' checks
 * can be handed it as read.
 */
function findDirectWords(
  chunk: Chunk,
  runs: ScannedChunk,
  { spans, unclear }: Suspects,
  paired: ReadonlySet<string>,
  endsSentence: StopCheck,
): Set<number> {
  const { shapes } = runs
  const direct = new Set<number>()
  for (const at of unclear) {
    const shape = shapes[at] as RunShape
    if (
      (shape.dotted && !endsSentence(chunk.text, runs, at)) ||
      /\d/.test(shape.core) ||
      shapes[at - 1]?.odd ||
      shapes[at + 1]?.odd ||
      shape.nameKeys.some((key) => paired.has(key)) ||
      spans.some(([first, last]) => first <= at && at <= last && (first !== at || last !== at))
    ) {
      continue
    }
    direct.add(at)
  }
  return direct
}

interface Suspects {
  spans: [number, number][]
  /** The words in spans of their own because the scan could not clear them. */
  unclear: number[]
}

/**
 * Run index ranges a rule could report on: unclear words, repeats, articles to check; or `whole`
 * for a capitalised article the plugin might flag, since it only does so at the start of a
 * sentence, and where a sentence starts is for the parser to say over the whole paragraph.
 */
function findSuspects(
  { shapes, marked }: ScannedChunk,
  flagsArticle: (article: string, next: RunShape) => boolean,
): Suspects | 'whole' {
  const spans: [number, number][] = []
  const unclear: number[] = []
  const last = shapes.length - 1
  // The runs the scan did not mark are clear words, no repeat and no article: nothing to do.
  for (const index of marked) {
    const shape = shapes[index] as (typeof shapes)[number]
    const previous = shapes[index - 1]
    const next = shapes[index + 1]
    // An odd run's neighbours too: a repeat or an article finding there may start next to it.
    if (shape.odd) spans.push([Math.max(index - 1, 0), Math.min(index + 1, last)])
    else if (previous && (previous === shape || previous.last === shape.first))
      spans.push([index - 1, index])
    else if (!shape.clear) {
      spans.push([index, index])
      unclear.push(index)
    } else if (next && isArticle(shape) && flagsArticle(shape.core, next)) {
      if (shape.core !== shape.lower) return 'whole'
      spans.push([index, index])
    }
  }
  return { spans, unclear }
}

/**
 * The article and following word pairs of `scanned` that `flagsArticleBefore` has not judged yet
 * (`isJudged`), as `flagsArticle` is asked them, so that the plugin can be asked them all at once.
 */
function findArticleQuestions(
  scanned: readonly ScannedChunk[],
  isJudged: (article: string, next: RunShape) => boolean | undefined,
): [string, string][] {
  // Repeated questions are fine: askArticles asks the plugin each distinct one once.
  const questions: [string, string][] = []
  for (const { shapes, marked } of scanned) {
    for (const index of marked) {
      const shape = shapes[index] as RunShape
      const next = shapes[index + 1]
      if (!isArticle(shape) || !next || isJudged(shape.core, next)) continue
      for (const word of articleTargetsOf(next)) questions.push([shape.core, word])
    }
  }
  return questions
}

/** Windows of context around the suspect spans, overlapping ones merged. */
function toWindows(
  chunk: Chunk,
  { starts, ends, shapes }: ScannedChunk,
  spans: readonly [number, number][],
): Piece[] {
  const locate = createChunkCursor(chunk)
  const pieces: Piece[] = []
  let low = -1
  let high = -1
  let keep: [number, number][] = []
  const flush = () => {
    if (low < 0) return
    // A window from the first word takes in what precedes it too (`-- ol' ol'`: how the parser
    // joins an apostrophe depends on what stands before the word in its sentence).
    const from = low > 0 ? (starts[low] as number) : 0
    // A window takes in the punctuation and white space after its last word, which may decide
    // how the parser ends the sentence (`e-mail. example.com ”.`, `a etc. `); one ending on a
    // word with a stop (see below) reaches the end of the chunk.
    const to = shapes[high]?.dotted ? chunk.text.length : (starts[high + 1] ?? chunk.text.length)
    const text = chunk.text.slice(from, to)
    pieces.push({ text, start: locate(from), keep })
  }
  for (const [first, last] of spans) {
    const from = Math.max(first - context, 0)
    let to = Math.min(last + context, starts.length - 1)
    // Whether a word's stop is part of it (`Mr.`) depends on what follows, punctuation too
    // (`the the. ’.`): a window ending on one takes in the next word.
    while (shapes[to]?.dotted && to + 1 < starts.length) to++
    if (low >= 0 && from <= high) {
      high = Math.max(high, to)
    } else {
      flush()
      low = from
      high = to
      keep = []
    }
    keep.push([
      chunk.start.offset + (starts[first] as number),
      chunk.start.offset + (ends[last] as number),
    ])
  }
  flush()
  return pieces
}
