import { isAllCaps } from './case-pattern.js'
import { createNearKeyFinder } from './near-keys.js'

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

/** Builds the index once per run; near-miss lookups are cached per word. */
export function createNameIndex(names: readonly string[]): NameIndex {
  const exact = new Set(names)
  const upper = new Set(names.map((name) => name.toUpperCase()))
  const byLower = new Map<string, string>()
  for (const name of names)
    if (!byLower.has(name.toLowerCase())) byLower.set(name.toLowerCase(), name)
  const nearKeys = createNearKeyFinder([...byLower.keys()].sort())
  const nearNames = (lower: string, max: number): (readonly [string, number])[] =>
    nearKeys(lower, max).map(({ text, distance }) => [byLower.get(text) as string, distance])
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
