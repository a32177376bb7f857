/**
 * Searching a trie (see trie.ts) for every key within a few edits of a query: the suggester's
 * hot loop.
 */
import type { Trie } from './trie.js'

/** A key found near the query: its index, its text and its (unit-cost) distance. */
export interface TrieMatch {
  key: number
  text: string
  distance: number
}

/**
 * Finds every key within `maxDistance` edits of a query, in key order. With `keep`, only
 * alignments that respect it (see {@link KeepMasks}) are followed.
 */
export type TrieSearch = (query: string, maxDistance: number, keep?: KeepMasks) => TrieMatch[]

/**
 * Per edit count `d` (index 0 unused), the query prefix lengths (bit `c` for the first `c` code
 * units) an alignment may reach with exactly `d` edits; -1 for any. A walk that spends its edits
 * early in the query is then cut off where it would otherwise branch widest, near the root.
 * Queries longer than 31 code units ignore it (every alignment is followed).
 */
export type KeepMasks = readonly number[]

/**
 * Finds every key within `maxDistance` edits (insertions, deletions, substitutions and adjacent
 * transpositions: optimal string alignment) of `query`, in key order. For many queries over one
 * trie, {@link createTrieSearch} spares the per-query allocations.
 */
export function searchTrie(trie: Trie, query: string, maxDistance: number): TrieMatch[] {
  return createTrieSearch(trie)(query, maxDistance)
}

// Queries up to this long keep one bit per query position in a 32-bit integer.
const maxBitQuery = 31

/**
 * Builds a search over `trie` whose buffers are allocated once and reused by every query.
 * A query of up to 31 code units is matched bit-parallel (one integer per edit count per node);
 * a longer one falls back to the diagonal band of the edit-distance table.
 */
