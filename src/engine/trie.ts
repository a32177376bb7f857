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

/** `text` written backwards, code unit by code unit. */
export function reverseUnits(text: string): string {
  let reversed = ''
  for (let index = text.length - 1; index >= 0; index--) reversed += text[index]
  return reversed
}

/**
 * A trie of `keys` (the keys of a trie built by `buildTrie`, in its order) each written
 * backwards (see `reverseUnits`); its `keyOf` gives each key's index in `keys`, so that a search
 * of both tries names keys the same way.
 */
export function buildReverseTrie(keys: readonly string[]): Trie {
  const reversed = keys.map((key, index) => [reverseUnits(key), index] as const)
  reversed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const trie = buildTrie(reversed.map(([key]) => key))
  const keyOf = trie.keyOf.map((key) => (key < 0 ? key : (reversed[key] as [string, number])[1]))
  return { ...trie, keyOf }
}
