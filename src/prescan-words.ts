/**
 * The shape of a run of text, as the prescan sees it (see prescan-runs.ts for how runs are read
 * and cached): whether parse-latin would make exactly one plain word of it, whether any rule
 * could report on that word, and the name keys it may give name-consistency.
 */
import type { TextPoint } from './chunks.js'
import { isKnownWord, type Lexicon } from './lexicon.js'
import { maxNameDistance } from './name-index.js'
import { parsedWordAt } from './parse-probe.js'
import type { ScannedChunk } from './prescan-runs.js'
import { normalizeApostrophes, type ProseWord, type WordToken } from './prose-words.js'

/** What the prescan knows of one run of text. */
export interface RunShape {
  /** The word without the punctuation around it; the whole run when odd. */
  core: string
  /** Where the core starts in the run (after opening punctuation). */
  coreStart: number
  lower: string
  /** The core's stop follows (`Mr.`, `etc.`): parse-latin may make it part of the word. */
  dotted: boolean
  /** A run the scan doesn't model: the parser decides it and whatever touches it. */
  odd: boolean
  /** A plain word no rule could report on, as the rules look it up. */
  clear: boolean
  /** The lower-case name keys it might give name-consistency, over-approximated. */
  nameKeys: readonly string[]
  /** Keys of its parts the rule certainly counts as known (unless `[sic]` follows). */
  knownKeys: readonly string[]
  /**
   * The words at its start and its end, in lower case, as the repeated-word rule compares a
   * word with the next across white space; `lower` for a run of one word. A run that starts
   * (or ends) with something else, such as the `$` of `$100` or the `%` of `9%`, has a mark
   * there that equals no word and no other mark.
   */
  first: string
  last: string
}