export function createTrieSearch(trie: Trie): TrieSearch {
  const { firstChild, label, keyOf } = trie
  // Which query positions hold each ASCII code unit; other code units are looked up by a scan.
  const asciiMasks = new Int32Array(128)
  const codes = new Uint16Array(maxBitQuery + 1)
  // Per row of the walk (row -1 to the deepest): the label, its query positions, and the range
  // of siblings still to visit. No walk goes deeper than the longest key plus one.
  const rowCount = trie.maxKeyLength + 3
  const path = new Uint16Array(rowCount)
  const labelMasks = new Int32Array(rowCount)
  const cursor = new Int32Array(rowCount)
  const end = new Int32Array(rowCount)
  const needs = new Int32Array(rowCount)
  // Per row, -1 when the siblings are scanned from `cursor` to `end`; otherwise the letters still
  // to visit, and `end` holds the letters of all the siblings, which start at `cursor`.
  const queues = new Int32Array(rowCount)
  let masks = new Int32Array(rowCount * 3)
  // `keep` for the current query, -1 for every edit count it leaves free.
  const keepMasks = new Int32Array(maxBitQuery + 1)
  // The letter of each query position, as a bit of `letterBit`.
  const positionLetters = new Int32Array(maxBitQuery + 1)
  // The letters on each node's children, found on the node's first expansion (0 until then: a
  // node is only expanded when it has children). They let a walk tell, without reading the
  // children, whether any of them is one the query can use there.
  const childLetters = new Int32Array(label.length)

  /** The letters on the children of `node`, which has some. */
  const lettersBelow = (node: number): number => {
    let letters = childLetters[node] as number
    if (letters !== 0) return letters
    const after = firstChild[node + 1] as number
    for (let child = firstChild[node] as number; child < after; child++) {
      letters |= letterBit(label[child] as number)
    }
    childLetters[node] = letters
    return letters
  }

  /** The letters at the query positions in `positions`. */
  const lettersAt = (positions: number): number => {
    let letters = 0
    for (let rest = positions; rest !== 0; rest &= rest - 1) {
      letters |= positionLetters[31 - Math.clz32(rest & -rest)] as number
    }
    return letters
  }

  /** The query positions holding a non-ASCII code unit. */
  const maskOf = (code: number, length: number): number => {
    let mask = 0
    for (let index = 1; index <= length; index++) if (codes[index] === code) mask |= 1 << index
    return mask
  }

  /**
   * The query positions a child's label must hold for the child to stay within the distance, or
   * -1 when any label will do. When the parent at `row` is more than `maxDistance - 1` edits from
   * every query prefix, a child can only extend a prefix at the full distance by a match. (A
   * transposition finished at the child starts from a grandparent prefix within
   * `maxDistance - 1`, which the parent extends at the full distance anyway.) Skipping the other
   * children spares most of the walk: they would be visited only to be cut off.
   */
  const maskNeeded = (row: number, levels: number): number => {
    const here = (row + 1) * levels
    if (levels > 1 && (masks[here + levels - 2] as number) !== 0) return -1
    // A transposition from the grandparent: without `keep`, the parent's own prefixes at the full
    // distance already ask for that label, but `keep` may have cut them.
    const fromGrandparent = levels > 1 ? (masks[here - 2] as number) << 1 : 0
    return ((masks[here + levels - 1] as number) << 1) | fromGrandparent
  }

  /**
   * Walks the trie depth first. Bit `c` of `masks[(row + 1) * levels + d]` is set when the first
   * `c` query units are within `d` edits of the key prefix `row` labels deep (a Wu–Manber
   * automaton, with a term for transpositions); row -1 is all zeros. A node whose prefix is more
   * than `maxDistance` edits from every query prefix is not descended, as in the table version.
   */
  const walk = (
    length: number,
    maxDistance: number,
    depth: number,
    keep: KeepMasks | undefined,
  ): TrieMatch[] => {
    const levels = maxDistance + 1
    const full = length >= maxBitQuery ? -1 : (1 << (length + 1)) - 1
    const last = 1 << length
    const matches: TrieMatch[] = []
    for (let d = 0; d < levels; d++) keepMasks[d] = d === 0 ? -1 : (keep?.[d] ?? -1)
    masks.fill(0, 0, levels)
    // Row 0: the empty key prefix is `c` edits from the first `c` query units.
    masks[levels] = 1
    for (let d = 1; d < levels; d++) {
      const value = ((1 << (d + 1)) - 1) & full
      masks[levels + d] = value & ((keepMasks[d] as number) | (masks[levels + d - 1] as number))
    }
    let row = 1
    cursor[1] = firstChild[0] as number
    end[1] = firstChild[1] as number
    needs[1] = maskNeeded(0, levels)
    queues[1] = -1
    while (row > 0) {
      const queue = queues[row] as number
      let node = cursor[row] as number
      let code = 0
      let mask = 0
      if (queue === -1) {
        // Find the next sibling whose label the query can use here; the others are not visited.
        const stop = end[row] as number
        const wanted = needs[row] as number
        for (; node < stop; node++) {
          code = label[node] as number
          mask = code < 128 ? (asciiMasks[code] as number) : maskOf(code, length)
          if (wanted === -1 || (mask & wanted) !== 0) break
        }
        if (node >= stop) {
          row--
          continue
        }
        cursor[row] = node + 1
      } else {
        // Siblings labelled a–z or ' only: go straight to the next one the query can use here.
        if (queue === 0) {
          row--
          continue
        }
        const letter = queue & -queue
        queues[row] = queue ^ letter
        node += bitCount((end[row] as number) & (letter - 1))
        code = label[node] as number
        mask = asciiMasks[code] as number
      }
      path[row] = code
      labelMasks[row] = mask
      // Query positions `c` where unit `c - 1` is this label and unit `c` the parent's.
      const swaps = row > 1 ? (mask << 1) & (labelMasks[row - 1] as number) : 0
      const here = (row + 1) * levels
      const above = here - levels
      const twoAbove = above - levels
      let fewer = ((masks[above] as number) << 1) & mask
      masks[here] = fewer
      for (let d = 1; d < levels; d++) {
        const diagonal = masks[above + d - 1] as number
        const value =
          (((masks[above + d] as number) << 1) & mask) |
          diagonal |
          (diagonal << 1) |
          (fewer << 1) |
          (((masks[twoAbove + d - 1] as number) << 2) & swaps)
        fewer = value & full & ((keepMasks[d] as number) | fewer)
        masks[here + d] = fewer
      }
      if (fewer === 0) continue
      const key = keyOf[node] as number
      if (key >= 0 && (fewer & last) !== 0) {
        let distance = 0
        while (((masks[here + distance] as number) & last) === 0) distance++
        matches.push({ key, text: String.fromCharCode(...path.subarray(1, row + 1)), distance })
      }
      const first = firstChild[node] as number
      const after = firstChild[node + 1] as number
      if (row >= depth || first === after) continue
      const need = maskNeeded(row, levels)
      const letters = need === -1 ? -1 : lettersBelow(node)
      const usable = need === -1 ? -1 : lettersAt(need & full) & letters
      if (usable === 0) continue
      row++
      cursor[row] = first
      if (usable === -1 || (letters & otherLetters) !== 0) {
        queues[row] = -1
        end[row] = after
        needs[row] = need
      } else {
        // The rank of a letter among the children's letters is its child's offset.
        queues[row] = usable
        end[row] = letters
      }
    }
    return matches
  }

  return (query, maxDistance, keep) => {
    const length = query.length
    if (length > maxBitQuery) return searchByBand(trie, query, maxDistance)
    if (masks.length < rowCount * (maxDistance + 1)) {
      masks = new Int32Array(rowCount * (maxDistance + 1))
    }
    for (let index = 0; index < length; index++) {
      const code = query.charCodeAt(index)
      codes[index + 1] = code
      positionLetters[index + 1] = letterBit(code)
      if (code < 128) asciiMasks[code] = (asciiMasks[code] as number) | (1 << (index + 1))
    }
    const depth = Math.min(trie.maxKeyLength, length + maxDistance) + 1
    const matches = walk(length, maxDistance, depth, keep)
    for (let index = 1; index <= length; index++) {
      const code = codes[index] as number
      if (code < 128) asciiMasks[code] = 0
    }
    return matches
  }
}

