import { isAllCaps } from './case-pattern.js'
import { forEachDeletion, indexDeletions } from './deletions.js'
import { editDistance } from './edit-distance.js'
import { buildTrie } from './engine/trie.js'
import { createTrieSearch } from './engine/trie-search.js'

/** A listed name close to a word, and how many edits away it is. */
export interface NameMatch {
  name: string
  distance: number
}

/** Looks words up in the proper-noun list: exact forms, wrong case, and near misses. */
export interface NameIndex {
  /** Whether `word` is a listed name as written, in all caps, or its plural. */
  accepts(word: string): boolean
  /** The listed name that `word` spells in another case (`Encrochat` → `EncroChat`), if any. */
  caseVariantOf(word: string): string | undefined
  /** Listed names within a small edit distance of `word`, nearest first, in `word`'s case. */
  nearMisses(word: string): NameMatch[]
}

/** The most edits a word may be from a name to count as a miss of it: more for longer words. */
export function maxNameDistance(length: number): number {
  if (length < 4) return 0
  return length < 8 ? 1 : 2
}

// How many words a run asks about before near misses are looked up by deletion forms: a short
// draft asks about a few (the EncroChat draft one), the 6 MB corpus thousands.
const indexAfter = 100

/** Builds the index once per run; near-miss lookups are cached per word. */
export function createNameIndex(names: readonly string[]): NameIndex {
  const exact = new Set(names)
  const upper = new Set(names.map((name) => name.toUpperCase()))
  const byLower = new Map<string, string>()
  for (const name of names)
    if (!byLower.has(name.toLowerCase())) byLower.set(name.toLowerCase(), name)
  const keys = [...byLower.keys()].sort()
  // Near misses are found by walking a trie of the names; once a draft has asked about many
  // words, by the index of their deletion forms instead, which answers the same several times
  // faster but takes ~10 ms to build, a few percent of checking a short draft.
  const trie = createTrieSearch(buildTrie(keys))
  let byForms: ((lower: string, max: number) => [number, number][]) | undefined
  let asked = 0
  const nearNames = (lower: string, max: number): (readonly [string, number])[] => {
    if (++asked > indexAfter) byForms ??= createNearKeySearch(keys)
    if (!byForms) {
      return trie(lower, max).map(({ text, distance }) => [byLower.get(text) as string, distance])
    }
    return byForms(lower, max).map(([id, distance]) => [
      byLower.get(keys[id] as string) as string,
      distance,
    ])
  }
  // Cache near misses: the same typo usually recurs throughout a draft.
  const cache = new Map<string, NameMatch[]>()

  const accepts = (word: string): boolean =>
    exact.has(word) ||
    // The set first: most words are not in it, and the case test copies the word twice.
    (upper.has(word) && isAllCaps(word)) ||
    (word.length > 2 && word.endsWith('s') && exact.has(word.slice(0, -1)))

  return {
    accepts,
    caseVariantOf(word) {
      if (accepts(word)) return undefined
      return byLower.get(word.toLowerCase())
    },
    nearMisses(word) {
      let matches = cache.get(word)
      if (!matches) {
        matches = findNearMisses(word, nearNames)
        cache.set(word, matches)
      }
      return matches
    },
  }
}

function findNearMisses(
  word: string,
  nearNames: (lower: string, max: number) => (readonly [string, number])[],
): NameMatch[] {
  const lower = word.toLowerCase()
  const max = maxNameDistance(lower.length)
  if (max === 0) return []
  const matches: NameMatch[] = []
  for (const [name, distance] of nearNames(lower, max)) {
    if (distance > 0) matches.push({ name: isAllCaps(word) ? name.toUpperCase() : name, distance })
  }
  return matches.sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
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
