/**
 * A search for keys within a few edits of a query that walks two tries of the same keys, one
 * written forwards and one backwards, each cut off where it would branch widest. A walk of one
 * trie within two edits visits nearly every node near the root, where any two edits still fit;
 * split at a point `h` of the query, every alignment either spends its last edit at or after `h`
 * (the forward walk, which then keeps near the root what a one-edit walk keeps), or spends it
 * before `h` and matches the rest exactly (the backward walk, which starts with that exact
 * stretch). The two find, together, exactly what one walk finds.
 */
import { reverseUnits, type Trie } from './trie.js'
import { createTrieSearch, type TrieMatch, type TrieSearch } from './trie-search.js'

// Queries longer than this are searched by one walk (the bit-parallel walk's limit; see
// trie-search.ts).
const maxSplitQuery = 31

/**
 * Finds what `createTrieSearch(forward)` finds, in key order, over `forward` and `reverse`, a trie
 * of the same keys written backwards whose `keyOf` names them as `forward` does (see
 * `buildReverseTrie`).
 */
export function createSplitSearch(forward: Trie, reverse: Trie): TrieSearch {
  const searchForward = createTrieSearch(forward)
  const searchBackward = createTrieSearch(reverse)
  return (query, maxDistance) => {
    const length = query.length
    if (maxDistance < 1 || length > maxSplitQuery) return searchForward(query, maxDistance)
    const split = splitPoint(length, maxDistance)
    // Forwards: no alignment reaches the full distance within the first `split` code units.
    const keepForward: number[] = new Array(maxDistance + 1).fill(-1)
    keepForward[maxDistance] = ~((1 << split) - 1)
    // Backwards: the last `length - split` code units match exactly, then anything goes.
    const exact = length - split
    const keepBackward: number[] = new Array(maxDistance + 1).fill(~((1 << (exact + 1)) - 1))
    keepBackward[0] = -1
    const found = searchForward(query, maxDistance, keepForward)
    const backward = searchBackward(reverseUnits(query), maxDistance, keepBackward)
    return backward.length === 0 ? found : merge(found, backward)
  }
}

/**
 * Where to split a query of `length` code units: one past its middle for two edits, as the
 * forward walk is the dearer one, and the middle for one. Over the Brown corpus's 7,663 distinct
 * misses these were the fastest tried (the middle, one and two past it for two edits; the middle
 * and one past it for one).
 */
function splitPoint(length: number, maxDistance: number): number {
  return Math.min(length, Math.ceil(length / 2) + (maxDistance > 1 ? 1 : 0))
}

/** The forward matches and the backward ones, each key once at its distance, in key order. */
function merge(forward: readonly TrieMatch[], backward: readonly TrieMatch[]): TrieMatch[] {
  const byKey = new Map<number, TrieMatch>()
  for (const match of forward) byKey.set(match.key, match)
  for (const match of backward) {
    if (byKey.has(match.key)) continue
    byKey.set(match.key, { ...match, text: reverseUnits(match.text) })
  }
  return [...byKey.values()].sort((a, b) => a.key - b.key)
}
