/**
 * The prescan's view of a chunk: its whitespace-separated runs (split again at `--`), each with
 * a shape worked out once per distinct run of the whole check and cached, since a draft repeats
 * its words: whether parse-latin would make exactly one plain word of it, whether any rule
 * could report on that word, and the name keys it may give name-consistency.
 */
import type { TextPoint } from './chunks.js'
import { isKnownWord, type Lexicon } from './lexicon.js'
import { maxNameDistance } from './name-index.js'
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
}

/** The runs of a chunk: where each starts and ends in it, and its shape. */
export interface ScannedChunk {
  starts: number[]
  ends: number[]
  shapes: RunShape[]
}

// A run with anything else (`U.S.`, `3.5`, `/`, `@`, `#`, `[sic]`, accents, symbols) is odd: the
// parser knows URLs, handles, numbers and the rest, so it is parsed with its neighbours.
const unsafe = /[^A-Za-z0-9,.\-'’“”;?():!"]/
// A word as parse-latin makes one of plain ASCII prose: letters and digits, joined by single
// hyphens and apostrophes, with opening and closing punctuation around it.
const plainWord =
  /^[("“]*([A-Za-z0-9]+(?:['’][A-Za-z0-9]+)*(?:-[A-Za-z0-9]+(?:['’][A-Za-z0-9]+)*)*)([)"”,.;:!?]*)$/
const punctuationOnly = /^[-.,;:!?()"“”'’]+$/
const dashes = /--+/g
// Name-like stretches (letters and apostrophes with a capital), for name-consistency's pairs.
const nameStretch = /[\p{L}'’]+/gu
const upper = /\p{Lu}/u
const apostrophe = /['’]/
const mayHoldCapital = /[A-Z\u0080-\uffff]/
const none: readonly string[] = []

/** What run shapes are worked out against: the lexicon, and the house lists' forms. */
export interface ShapeContext {
  lexicon: Lexicon
  isHouseForm(form: string): boolean
}

/** A cached `run → shape` (undefined for punctuation alone, which makes no word). */
export function createShapeCache(context: ShapeContext): (run: string) => RunShape | undefined {
  const shapes = new Map<string, RunShape | null>()
  return (run) => {
    let shape = shapes.get(run)
    if (shape === undefined) {
      shape = shapeOf(run, context) ?? null
      shapes.set(run, shape)
    }
    return shape ?? undefined
  }
}

/** The runs of `text`, split at white space and at `--` (`word--word` is two words). */
export function scanChunk(
  text: string,
  shapeOf: (run: string) => RunShape | undefined,
): ScannedChunk {
  const scanned: ScannedChunk = { starts: [], ends: [], shapes: [] }
  const add = (run: string, start: number): void => {
    const shape = shapeOf(run)
    if (!shape) return
    scanned.starts.push(start)
    scanned.ends.push(start + run.length)
    scanned.shapes.push(shape)
  }
  const length = text.length
  let index = 0
  while (index < length) {
    while (index < length && isSpace(text.charCodeAt(index))) index++
    const start = index
    while (index < length && !isSpace(text.charCodeAt(index))) index++
    if (index === start) break
    const run = text.slice(start, index)
    if (!run.includes('--')) {
      add(run, start)
      continue
    }
    let from = 0
    dashes.lastIndex = 0
    for (let dash = dashes.exec(run); ; dash = dashes.exec(run)) {
      const to = dash ? dash.index : run.length
      if (to > from) add(run.slice(from, to), start + from)
      if (!dash) break
      from = dash.index + dash[0].length
    }
  }
  return scanned
}

// Space, tab, line feed, carriage return: what separates runs (anything else is in one).
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9
}

function shapeOf(run: string, context: ShapeContext): RunShape | undefined {
  const plain = unsafe.test(run) ? null : plainWord.exec(run)
  if (!plain && punctuationOnly.test(run)) return undefined
  const core = plain ? (plain[1] as string) : run
  const isNameKey = (lower: string): boolean =>
    maxNameDistance(lower.length) > 0 && !context.lexicon.engine.isCorrect(lower)
  const nameKeys = mayHoldCapital.test(core) ? findNameKeys(core, isNameKey) : none
  if (!plain) {
    return {
      core,
      coreStart: 0,
      lower: core.toLowerCase(),
      dotted: false,
      odd: true,
      clear: false,
      nameKeys,
      knownKeys: none,
    }
  }
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
              isNameKey(lower) && (lexicon.names.accepts(part) || lexicon.engine.isCorrect(part)),
          )
          .map(([, lower]) => lower)
  return {
    core,
    coreStart: run.indexOf(core),
    lower: core.toLowerCase(),
    dotted: (plain[2] as string).startsWith('.'),
    odd: false,
    clear: isClearWord(parts, core, context),
    nameKeys,
    knownKeys,
  }
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
