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
 * Every distinct run of a check, with its shape (see prescan-words.ts). A draft of a million runs
 * has under a hundred thousand distinct ones, so runs are looked up where they stand in the text,
 * by a hash the scan works out as it reads them: only a run seen for the first time is cut out as
 * a string of its own, for its shape to be worked out.
 *
 * The table keeps, in one 32-byte entry per run, all that the scan reads of it: its hash, its
 * length, its text (its first four code units in the entry, a longer run's in a pool), what the
 * scan notes of it, and hashes of the words at its edges (a repeat is then only checked on the
 * shapes when the hashes match). Most of a scan's time went in fetching
 * from memory the parts of a rare run kept apart (its hash, its string, its shape and the shape's
 * fields): a lookup now reads one entry, and compares a longer run's text in the pool. Scanning
 * the 6 MB corpus with every shape known took 200–270 ms, against 380–550 ms.
 */
export class ShapeCache {
  private entries = new Int32Array(firstCapacity * entrySize)
  private used = 0
  // The code units of runs longer than fit in an entry, one after another.
  private pool = new Uint16Array(4096)
  private poolUsed = 0
  private readonly shapes: (RunShape | undefined)[] = []

  constructor(private readonly shapeOf: (run: string) => RunShape | undefined) {}

  /**
   * The entry of the run `text.slice(start, end)`, whose `hashRun` is `hash`, added when new:
   * an offset into `entries`, which may have been replaced (grown) by the call.
   */
  entryOf(text: string, start: number, end: number, hash: number): number {
    const length = end - start
    const entries = this.entries
    const mask = entries.length / entrySize - 1
    let slot = firstSlot(hash, mask)
    for (;;) {
      const at = slot * entrySize
      const found = entries[at + lengthField] as number
      if (found === 0) break
      if (found === length && entries[at] === hash && this.holds(at, text, start, end)) return at
      slot = (slot + 1) & mask
    }
    return this.add(text.slice(start, end), hash)
  }

  /** The shape of the run `text.slice(start, end)`, whose `hashRun` is `hash`. */
  shapeAt(text: string, start: number, end: number, hash: number): RunShape | undefined {
    const at = this.entryOf(text, start, end, hash)
    return this.shapes[this.entries[at + idField] as number]
  }

  /** The table, as `entryOf` last left it. */
  get table(): Int32Array {
    return this.entries
  }

  /** The shapes by the number in an entry's id field. */
  get shapesById(): readonly (RunShape | undefined)[] {
    return this.shapes
  }

  private holds(at: number, text: string, start: number, end: number): boolean {
    const entries = this.entries
    const length = end - start
    if (length <= inlineUnits) {
      for (let index = 0; index < length; index += 2) {
        if (entries[at + charsField + (index >> 1)] !== pairAt(text, start + index, end)) {
          return false
        }
      }
      return true
    }
    const from = entries[at + charsField] as number
    const pool = this.pool
    for (let index = 0; index < length; index++) {
      if (pool[from + index] !== text.charCodeAt(start + index)) return false
    }
    return true
  }

  private add(run: string, hash: number): number {
    const shape = this.shapeOf(run)
    // Working out the shape may have added a run (the word without its punctuation: see
    // prescan.ts) and grown the table, so the run's slot is found after.
    const entries = this.entries
    const at = freeEntry(entries, hash)
    entries[at] = hash
    entries[at + lengthField] = run.length
    entries[at + idField] = this.shapes.length
    this.shapes.push(shape)
    if (!shape) {
      entries[at + notesField] = noWord
    } else {
      entries[at + notesField] =
        (shape.nameKeys.length > 0 ? named : 0) |
        (shape.odd || !shape.clear || isArticle(shape) ? marked : 0)
      entries[at + firstField] = hashRun(shape.first)
      entries[at + lastField] = hashRun(shape.last)
    }
    if (run.length <= inlineUnits) {
      for (let index = 0; index < run.length; index += 2) {
        entries[at + charsField + (index >> 1)] = pairAt(run, index, run.length)
      }
    } else {
      if (this.poolUsed + run.length > this.pool.length) {
        const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + run.length))
        pool.set(this.pool)
        this.pool = pool
      }
      for (let index = 0; index < run.length; index++) {
        this.pool[this.poolUsed + index] = run.charCodeAt(index)
      }
      entries[at + charsField] = this.poolUsed
      this.poolUsed += run.length
    }
    // Keep the table at most three quarters full: probes stay short, and read neighbouring
    // entries. (Half full, it took peak memory ~15 MB higher on the 6 MB corpus.)
    if (++this.used * 4 <= (entries.length / entrySize) * 3) return at
    this.grow()
    return this.entryOf(run, 0, run.length, hash)
  }

  private grow(): void {
    const old = this.entries
    const entries = new Int32Array(old.length * 2)
    for (let from = 0; from < old.length; from += entrySize) {
      if (old[from + lengthField] === 0) continue
      // Field by field: a `subarray` per entry made ~19 MB of garbage over the 6 MB corpus.
      const to = freeEntry(entries, old[from] as number)
      for (let field = 0; field < entrySize; field++) {
        entries[to + field] = old[from + field] as number
      }
    }
    this.entries = entries
  }
}

