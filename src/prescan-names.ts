/**
 * The prescan's part for name-consistency, which compares every name-like word of a draft: the
 * name keys spelt two ways, and how their words reach the rule (see prescan.ts).
 */
import { isAllCaps } from './case-pattern.js'
import { type Chunk, createChunkCursor } from './chunks.js'
import { findNearVariants } from './name-variants.js'
import type { Piece } from './prescan.js'
import type { RunShape, ScannedChunk } from './prescan-words.js'

/**
 * Name keys that another key (in any chunk) is a near variant of, unless both are certainly
 * known: the rule reports neither of two known spellings.
 */
export function findPairedKeys(scanned: readonly ScannedChunk[]): Set<string> {
  const keys = new Set<string>()
  const known = new Set<string>()
  for (const { shapes } of scanned) {
    shapes.forEach((shape, at) => {
      for (const key of shape.nameKeys) keys.add(key)
      // A word followed by `[sic]` (an odd run) is not one the rule counts.
      if (shape.knownKeys.length > 0 && !shapes[at + 1]?.odd) {
        for (const key of shape.knownKeys) known.add(key)
      }
    })
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
export function findPairedWords({ shapes }: ScannedChunk, paired: ReadonlySet<string>): number[] {
  const found: number[] = []
  if (paired.size === 0) return found
  shapes.forEach((shape, index) => {
    if (shape.nameKeys.some((key) => paired.has(key))) found.push(index)
  })
  return found
}

/**
 * Whether name-consistency can be given a chunk's paired words one by one rather than the whole
 * chunk: it counts and places each spelling, and notes which appear in quotes (so no quotation
 * marks may be about) and in all-caps headlines (so none may be in capitals); a run the scan
 * doesn't model could hide either.
 */
export function canPlaceNames(
  chunk: Chunk,
  { shapes }: ScannedChunk,
  names: readonly number[],
): boolean {
  return (
    !quoteMark.test(chunk.text) &&
    !shapes.some((shape) => shape.odd) &&
    names.every((index) => !isAllCaps((shapes[index] as RunShape).core))
  )
}

const quoteMark = /["“”]/

/**
 * The windows, in order, with each paired word no window holds as a piece of its own whose
 * findings are all dropped: there only for name-consistency to count and place.
 */
export function withNames(
  chunk: Chunk,
  { starts, shapes }: ScannedChunk,
  windows: readonly Piece[],
  names: readonly number[],
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
  return pieces
}
