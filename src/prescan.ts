/**
 * The prescan: decides, before any parsing, which parts of a plain-text draft the rules could
 * possibly report on, so that only those are parsed (parse-latin and the rules cost ~30 times a
 * regex scan). The scan is conservative: it may send text that holds no finding to the parser,
 * never the reverse, and the parser and the rules still decide every finding. A chunk is parsed
 * whole when it holds anything the scan does not model exactly (characters outside plain ASCII
 * prose, a run of unusual shape) or a name the draft spells two ways (name-consistency compares
 * the whole draft); elsewhere only a window of five words around each word the scan cannot clear
 * is parsed, and only findings on that word are kept.
 */
import type { Chunk, TextPoint } from './chunks.js'
import { createPointLocator } from './chunks.js'
import { isKnownWord, type Lexicon } from './lexicon.js'
import { maxNameDistance } from './name-index.js'
import { findNearVariants } from './name-variants.js'
import { createFormLookup } from './rules/house-correction.js'
import { wouldFlagArticle } from './rules/indefinite-article.js'

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

/** Plans the pieces of consecutive chunks to parse (see the module comment). */
export type Prescan = (chunks: readonly Chunk[]) => Piece[]

// A run with anything else (`U.S.`, `3.5`, `/`, `@`, `#`, `[sic]`, accents, symbols) is left to the
// parser, which knows URLs, handles, numbers and the rest: it is parsed with its neighbours.
const unsafe = /[^A-Za-z0-9,.\-'’“”;?():!"]/
const run = /[^ \t\n\r]+/g
const dashes = /--+/g
// A word as parse-latin makes one of plain ASCII prose: letters and digits, joined by single
// hyphens and apostrophes, with opening and closing punctuation around it.
const plainWord =
  /^([("“]*)([A-Za-z0-9]+(?:['’][A-Za-z0-9]+)*(?:-[A-Za-z0-9]+(?:['’][A-Za-z0-9]+)*)*)([)"”,.;:!?]*)$/
const punctuationOnly = /^[-.,;:!?()"“”'’]+$/
// Name-like stretches of a word (letters and apostrophes), for name-consistency's pairs.
const nameStretch = /[\p{L}'’]+/gu
const upper = /\p{Lu}/u
const apostrophe = /['’]/
// A word that may hold a capital: ASCII capitals, or anything beyond ASCII.
const mayHoldCapital = /[A-Z\u0080-\uffff]/
// Words of context on each side of a word the scan cannot clear.
const context = 2

interface ScannedWord {
  /** Where the run (or the part of it between dashes) starts and ends in the chunk. */
  start: number
  end: number
  core: string
  /** The core's stop merged in (`Mr.`, `etc.`): parse-latin may make it part of the word. */
  dotted: boolean
  /** A run the scan doesn't model: the parser decides it and whatever touches it. */
  odd: boolean
}

/** Builds the scan of a run: one cache of word verdicts and article checks for all its drafts. */
export function createPrescan(options: PrescanOptions): Prescan {
  const { lexicon } = options
  const correct = createFormLookup(options.corrections ?? new Map())
  const forbid = createFormLookup(
    new Map([...(options.forbidden ?? [])].map((word) => [word, word])),
  )
  const isHouseForm = (form: string): boolean =>
    correct(form) !== undefined || forbid(form) !== undefined
  const clear = new Map<string, boolean>()
  const isClear = (core: string): boolean => {
    let verdict = clear.get(core)
    if (verdict === undefined) {
      verdict = isClearWord(core, lexicon, isHouseForm)
      clear.set(core, verdict)
    }
    return verdict
  }
  const articles = new Map<string, boolean>()
  const flagsArticle = (article: string, next: string): boolean => {
    // The plugin decides on the next word's first part (`well` of `well-known`) and on whether
    // the word is `and`, `nor` or `or` (`a and b`): words alike in both share a verdict.
    const head = /^\d/.test(next) ? next : (next.split(/['’ -]/, 1)[0] as string)
    const key = `${article} ${head}${head.length === next.length ? '' : '+'}`
    let verdict = articles.get(key)
    if (verdict === undefined) {
      verdict = wouldFlagArticle(article, next)
      articles.set(key, verdict)
    }
    return verdict
  }
  const knownNames = new Map<string, boolean>()
  const isKnownName = (name: string): boolean => {
    let verdict = knownNames.get(name)
    if (verdict === undefined) {
      verdict = lexicon.names.accepts(name) || lexicon.engine.isCorrect(name)
      knownNames.set(name, verdict)
    }
    return verdict
  }
  const nameKeys = new Map<string, boolean>()
  const isNameKey = (lower: string): boolean => {
    let verdict = nameKeys.get(lower)
    if (verdict === undefined) {
      verdict = maxNameDistance(lower.length) > 0 && !lexicon.engine.isCorrect(lower)
      nameKeys.set(lower, verdict)
    }
    return verdict
  }

  return (chunks) => {
    const scanned = chunks.map((chunk) => scanWords(chunk.text))
    const names = scanned.map((words) => namesIn(words, isNameKey, isKnownName))
    const whole = findPairedChunks(names)
    const pieces: Piece[] = []
    chunks.forEach((chunk, index) => {
      if (whole.has(index)) {
        pieces.push(chunk)
        return
      }
      const words = scanned[index] as ScannedWord[]
      const spans = findSuspects(words, isClear, flagsArticle)
      if (spans.length > 0) pieces.push(...toWindows(chunk, words, spans))
    })
    return pieces
  }
}

/** Whether no rule could report on this plain word, as the rules look it up. */
function isClearWord(
  core: string,
  lexicon: Lexicon,
  isHouseForm: (form: string) => boolean,
): boolean {
  const parts = partsOf(core)
  for (const part of parts) {
    if (!/[A-Za-z]/.test(part) || /\d/.test(part)) continue
    if (!isKnownWord(lexicon, part) || isHouseForm(part)) return false
  }
  if (parts.length > 1) {
    const whole = core.replace(/’/g, "'").replace(/'s?$/, '')
    if (isHouseForm(whole) || isHouseForm(`${whole}.`)) return false
  }
  return true
}

/** The name keys a chunk might give name-consistency, and those it certainly knows. */
interface ChunkNames {
  /** Lower-case keys, over-approximated: every key the rule could collect is here. */
  keys: Set<string>
  /** Keys the rule certainly counts as known (a listed or dictionary spelling occurs). */
  known: Set<string>
}

function namesIn(
  words: readonly ScannedWord[],
  isNameKey: (lower: string) => boolean,
  isKnownName: (name: string) => boolean,
): ChunkNames {
  const keys = new Set<string>()
  const known = new Set<string>()
  words.forEach(({ core, odd }, index) => {
    if (!mayHoldCapital.test(core)) return
    nameStretch.lastIndex = 0
    for (let match = nameStretch.exec(core); match; match = nameStretch.exec(core)) {
      const stretch = match[0]
      if (!upper.test(stretch)) continue
      if (!apostrophe.test(stretch)) {
        const lower = stretch.toLowerCase()
        if (isNameKey(lower)) keys.add(lower)
        continue
      }
      // The rule's word may be any of these: parse-latin splits and merges at apostrophes.
      const straight = stretch.replace(/’/g, "'")
      const trimmed = straight.replace(/^'+|'+$/g, '')
      for (const form of [straight, trimmed, trimmed.replace(/'s$/i, ''), ...straight.split("'")]) {
        const lower = form.toLowerCase()
        if (lower && isNameKey(lower)) keys.add(lower)
      }
    }
    // A plain word's parts are exactly the rule's words, unless `[sic]` (an odd run) follows.
    if (odd || words[index + 1]?.odd) return
    for (const part of partsOf(core)) {
      const lower = part.toLowerCase()
      if (upper.test(part) && /^[A-Za-z']+$/.test(part) && isNameKey(lower) && isKnownName(part)) {
        known.add(lower)
      }
    }
  })
  return { keys, known }
}

/** The parts of a plain word the rules look up: between hyphens, no possessive, `'` straight. */
function partsOf(core: string): string[] {
  const parts = core.split('-')
  const last = parts.length - 1
  parts[last] = (parts[last] as string).replace(/['’][sS]$/, '')
  return parts.map((part) => part.replace(/’/g, "'"))
}

/**
 * Chunks holding a name key that another key (in any chunk) is a near variant of, unless both
 * are certainly known: the rule reports neither of two known spellings.
 */
function findPairedChunks(names: readonly ChunkNames[]): Set<number> {
  const chunksByKey = new Map<string, number[]>()
  const known = new Set<string>()
  names.forEach((chunk, index) => {
    for (const key of chunk.keys) {
      const list = chunksByKey.get(key)
      if (list) list.push(index)
      else chunksByKey.set(key, [index])
    }
    for (const key of chunk.known) known.add(key)
  })
  const keys = [...chunksByKey.keys()]
  const paired = new Set<number>()
  for (const pair of findNearVariants(keys)) {
    if (pair.every((key) => known.has(keys[key] as string))) continue
    for (const key of pair) {
      for (const index of chunksByKey.get(keys[key] as string) ?? []) paired.add(index)
    }
  }
  return paired
}

/** The words of a chunk, as the scan sees them. */
function scanWords(text: string): ScannedWord[] {
  const words: ScannedWord[] = []
  run.lastIndex = 0
  for (let match = run.exec(text); match; match = run.exec(text)) {
    // `word--word`: parse-latin makes two words and a punctuation mark.
    let from = 0
    const whole = match[0]
    dashes.lastIndex = 0
    for (let dash = dashes.exec(whole); ; dash = dashes.exec(whole)) {
      const to = dash ? dash.index : whole.length
      if (to > from) addWord(words, whole.slice(from, to), match.index + from)
      if (!dash) break
      from = dash.index + dash[0].length
    }
  }
  return words
}

function addWord(words: ScannedWord[], text: string, start: number): void {
  const shape = unsafe.test(text) ? null : plainWord.exec(text)
  if (!shape) {
    if (!punctuationOnly.test(text)) {
      words.push({ start, end: start + text.length, core: text, dotted: false, odd: true })
    }
    return
  }
  const [, , core = '', closing = ''] = shape
  words.push({ start, end: start + text.length, core, dotted: closing.startsWith('.'), odd: false })
}

/** Word index ranges a rule could report on: unclear words, repeats, articles to check. */
function findSuspects(
  words: readonly ScannedWord[],
  isClear: (core: string) => boolean,
  flagsArticle: (article: string, next: string) => boolean,
): [number, number][] {
  const spans: [number, number][] = []
  words.forEach((word, index) => {
    const previous = words[index - 1]
    const next = words[index + 1]
    const lower = word.core.toLowerCase()
    // An odd run's neighbours too: a repeat or an article finding there may start next to it.
    if (word.odd) spans.push([Math.max(index - 1, 0), Math.min(index + 1, words.length - 1)])
    else if (previous && previous.core.toLowerCase() === lower) spans.push([index - 1, index])
    else if (!isClear(word.core)) spans.push([index, index])
    else if (
      next &&
      (lower === 'a' || lower === 'an') &&
      (flagsArticle(word.core, next.core) ||
        (next.dotted && flagsArticle(word.core, `${next.core}.`)))
    ) {
      spans.push([index, index])
    }
  })
  return spans
}

/** Windows of context around the suspect spans, overlapping ones merged. */
function toWindows(
  chunk: Chunk,
  words: readonly ScannedWord[],
  spans: readonly [number, number][],
): Piece[] {
  const locate = createPointLocator(chunk.text)
  const pieces: Piece[] = []
  let low = -1
  let high = -1
  let keep: [number, number][] = []
  const flush = () => {
    if (low < 0) return
    const from = (words[low] as ScannedWord).start
    const to = (words[high] as ScannedWord).end
    pieces.push({
      text: chunk.text.slice(from, to),
      start: toFilePoint(chunk.start, locate(from)),
      keep,
    })
  }
  for (const [first, last] of spans) {
    const from = Math.max(first - context, 0)
    const to = Math.min(last + context, words.length - 1)
    if (low >= 0 && from <= high) {
      high = Math.max(high, to)
    } else {
      flush()
      low = from
      high = to
      keep = []
    }
    keep.push([
      chunk.start.offset + (words[first] as ScannedWord).start,
      chunk.start.offset + (words[last] as ScannedWord).end,
    ])
  }
  flush()
  return pieces
}

/** A point inside a chunk, in the file's coordinates. */
function toFilePoint(chunkStart: TextPoint, inChunk: TextPoint): TextPoint {
  return {
    line: chunkStart.line + inChunk.line - 1,
    column: inChunk.line === 1 ? chunkStart.column + inChunk.column - 1 : inChunk.column,
    offset: chunkStart.offset + inChunk.offset,
  }
}
