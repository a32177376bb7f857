import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildTrie } from '../../src/engine/trie.js'
import { createTrieSearch, searchTrie } from '../../src/engine/trie-search.js'
import { osaDistance } from '../osa-reference.js'

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 7 })

/** `word` with the letter at `at` (wrapped) left out and the next two swapped. */
function nearby(word: string, at: number): string {
  const index = at % word.length
  const rest = word.slice(0, index) + word.slice(index + 1)
  return rest.slice(0, index) + rest.charAt(index + 1) + rest.charAt(index) + rest.slice(index + 2)
}

describe('searchTrie', () => {
  it('finds exactly the keys within the distance, with their distance', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 40 }),
        word,
        fc.integer({ min: 0, max: 2 }),
        (keys, query, max) => {
          const sorted = keys.filter((key) => key !== '').sort()
          const found = searchTrie(buildTrie(sorted), query, max)
            .map(({ key, text, distance }) => [sorted[key], text, distance])
            .sort()
          const expected = sorted
            .map((key) => [key, key, osaDistance(key, query)] as const)
            .filter(([, , distance]) => distance <= max)
            .map((entry) => [...entry])
            .sort()
          expect(found).toEqual(expected)
        },
      ),
      { numRuns: 300, seed: 3 },
    )
  })

  it('answers query after query from one search as from a fresh one', () => {
    // Short and long queries (past 31 units the search works another way), non-ASCII letters,
    // and distances in any order: nothing one query leaves in the buffers may leak into the next.
    // Most queries are a key with a letter dropped and two swapped, so that some keys are near.
    const unit = fc.constantFrom('a', 'b', 'é', "'")
    const long = fc.string({ unit, minLength: 28, maxLength: 35 })
    const any = fc.oneof(fc.string({ unit, maxLength: 6 }), long)
    const edit = fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 3 }), any)
    fc.assert(
      fc.property(
        fc.uniqueArray(any, { maxLength: 30 }),
        fc.array(edit, { maxLength: 8 }),
        (keys, edits) => {
          const sorted = keys.filter((key) => key !== '').sort()
          const search = createTrieSearch(buildTrie(sorted))
          for (const [pick, at, max, random] of edits) {
            const key = sorted[pick % (sorted.length + 1)]
            const query = key === undefined ? random : nearby(key, at)
            const found = search(query, max).map(({ key, text, distance }) => [
              sorted[key],
              text,
              distance,
            ])
            const expected = sorted
              .map((key) => [key, key, osaDistance(key, query)] as const)
              .filter(([, , distance]) => distance <= max)
              .map((entry) => [...entry])
            expect(found).toEqual(expected)
          }
        },
      ),
      { numRuns: 300, seed: 5 },
    )
  })

  it('finds transpositions at distance one', () => {
    const trie = buildTrie(['form', 'from', 'the'])
    expect(searchTrie(trie, 'hte', 1).map(({ text, distance }) => [text, distance])).toEqual([
      ['the', 1],
    ])
  })
})