// The bit `letterBit` gives every code unit but the apostrophe and a–z.
const otherLetters = 1 << 27

/**
 * One bit for the apostrophe (as in `dog's`) and each letter a–z, in code-unit order, and one
 * shared by every other code unit.
 */
function letterBit(code: number): number {
  if (code >= 97 && code <= 122) return 1 << (code - 96)
  return code === 39 ? 1 : otherLetters
}

/** How many bits of `bits` are set. */
function bitCount(bits: number): number {
  let count = bits - ((bits >>> 1) & 0x55555555)
  count = (count & 0x33333333) + ((count >>> 2) & 0x33333333)
  return Math.imul((count + (count >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24
}

/**
 * The table version of the search, for queries too long for one bit per position: only the
 * diagonal band of width `2 * maxDistance + 1` is computed, so each visited node costs a constant.
 */
function searchByBand(trie: Trie, query: string, maxDistance: number): TrieMatch[] {
  const { firstChild, label, keyOf } = trie
  const length = query.length
  const width = length + 1
  const over = maxDistance + 1
  const depth = Math.min(trie.maxKeyLength, length + maxDistance) + 1
  const rows = new Uint8Array((depth + 1) * width).fill(over)
  for (let column = 0; column < width && column < over; column++) rows[column] = column
  const codes = new Uint16Array(length + 1)
  for (let index = 0; index < length; index++) codes[index + 1] = query.charCodeAt(index)
  const matches: TrieMatch[] = []
  // The labels on the way down, so that a match's text is rebuilt without a lookup.
  const path: number[] = []

  // Hot loop: about ten thousand nodes a query. An explicit stack rather than recursion lets V8
  // optimise the loop within the first query (on-stack replacement), which matters for a short
  // draft that only asks for a handful of suggestions; plain comparisons rather than Math.min.
  const stack: number[] = []
  for (let child = (firstChild[1] as number) - 1; child >= (firstChild[0] as number); child--) {
    stack.push(child, 1)
  }
  while (stack.length > 0) {
    const row = stack.pop() as number
    const node = stack.pop() as number
    const code = label[node] as number
    const parentCode = row > 1 ? (path[row - 2] as number) : -1
    path[row - 1] = code
    const current = row * width
    const previous = current - width
    const beforePrevious = previous - width
    const low = Math.max(row - maxDistance, 1)
    const high = Math.min(row + maxDistance, length)
    const edge = low === 1 ? Math.min(row, over) : over
    rows[current + low - 1] = edge
    let smallest = edge
    for (let column = low; column <= high; column++) {
      let value = (rows[previous + column - 1] as number) + (codes[column] === code ? 0 : 1)
      const deleted = (rows[previous + column] as number) + 1
      if (deleted < value) value = deleted
      const inserted = (rows[current + column - 1] as number) + 1
      if (inserted < value) value = inserted
      if (row > 1 && column > 1 && codes[column - 1] === code && codes[column] === parentCode) {
        const swapped = (rows[beforePrevious + column - 2] as number) + 1
        if (swapped < value) value = swapped
      }
      if (value > over) value = over
      rows[current + column] = value
      if (value < smallest) smallest = value
    }
    if (high < length) rows[current + high + 1] = over
    const key = keyOf[node] as number
    if (key >= 0 && row - length <= maxDistance && length - row <= maxDistance) {
      const distance = rows[current + length] as number
      if (distance <= maxDistance) {
        matches.push({ key, text: String.fromCharCode(...path.slice(0, row)), distance })
      }
    }
    if (smallest > maxDistance || row >= depth) continue
    // Push children last first, so that they are visited in order and matches come out sorted.
    for (
      let child = (firstChild[node + 1] as number) - 1;
      child >= (firstChild[node] as number);
      child--
    ) {
      stack.push(child, row + 1)
    }
  }
  return matches
}
