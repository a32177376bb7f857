/**
 * A trie over lowercase keys, laid out breadth first in typed arrays so that it can be written to
 * disk and read back without rebuilding: the children of node `n` are the nodes
 * `firstChild[n]` to `firstChild[n + 1] - 1`, and node 0 is the root.
 */
export interface Trie {
  /** Index of each node's first child; one extra entry closes the last node's range. */
  firstChild: Int32Array
  /** UTF-16 code unit on the edge into each node (0 for the root). */
  label: Uint16Array
  /** Index of the key that ends at each node, or -1. */
  keyOf: Int32Array
  /** Length of the longest key, in code units. */
  maxKeyLength: number
}

/**
 * Builds a trie from keys sorted by code unit (the default `Array#sort` order) and free of
 * duplicates; key `k` ends at the node whose `keyOf` is `k`.
 */
export function buildTrie(sortedKeys: readonly string[]): Trie {
  // Sorted input means a shared prefix always continues through the last child added, so one
  // comparison per character places each key.
  const children: number[][] = [[]]
  const labels: number[] = [0]
  const keys: number[] = [-1]
  let maxKeyLength = 0
  sortedKeys.forEach((key, index) => {
    let node = 0
    for (let position = 0; position < key.length; position++) {
      const code = key.charCodeAt(position)
      const kids = children[node] as number[]
      const last = kids[kids.length - 1]
      if (last !== undefined && labels[last] === code) {
        node = last
      } else {
        const created = labels.length
        children.push([])
        labels.push(code)
        keys.push(-1)
        kids.push(created)
        node = created
      }
    }
    keys[node] = index
    maxKeyLength = Math.max(maxKeyLength, key.length)
  })
  return layOutBreadthFirst(children, labels, keys, maxKeyLength)
}

function layOutBreadthFirst(
  children: readonly number[][],
  labels: readonly number[],
  keys: readonly number[],
  maxKeyLength: number,
): Trie {
  const count = labels.length
  const order: number[] = [0]
  for (let position = 0; position < order.length; position++) {
    for (const child of children[order[position] as number] as number[]) order.push(child)
  }
  const firstChild = new Int32Array(count + 1)
  const label = new Uint16Array(count)
  const keyOf = new Int32Array(count)
  let next = 1
  order.forEach((old, index) => {
    firstChild[index] = next
    next += (children[old] as number[]).length
    label[index] = labels[old] as number
    keyOf[index] = keys[old] as number
  })
  firstChild[count] = next
  return { firstChild, label, keyOf, maxKeyLength }
}

/** A key found near the query: its index, its text and its (unit-cost) distance. */
export interface TrieMatch {
  key: number
  text: string
  distance: number
}

/**
 * Finds every key within `maxDistance` edits (insertions, deletions, substitutions and adjacent
 * transpositions: optimal string alignment) of `query`.
 * Only the diagonal band of width `2 * maxDistance + 1` is computed, so each visited node costs a
 * constant; the caller bounds the query's length.
 */
export function searchTrie(trie: Trie, query: string, maxDistance: number): TrieMatch[] {
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
