import { createNearKeyFinder } from '../near-keys.js'
import { casePatternOf, restoreCase } from './case-pattern.js'
import type { Checker } from './checker.js'
import type { SuggestData } from './compile.js'
import type { EngineWords } from './nspell.js'
import { createSplitSearch } from './split-search.js'
import { stringAt } from './string-table.js'
import type { TrieSearch } from './trie-search.js'
import { weightedDistance } from './weighted-distance.js'

/** Suggests replacements for a word, best first, at most `limit`. */
export type Suggester = (word: string, limit: number) => string[]

// Edits a suggestion may be away from the input (optimal string alignment, case ignored).
const maxDistance = 2
// How much a tenfold more frequent word may outweigh in edit cost: about one cheap slip per
// three orders of magnitude, so frequency breaks ties between near equals but never turns a
// one-edit match into a worse one two edits away.
const frequencyWeight = 0.15
// House words are not in SUBTLEX; score them as a moderately common word (log10 of 1,000 uses).
const houseFrequency = 3
// Words this short only get two-edit suggestions when nothing lies within one edit.
const shortWord = 4
// Keep the caches from growing without bound over a very large run; ranked candidates take more
// room than the suggestions shown.
const cacheLimit = 50_000
const rankedLimit = 10_000

interface Candidate {
  /** Reads the key's spellings; only called for the few candidates that are shown. */
  forms: () => readonly string[]
  score: number
  /** Edits from the input, case ignored. */
  distance: number
  isName: boolean
}

/** The house lists, grouped by lowercase key, and a search of the keys (see near-keys.ts). */
function indexExtras(extra: EngineWords) {
  const byKey = new Map<string, { forms: string[]; isName: boolean }>()
  const add = (word: string, isName: boolean): void => {
    const key = word.toLowerCase()
    const entry = byKey.get(key) ?? { forms: [], isName: false }
    if (!entry.forms.includes(word)) entry.forms.push(word)
    entry.isName ||= isName
    byKey.set(key, entry)
  }
  for (const word of extra.words) add(word, false)
  for (const name of extra.names) add(name, true)
  const keys = [...byKey.keys()].sort()
  return {
    entries: keys.map((key) => byKey.get(key) as { forms: string[]; isName: boolean }),
    maxKeyLength: keys.reduce((longest, key) => Math.max(longest, key.length), 0),
    search: createNearKeyFinder(keys),
  }
}

/**
 * Two known words run together (`midmorning` → `mid morning`), each kept as typed; tried after
 * the edits, so that words with no dictionary word within two edits still get a suggestion.
 */
function splitIntoWords(value: string, isKnown: Checker): string[] {
  const splits: string[] = []
  const isWord = (part: string): boolean =>
    (part.length > 1 || /^[aAI]$/.test(part)) && !part.startsWith("'") && isKnown(part)
  for (let at = 1; at < value.length; at++) {
    const left = value.slice(0, at)
    const right = value.slice(at)
    if (isWord(left) && isWord(right)) splits.push(`${left} ${right}`)
  }
  return splits
}

/**
 * Whether `word` is the possessive of an earlier suggestion (`YouTube's` after `YouTube`): it
 * adds nothing an editor could not type, and pushes a different word out of the list.
 */
