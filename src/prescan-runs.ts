/**
 * The prescan's view of a chunk: its whitespace-separated runs (split again at `--`), each with
 * its shape (see prescan-words.ts), worked out once per distinct run of the whole check and
 * cached, since a draft repeats its words.
 */
import { firstSlot, fnvPrime, fnvSeed, grown } from './hash-table.js'
import { isArticle, type RunShape } from './prescan-words.js'

/** The runs of a chunk: where each starts and ends in it, and its shape. */
export interface ScannedChunk {
  starts: Int32Array
  ends: Int32Array
  shapes: RunShape[]
  /** The indexes of the runs with name keys, in order: few, and all that name-consistency may count. */
  named: number[]
  /**
   * The indexes of the runs a rule may report on or beside, in order: odd runs, unclear words,
   * repeats of the run before, and articles. Noted as the runs are read, so that the prescan
   * never goes through the others again (a million runs in 6 MB; a few percent are marked).
   */
  marked: number[]
}

const dashes = /--+/g

/**
 * The shape of the run `text.slice(start, end)`, whose `hashRun` is `hash` (undefined for
 * punctuation alone, which makes no word).
 */
export type RunLookup = (
  text: string,
  start: number,
  end: number,
  hash: number,
) => RunShape | undefined

/**
 * A cached `run → shape`. A draft of a million runs has under a hundred thousand distinct ones,
 * so runs are looked up where they stand in the text, by a hash the scan works out as it reads
 * them: only a run seen for the first time is cut out as a string of its own.
 */
export function createShapeCache(shapeOf: (run: string) => RunShape | undefined): RunLookup {
  let slots = new Int32Array(1 << 16).fill(-1)
  const runs: string[] = []
  const hashes: number[] = []
  const shapes: (RunShape | undefined)[] = []
  const grow = (): void => {
    slots = new Int32Array(slots.length * 2).fill(-1)
    const mask = slots.length - 1
    hashes.forEach((hash, id) => {
      let slot = firstSlot(hash, mask)
      while ((slots[slot] as number) !== -1) slot = (slot + 1) & mask
      slots[slot] = id
    })
  }
  return (text, start, end, hash) => {
    const mask = slots.length - 1
    let slot = firstSlot(hash, mask)
    for (let id = slots[slot] as number; id !== -1; id = slots[slot] as number) {
      if (hashes[id] === hash && isRunAt(runs[id] as string, text, start, end)) return shapes[id]
      slot = (slot + 1) & mask
    }
    const run = text.slice(start, end)
    const shape = shapeOf(run)
    slots[slot] = runs.length
    runs.push(run)
    hashes.push(hash)
    shapes.push(shape)
    // Keep the table at most half full, so that probes stay short.
    if (runs.length * 2 > slots.length) grow()
    return shape
  }
}

/** Whether `run` is written at `start` to `end` of `text`. */
function isRunAt(run: string, text: string, start: number, end: number): boolean {
  if (run.length !== end - start) return false
  for (let index = 0; index < run.length; index++) {
    if (run.charCodeAt(index) !== text.charCodeAt(start + index)) return false
  }
  return true
}

/** The hash `RunLookup` takes: of `text` from `start` to `end`. */
export function hashRun(text: string, start = 0, end = text.length): number {
  let hash = fnvSeed
  for (let index = start; index < end; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), fnvPrime)
  }
  return hash
}

// The scan's buffers, reused from chunk to chunk: each chunk keeps copies of its exact size, as
// arrays grown run by run were a tenth of what a 6 MB check allocated. (The shapes left in the
// buffer keep nothing alive: the shape cache holds every one for the whole check.)
let startsBuffer: Int32Array = new Int32Array(1024)
let endsBuffer: Int32Array = new Int32Array(1024)
const shapesBuffer: RunShape[] = []

/** The runs of `text`, split at white space and at `--` (`word--word` is two words). */
export function scanChunk(text: string, lookup: RunLookup): ScannedChunk {
  const named: number[] = []
  const marked: number[] = []
  let count = 0
  let previous: RunShape | undefined
  const add = (start: number, end: number, hash: number): void => {
    const shape = lookup(text, start, end, hash)
    if (!shape) return
    if (count === startsBuffer.length) {
      startsBuffer = grown(startsBuffer)
      endsBuffer = grown(endsBuffer)
    }
    if (shape.nameKeys.length > 0) named.push(count)
    if (shape.odd || !shape.clear || isArticle(shape) || previous?.last === shape.first) {
      marked.push(count)
    }
    startsBuffer[count] = start
    endsBuffer[count] = end
    shapesBuffer[count] = shape
    count++
    previous = shape
  }
  scanRuns(text, add)
  const scanned: ScannedChunk = {
    starts: startsBuffer.slice(0, count),
    ends: endsBuffer.slice(0, count),
    shapes: shapesBuffer.slice(0, count),
    named,
    marked,
  }
  return scanned
}

/** Calls `add` with the start, end and hash of each run of `text`, in order. */
function scanRuns(text: string, add: (start: number, end: number, hash: number) => void): void {
  const length = text.length
  let index = 0
  while (index < length) {
    while (index < length && isSpace(text.charCodeAt(index))) index++
    const start = index
    // Hash the run while reading it, and note a `--` in it.
    let hash = fnvSeed
    let previous = 0
    let hasDashes = false
    for (; index < length; index++) {
      const code = text.charCodeAt(index)
      if (isSpace(code)) break
      if (code === 45 && previous === 45) hasDashes = true
      hash = Math.imul(hash ^ code, fnvPrime)
      previous = code
    }
    if (index === start) break
    if (!hasDashes) {
      add(start, index, hash)
      continue
    }
    const run = text.slice(start, index)
    let from = 0
    dashes.lastIndex = 0
    for (let dash = dashes.exec(run); ; dash = dashes.exec(run)) {
      const to = dash ? dash.index : run.length
      if (to > from) add(start + from, start + to, hashRun(text, start + from, start + to))
      if (!dash) break
      from = dash.index + dash[0].length
    }
  }
}

// Space, tab, line feed, carriage return: what separates runs (anything else is in one).
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9
}
