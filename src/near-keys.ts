/**
 * Keys within one or two edits of a word, among a few hundred (the house lists): first by
 * walking a trie of them, then, once a run has asked about many words, by the index of their
 * deletion forms, which answers the same several times faster but takes ~10 ms to build, a few
 * percent of checking a short draft. A walk within two edits of so small a trie still visits
 * most of it: for the 6 MB corpus's 7,789 distinct misses the walk took 180 ms in a fresh
 * process and the index 114 ms, its building included (109–153 ms against 28–45 ms warm).
 */
import { forEachDeletion, indexDeletions } from './deletions.js'
import { editDistance } from './edit-distance.js'
import { buildTrie } from './engine/trie.js'
import { createTrieSearch, type TrieMatch } from './engine/trie-search.js'

// How many words a run asks about before the deletion index is built: a short draft asks about
// a few (the EncroChat draft one), the 6 MB corpus thousands.
const indexAfter = 100

/**
 * Finds the keys within `max` (at most 2) edits of a lower-case word, optimal string alignment,
 * in key order, as a trie search of `sortedKeys` does (see trie-search.ts); `key` is an index in
 * `sortedKeys`, which are sorted by code unit and free of duplicates.
 */
export function createNearKeyFinder(
  sortedKeys: readonly string[],
): (lower: string, max: number) => TrieMatch[] {
  const walk = createTrieSearch(buildTrie(sortedKeys))
  let byForms: ((lower: string, max: number) => [number, number][]) | undefined
  let asked = 0
  return (lower, max) => {
    if (++asked > indexAfter) byForms ??= createNearKeySearch(sortedKeys)
    if (!byForms) return walk(lower, max)
    return byForms(lower, max)
      .sort(([a], [b]) => a - b)
      .map(([key, distance]) => ({ key, text: sortedKeys[key] as string, distance }))
  }
}

/**
 * Finds the keys within `max` (at most 2) edits of a lower-case word, optimal string alignment
 * as `editDistance` counts them, as `[index in keys, distance]` pairs in no particular order.
 * The keys' forms with up to two letters deleted are indexed (see deletions.ts), and only the
 * keys that share one with the word are measured: a list of a few hundred names has some twenty
 * thousand such forms, a word of ten letters 56. A word longer than every key by more than `max`
 * is near none, and is not cut into forms (a 5,000-letter token would have 12 million).
 */
export function createNearKeySearch(
  keys: readonly string[],
): (lower: string, max: number) => [number, number][] {
  const byForm = indexDeletions(keys, () => 2)
  const longest = keys.reduce((most, key) => Math.max(most, key.length), 0)
  // The query that last measured each key, so that a key is measured once per query.
  const measured = new Int32Array(keys.length)
  let query = 0
  return (lower, max) => {
    const found: [number, number][] = []
    if (lower.length > longest + max) return found
    query++
    forEachDeletion(lower, max, (hash) => {
      for (let entry = byForm.first(hash); entry !== -1; entry = byForm.next(entry)) {
        const id = byForm.wordOf(entry)
        if (measured[id] === query) continue
        measured[id] = query
        const distance = editDistance(lower, keys[id] as string, max)
        if (distance <= max) found.push([id, distance])
      }
    })
    return found
  }
}
