import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildTrie, searchTrie } from '../../src/engine/trie.js'
import { osaDistance } from '../osa-reference.js'

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 7 })

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

  it('finds transpositions at distance one', () => {
    const trie = buildTrie(['form', 'from', 'the'])
    expect(searchTrie(trie, 'hte', 1).map(({ text, distance }) => [text, distance])).toEqual([
      ['the', 1],
    ])
  })
})