// An entry's fields (see `ShapeCache`). A run has at least one code unit, so a length of 0 marks
// an empty entry.
const entrySize = 8
const lengthField = 1
const notesField = 2
const idField = 3
const firstField = 4
const lastField = 5
// A run of up to `inlineUnits` code units is kept here two to an int; a longer one's offset in
// the pool is.
const charsField = 6
const inlineUnits = 4
const firstCapacity = 1 << 12

// What the scan notes of a run, in its entry: it has name keys; the scan marks it (see
// `ScannedChunk.marked`); it is punctuation alone, which makes no word.
const named = 1
const marked = 2
const noWord = 4

/** The offset of the first empty entry `hash` probes in `entries`, which has one. */
function freeEntry(entries: Int32Array, hash: number): number {
  const mask = entries.length / entrySize - 1
  let slot = firstSlot(hash, mask)
  while (entries[slot * entrySize + lengthField] !== 0) slot = (slot + 1) & mask
  return slot * entrySize
}

/** The code units at `index` and `index + 1` of `text` (0 past `end`), as one int. */
function pairAt(text: string, index: number, end: number): number {
  const low = text.charCodeAt(index)
  return index + 1 < end ? low | (text.charCodeAt(index + 1) << 16) : low
}

/** The hash `ShapeCache` takes: of `text` from `start` to `end`. */
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
export function scanChunk(text: string, cache: ShapeCache): ScannedChunk {
  const namedRuns: number[] = []
  const markedRuns: number[] = []
  const shapes = cache.shapesById
  let count = 0
  // The run before, for repeats: its shape, and the hash of the word at its end.
  let previous: RunShape | undefined
  let previousLast = 0
  const add = (start: number, end: number, hash: number): void => {
    const at = cache.entryOf(text, start, end, hash)
    const entries = cache.table
    const notes = entries[at + notesField] as number
    if (notes === noWord) return
    if (count === startsBuffer.length) {
      startsBuffer = grown(startsBuffer)
      endsBuffer = grown(endsBuffer)
    }
    if ((notes & named) !== 0) namedRuns.push(count)
    const shape = shapes[entries[at + idField] as number] as RunShape
    if (
      (notes & marked) !== 0 ||
      (entries[at + firstField] === previousLast && previous?.last === shape.first)
    ) {
      markedRuns.push(count)
    }
    startsBuffer[count] = start
    endsBuffer[count] = end
    shapesBuffer[count] = shape
    count++
    previous = shape
    previousLast = entries[at + lastField] as number
  }
  scanRuns(text, add)
  const scanned: ScannedChunk = {
    starts: startsBuffer.slice(0, count),
    ends: endsBuffer.slice(0, count),
    shapes: shapesBuffer.slice(0, count),
    named: namedRuns,
    marked: markedRuns,
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