// A run with anything else (`U.S.`, `10:30`, `/`, `@`, `#`, `[sic]`, accents, symbols) is odd: the
// parser knows URLs, handles, numbers and the rest, so it is parsed with its neighbours.
const unsafe = /[^A-Za-z0-9,.\-'’“”;?():!"]/
// A word as parse-latin makes one of plain ASCII prose: letters and digits, joined by single
// hyphens and apostrophes, with opening and closing punctuation around it (a closing apostrophe,
// as in `players'`, is punctuation too, unless parse-english reads an elision: see below).
const plainWord =
  /^[("“]*([A-Za-z0-9]+(?:['’][A-Za-z0-9]+)*(?:-[A-Za-z0-9]+(?:['’][A-Za-z0-9]+)*)*)([)"”,.;:!?'’]*)$/
const punctuationOnly = /^[-.,;:!?()"“”'’]+$/
// Name-like stretches (letters and apostrophes with a capital), for name-consistency's pairs.
const nameStretch = /[\p{L}'’]+/gu
const upper = /\p{Lu}/u
const apostrophe = /['’]/
const mayHoldCapital = /[A-Z\u0080-\uffff]/
const lowerCaseWord = /^[a-z]+$/
const capitalisedWord = /^[A-Z][a-z]+$/
const none: readonly string[] = []
// A number as parse-latin reads it: digit groups joined by single `,` or `.`, perhaps after `$`
// and before `%` (symbols of their own), perhaps with a `,`, `;` or `:` after it. It splits the
// groups at each comma into words (`1,119` is the words `1` and `119`) and keeps a stop between
// digits in the word (`3.5`). No word rule reads a word with a digit, so such a run is clear.
const numberRun = /^(\$?)(\d+(?:[.,]\d+)*)(%?[,;:]?)$/
// The edge marks of `first` and `last` where a number run has a symbol or punctuation there.
const noFirstWord = '\u0000first'
const noLastWord = '\u0000last'

/** Whether a run is the indefinite article, in any case (`a`, `An`). */
export function isArticle(shape: RunShape): boolean {
  return shape.lower === 'a' || shape.lower === 'an'
}

/** What run shapes are worked out against: the lexicon, and the house lists' forms. */
export interface ShapeContext {
  lexicon: Lexicon
  isHouseForm(form: string): boolean
}

/**
 * The shape of a run (undefined for punctuation alone, which makes no word), worked out against
 * `context`. What a plain word's shape owes to its core alone is shared by `word`, `word,`,
 * `(word` and the like: `shapeOfCore` gives the shape of the core as a run of its own, where a
 * cache of runs has it (see prescan.ts); without it, the core shapes are cached here.
 */
export function createShapeOf(
  context: ShapeContext,
  shapeOfCore?: (core: string) => CoreShape | undefined,
): (run: string) => RunShape | undefined {
  const cores = new Map<string, CoreShape>()
  const coreShape = (core: string, run: string): CoreShape => {
    if (shapeOfCore) {
      return (core.length !== run.length && shapeOfCore(core)) || coreShapeOf(core, context)
    }
    let shape = cores.get(core)
    if (!shape) {
      shape = coreShapeOf(core, context)
      cores.set(core, shape)
    }
    return shape
  }
  return (run) => shapeOf(run, context, coreShape)
}

/** What a plain word's shape owes to its core alone, shared by `word`, `word,`, `(word` and the like. */
export type CoreShape = Pick<RunShape, 'lower' | 'clear' | 'nameKeys' | 'knownKeys'>

function shapeOf(
  run: string,
  context: ShapeContext,
  coreShape: (core: string, run: string) => CoreShape,
): RunShape | undefined {
  const plain = unsafe.test(run) ? null : plainWord.exec(run)
  if (!plain && punctuationOnly.test(run)) return undefined
  if (!plain) return numberShape(run) ?? oddShape(run, context)
  const core = plain[1] as string
  const closing = plain[2] as string
  if (apostrophe.test(closing.charAt(0)) && isElision(core, closing)) return oddShape(run, context)
  const shape = coreShape(core, run)
  return {
    core,
    coreStart: run.indexOf(core),
    lower: shape.lower,
    dotted: closing.startsWith('.'),
    odd: false,
    clear: shape.clear,
    nameKeys: shape.nameKeys,
    knownKeys: shape.knownKeys,
    first: shape.lower,
    last: shape.lower,
  }
}

/**
 * The shape of a number run (see `numberRun`), or undefined for any other run. Its core is its
 * first word, which an article before it is judged against; a run that starts with `$` has none
 * (the indefinite-article rule only reads a word right after the article: see `articleTargetsOf`).
 */
function numberShape(run: string): RunShape | undefined {
  const number = numberRun.exec(run)
  if (!number) return undefined
  const [, dollar, digits = '', after] = number
  const words = digits.split(',')
  const firstWord = words[0] as string
  return {
    core: dollar ? run : firstWord,
    coreStart: 0,
    lower: run,
    dotted: false,
    odd: false,
    clear: true,
    nameKeys: none,
    knownKeys: none,
    first: dollar ? noFirstWord : firstWord,
    last: after ? noLastWord : (words.at(-1) as string),
  }
}

/**
 * The words the indefinite-article rule may read after an article, when `shape`'s run follows it:
 * its core, and its core with the stop when parse-latin may join that to it (`etc.`); none when
 * a symbol stands first (`$100`), as the rule then finds no word there.
 */
export function articleTargetsOf(shape: RunShape): readonly string[] {
  if (shape.core.startsWith('$')) return none
  return shape.dotted ? [shape.core, `${shape.core}.`] : [shape.core]
}

/** A run the scan doesn't model: the parser decides it and whatever touches it. */
function oddShape(run: string, context: ShapeContext): RunShape {
  const lower = run.toLowerCase()
  return {
    core: run,
    coreStart: 0,
    lower,
    dotted: false,
    odd: true,
    clear: false,
    nameKeys: findNameKeysOf(run, context),
    knownKeys: none,
    first: lower,
    last: lower,
  }
}

// parse-english joins an apostrophe to a word it reads as an elision (`o'`, `ol'`), and only
// when white space is on both sides: asked of it once per word.
const elisions = new Map<string, boolean>()

function isElision(core: string, closing: string): boolean {
  const mark = closing.charAt(0)
  const key = `${core}${mark}`
  let verdict = elisions.get(key)
  if (verdict === undefined) {
    verdict = parsedWordAt(`a ${core}${mark} a`, 2) !== core
    if (elisions.size >= 10_000) elisions.clear()
    elisions.set(key, verdict)
  }
  return verdict
}

function coreShapeOf(core: string, context: ShapeContext): CoreShape {
  // Most words: lower-case letters alone, one part, no capital to make a name key of.
  if (lowerCaseWord.test(core)) {
    const clear = isKnownWord(context.lexicon, core) && !context.isHouseForm(core)
    return { lower: core, clear, nameKeys: none, knownKeys: none }
  }
  if (capitalisedWord.test(core)) return capitalisedShapeOf(core, context)
  return generalShapeOf(core, context)
}

/**
 * The core shape of a capitalised word of letters alone (`Kennedy`, `The`: a quarter of a
 * draft's distinct words), as `generalShapeOf` works it out (a test compares the two): one part,
 * and at most one name key, the word in lower case.
 */
export function capitalisedShapeOf(core: string, context: ShapeContext): CoreShape {
  const { lexicon } = context
  const lower = core.toLowerCase()
  const nameKeys = isNameKey(lower, context) ? [lower] : none
  const isKnown = lexicon.names.accepts(core) || lexicon.engine.isCorrect(core)
  return {
    lower,
    clear: isKnown && !context.isHouseForm(core),
    nameKeys,
    knownKeys: nameKeys !== none && isKnown ? nameKeys : none,
  }
}

/** The core shape of any plain word: its parts, name keys and known keys worked out in full. */
export function generalShapeOf(core: string, context: ShapeContext): CoreShape {
  const nameKeys = findNameKeysOf(core, context)
  const parts = partsOf(core)
  const { lexicon } = context
  const knownKeys =
    nameKeys === none
      ? none
      : parts
          .filter((part) => upper.test(part) && /^[A-Za-z']+$/.test(part))
          .map((part) => [part, part.toLowerCase()] as const)
          .filter(
            ([part, lower]) =>
              isNameKey(lower, context) &&
              (lexicon.names.accepts(part) || lexicon.engine.isCorrect(part)),
          )
          .map(([, lower]) => lower)
  return {
    lower: core.toLowerCase(),
    clear: isClearWord(parts, core, context),
    nameKeys,
    knownKeys,
  }
}

function isNameKey(lower: string, context: ShapeContext): boolean {
  return maxNameDistance(lower.length) > 0 && !context.lexicon.engine.isCorrect(lower)
}

function findNameKeysOf(core: string, context: ShapeContext): readonly string[] {
  return mayHoldCapital.test(core) ? findNameKeys(core, (lower) => isNameKey(lower, context)) : none
}

/**
 * A plain word as the word rules see it once parsed (see prose-words.ts): its hyphen-separated
 * parts, the last without a possessive, each placed in the file. `locate` places chunk offsets,
 * asked in increasing order.
 */
export function toProseWord(
  { starts, shapes }: ScannedChunk,
  index: number,
  locate: (offset: number) => TextPoint,
): ProseWord {
  const shape = shapes[index] as RunShape
  const tokens: WordToken[] = []
  let from = (starts[index] as number) + shape.coreStart
  // Only the last part loses a possessive, so each part starts where the written word has it.
  for (const value of writtenParts(shape.core)) {
    if (/[A-Za-z]/.test(value)) {
      const start = locate(from)
      const end = {
        line: start.line,
        column: start.column + value.length,
        offset: start.offset + value.length,
      }
      tokens.push({ value, lookup: normalizeApostrophes(value), position: { start, end } })
    }
    from += value.length + 1
  }
  return { lookup: normalizeApostrophes(shape.core), tokens }
}

/** Whether no rule could report on a plain word, as the rules look it and its parts up. */
function isClearWord(parts: readonly string[], core: string, context: ShapeContext): boolean {
  for (const part of parts) {
    if (!/[A-Za-z]/.test(part) || /\d/.test(part)) continue
    if (!isKnownWord(context.lexicon, part) || context.isHouseForm(part)) return false
  }
  if (parts.length > 1) {
    const whole = normalizeApostrophes(core).replace(/'s?$/, '')
    if (context.isHouseForm(whole) || context.isHouseForm(`${whole}.`)) return false
  }
  return true
}

/** The parts of a plain word the rules look up: between hyphens, no possessive, `'` straight. */
function partsOf(core: string): string[] {
  return writtenParts(core).map(normalizeApostrophes)
}

/** A plain word's parts between hyphens as written, the last without its possessive `’s`. */
function writtenParts(core: string): string[] {
  const parts = core.split('-')
  const last = parts.length - 1
  parts[last] = (parts[last] as string).replace(/['’][sS]$/, '')
  return parts
}

/** Every key the rule could make of a run's letters: parse-latin splits and merges at apostrophes. */
function findNameKeys(text: string, isNameKey: (lower: string) => boolean): readonly string[] {
  const keys = new Set<string>()
  nameStretch.lastIndex = 0
  for (let match = nameStretch.exec(text); match; match = nameStretch.exec(text)) {
    const stretch = match[0]
    if (!upper.test(stretch)) continue
    const straight = normalizeApostrophes(stretch)
    const trimmed = straight.replace(/^'+|'+$/g, '')
    const forms = apostrophe.test(stretch)
      ? [straight, trimmed, trimmed.replace(/'s$/i, ''), ...straight.split("'")]
      : [stretch]
    for (const form of forms) {
      const lower = form.toLowerCase()
      if (lower && isNameKey(lower)) keys.add(lower)
    }
  }
  return keys.size === 0 ? none : [...keys]
}