function isPossessiveOf(word: string, earlier: readonly string[]): boolean {
  const match = /^(.+)['\u2019]s$/i.exec(word)
  return match !== null && earlier.includes(match[1] as string)
}

/** Whether a listed name at `distance` edits from the input is close enough to rank first. */
function isWithinReach(name: string, distance: number): boolean {
  return distance <= (name.length >= 6 ? 2 : 1)
}

/** How a suggester keeps what it worked out. */
export interface SuggesterOptions {
  /**
   * Keep each word's suggestions and ranked candidates for the next time it is asked (default).
   * The suggestion thread asks for each word once (its caller keeps the answers), and there the
   * caches only gave its garbage collector more to copy: on the 6 MB corpus the thread's CPU
   * was 1.37 s without them against 1.49 s (medians, 8 alternating runs).
   */
  cache?: boolean
}

/**
 * Builds the suggester over the dictionary's index (built or read on first use) and the lists.
 * Listed names within reach come first; then every key within two edits, ranked by weighted
 * distance and frequency; each form is put back into the input's case pattern.
 */
export function createSuggester(
  loadData: () => SuggestData,
  extra: EngineWords,
  isKnown: Checker,
  options: SuggesterOptions = {},
): Suggester {
  const keeps = options.cache ?? true
  let data: SuggestData | undefined
  let searchDictionary: TrieSearch | undefined
  const extras = indexExtras(extra)
  // Cache suggestions: the same typo often recurs in one draft.
  const cache = new Map<string, string[]>()
  // Rank once per lowercase word: `Teh`, `teh` and `TEH`, or one typo asked for with two
  // limits, share the search and differ only in how the candidates are spelt out.
  const ranked = new Map<string, Candidate[]>()

  const scratch = new Float64Array(64 * 64)
  const scoreOf = (text: string, lower: string, distance: number, frequency: number): number =>
    distance === 0 ? 0 : weightedDistance(text, lower, scratch) - frequencyWeight * frequency

  const rank = (data: SuggestData, search: TrieSearch, lower: string): Candidate[] => {
    const candidates: Candidate[] = []
    // Most slips are one edit, and a walk two edits deep costs several times a walk one edit
    // deep: look two edits away only when nothing in the dictionary is one edit away. (Measured
    // with bench/suggestions.mjs: top-1 stays 93.6% and CPU p50 falls from 1.01 to 0.77 ms.)
    let matches = search(lower, 1)
    if (matches.length === 0) matches = search(lower, maxDistance)
    // A short word has hundreds of keys two edits away, nearly all noise: when one edit reaches
    // something, rank only those.
    if (lower.length <= shortWord && matches.some(({ distance }) => distance <= 1)) {
      matches = matches.filter(({ distance }) => distance <= 1)
    }
    for (const { key, text, distance } of matches) {
      candidates.push({
        forms: () => stringAt(data.forms, key).split(' '),
        score: scoreOf(text, lower, distance, data.frequency[key] as number),
        distance,
        isName: false,
      })
    }
    for (const { key, text, distance } of extras.search(lower, maxDistance)) {
      const entry = extras.entries[key] as { forms: string[]; isName: boolean }
      candidates.push({
        forms: () => entry.forms,
        score: scoreOf(text, lower, distance, entry.isName ? 0 : houseFrequency),
        distance,
        isName: entry.isName && isWithinReach(text, distance),
      })
    }
    return candidates.sort((a, b) => Number(b.isName) - Number(a.isName) || a.score - b.score)
  }

  const compute = (value: string, limit: number): string[] => {
    const lower = value.toLowerCase()
    data ??= loadData()
    searchDictionary ??= createSplitSearch(data.trie, data.reverseTrie)
    // Bound the work by length: nothing in the dictionary or the lists can be within reach of a
    // longer input, so a 5,000-character token costs no more than its own case conversion.
    const longest = Math.max(data.trie.maxKeyLength, extras.maxKeyLength)
    if (lower.length > longest + maxDistance) return []
    let candidates = ranked.get(lower)
    if (candidates === undefined) {
      candidates = rank(data, searchDictionary, lower)
      if (ranked.size >= rankedLimit) ranked.clear()
      if (keeps) ranked.set(lower, candidates)
    }
    const results = toSpellings(candidates, value, limit)
    // Splitting is one edit (a space): offer it only when no single word is as close.
    if (candidates.some(({ distance }) => distance <= 1)) return results
    for (const split of splitIntoWords(value, isKnown)) {
      if (results.length >= limit) break
      if (!results.includes(split)) results.push(split)
    }
    return results
  }

  /** The candidates' spellings in the input's case pattern, without repeats, at most `limit`. */
  const toSpellings = (candidates: readonly Candidate[], value: string, limit: number) => {
    const pattern = casePatternOf(value)
    const results: string[] = []
    for (const candidate of candidates) {
      // A key with a lowercase form suggests that form alone, cased like the input: `parks`
      // (and not also the surname `Parks`) for `parsk`, `PARKS` for `PARSK`.
      const spellings = candidate.forms()
      const [first = ''] = spellings
      const forms = first === first.toLowerCase() ? [first] : spellings
      for (const form of forms) {
        const cased = restoreCase(form, pattern, isKnown)
        if (cased === value || results.includes(cased) || isPossessiveOf(cased, results)) continue
        results.push(cased)
        if (results.length >= limit) return results
      }
    }
    return results
  }

  return (word, limit) => {
    const value = word.trim().replace(/\u2019/g, "'")
    if (value === '' || limit <= 0 || isKnown(value)) return []
    const cacheKey = `${limit}\u0000${value}`
    let results = cache.get(cacheKey)
    if (results === undefined) {
      results = compute(value, limit)
      if (cache.size >= cacheLimit) cache.clear()
      if (keeps) cache.set(cacheKey, results)
    }
    return [...results]
  }
}
