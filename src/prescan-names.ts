/**
 * The prescan's part for name-consistency, which compares every name-like word of a draft: the
 * name keys spelt two ways, and how their words reach the rule (see prescan.ts).
 */
import { isAllCaps } from './case-pattern.js'
import { type Chunk, createChunkCursor } from './chunks.js'
import { findNearVariants } from './name-variants.js'
import type { Piece } from './prescan.js'
import type { ScannedChunk } from './prescan-runs.js'
import type { StopCheck } from './prescan-stops.js'
import type { RunShape } from './prescan-words.js'
import { trackQuotes } from './rules/name-consistency.js'

/**
 * Name keys that another key (in any chunk) is a near variant of, unless both are certainly
 * known: the rule reports neither of two known spellings.
 */
export function findPairedKeys(scanned: readonly ScannedChunk[]): Set<string> {
  const keys = new Set<string>()
  const known = new Set<string>()
  for (const { shapes, named } of scanned) {
    // Known keys are only ever found among name keys.
    for (const at of named) {
      const shape = shapes[at] as RunShape
      for (const key of shape.nameKeys) keys.add(key)
      // A word followed by `[sic]` (an odd run) is not one the rule counts.
      if (shape.knownKeys.length > 0 && !shapes[at + 1]?.odd) {
        for (const key of shape.knownKeys) known.add(key)
      }
    }
  }
  const list = [...keys]
  const paired = new Set<string>()
  for (const pair of findNearVariants(list)) {
    const [a, b] = pair.map((index) => list[index] as string) as [string, string]
    if (known.has(a) && known.has(b)) continue
    paired.add(a)
    paired.add(b)
  }
  return paired
}

/** The indexes of a chunk's runs that may give a paired name key. */
export function findPairedWords(
  { shapes, named }: ScannedChunk,
  paired: ReadonlySet<string>,
): number[] {
  if (paired.size === 0) return []
  return named.filter((index) =>
    (shapes[index] as RunShape).nameKeys.some((key) => paired.has(key)),
  )
}

/**
 * The quotation marks open before each offset of a chunk, as name-consistency tracks them
 * (`trackQuotes`) over the parsed paragraph; `undefined` when the scan cannot tell. parse-latin
 * makes each quotation mark a punctuation node of its own, except that it joins a mark repeated
 * (`””`), which the rule then skips; single marks (‘ ’) and guillemets are left to the parser,
 * as is a chunk of two paragraphs (the rule starts afresh at each).
 */
export type QuoteState = (offset: number) => string

const unmodelledQuotes = /[‘«»]|([“”"])\1|(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)[\s\S]*\S/
const quoteMarks = /["“”]/g
const noQuotes: QuoteState = () => ''

/** The quote state of `text` (see `QuoteState`). */
export function quoteStateOf(text: string): QuoteState | undefined {
  if (!quoteMark.test(text)) return noQuotes
  if (unmodelledQuotes.test(text)) return undefined
  const at: number[] = []
  const states: string[] = []
  const open: string[] = []
  for (const mark of text.matchAll(quoteMarks)) {
    trackQuotes(open, mark[0])
    at.push(mark.index)
    states.push(open.join(''))
  }
  return (offset) => {
    // The state after the last mark before `offset`.
    let low = 0
    let high = at.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((at[middle] as number) < offset) low = middle + 1
      else high = middle
    }
    return low === 0 ? '' : (states[low - 1] as string)
  }
}

/**
 * Whether name-consistency can be given a chunk's paired words one by one rather than the whole
 * chunk: it counts and places each spelling, and notes which appear in quotes (so the quotes
 * must be ones the scan can follow, in no run it doesn't model) and in all-caps headlines (so
 * none may be in capitals, which only counts for a name in capitals).
 */
export function canPlaceNames(
  chunk: Chunk,
  runs: ScannedChunk,
  names: readonly number[],
  quotes: QuoteState | undefined,
  endsSentence: StopCheck,
): quotes is QuoteState {
  const { shapes } = runs
  return (
    quotes !== undefined &&
    !shapes.some((shape) => shape.odd && hidesQuotes.test(shape.core)) &&
    names.every((index) => {
      const shape = shapes[index] as RunShape
      return (
        !isAllCaps(shape.core) &&
        // An odd run may change how its neighbours parse (`EnroChat [sic]`).
        !shape.odd &&
        !shapes[index - 1]?.odd &&
        !shapes[index + 1]?.odd &&
        (!shape.dotted || endsSentence(chunk.text, runs, index))
      )
    })
  )
}

const quoteMark = /["“”]/
// What in a run the scan doesn't model may be a quotation mark, or `[sic]`.
const hidesQuotes = /["“”‘’'«»[\]]/

/**
 * The windows, in order, with each paired word no window holds as a piece of its own whose
 * findings are all dropped: there only for name-consistency to count and place. Each piece
 * starts with the quotation marks open where it starts in the chunk, so that the rule finds
 * every word in or out of quotes as it would in the whole paragraph.
 */
export function withNames(
  chunk: Chunk,
  { starts, shapes }: ScannedChunk,
  windows: readonly Piece[],
  names: readonly number[],
  quotes: QuoteState,
): Piece[] {
  if (names.length === 0) return [...windows]
  const locate = createChunkCursor(chunk)
  const pieces: Piece[] = []
  let next = 0
  for (const index of names) {
    const shape = shapes[index] as RunShape
    const from = (starts[index] as number) + shape.coreStart
    const offset = chunk.start.offset + from
    while (next < windows.length && (windows[next] as Piece).start.offset <= offset) {
      pieces.push(windows[next++] as Piece)
    }
    const last = pieces.at(-1)
    if (last && last.start.offset + last.text.length >= offset + shape.core.length) continue
    pieces.push({ text: shape.core, start: locate(from), keep: [] })
  }
  pieces.push(...windows.slice(next))
  return pieces.map((piece) =>
    withOpenQuotes(piece, quotes(piece.start.offset - chunk.start.offset)),
  )
}

/**
 * `piece` preceded by the quotation marks `open`, which hold no finding; spaced, since the
 * parser would join two marks alike into one node the rule skips.
 */
function withOpenQuotes(piece: Piece, open: string): Piece {
  if (open === '') return piece
  const marks = `${[...open].join(' ')} `
  const { line, column, offset } = piece.start
  const start = { line, column: column - marks.length, offset: offset - marks.length }
  return { ...piece, text: marks + piece.text, start }
}
