import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSplitSearch } from '../../src/engine/split-search.js'
import { buildReverseTrie, buildTrie, reverseUnits } from '../../src/engine/trie.js'
import { createTrieSearch } from '../../src/engine/trie-search.js'
import { osaDistance } from '../osa-reference.js'

// A small alphabet makes many keys near each other; `é` and `'` take the walk's other paths.
const unit = fc.constantFrom('a', 'b', 'c', 'é', "'")
const word = fc.string({ unit, minLength: 1, maxLength: 9 })

/** `key` with up to three random edits: most queries then have keys within two edits. */
const nearQuery = (keys: string[]) =>
  fc
    .tuple(
      fc.nat(),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 3 }), unit), { maxLength: 3 }),
    )
    .map(([pick, edits]) => {
      let query = keys[pick % keys.length] ?? ''
      for (const [at, kind, letter] of edits) {
        const index = at % (query.length + 1)
        if (kind === 0) query = query.slice(0, index) + letter + query.slice(index)
        else if (kind === 1) query = query.slice(0, index) + query.slice(index + 1)
        else if (kind === 2) query = query.slice(0, index) + letter + query.slice(index + 1)
        else
          query =
            query.slice(0, index) +
            query.slice(index + 1, index + 2) +
            query.charAt(index) +
            query.slice(index + 2)
      }
      return query
    })

describe('buildReverseTrie', () => {
  it('holds every key written backwards, named by its index among the keys', () => {
    const keys = ['ab', 'abc', 'b', 'cab']
    const search = createTrieSearch(buildReverseTrie(keys))
    for (const [index, key] of keys.entries()) {
      expect(search(reverseUnits(key), 0)).toEqual([
        { key: index, text: reverseUnits(key), distance: 0 },
      ])
    }
  })
})

describe('createSplitSearch', () => {
  it('finds exactly what one walk of the forward trie finds, in the same order', () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(word, { minLength: 1, maxLength: 60 })
          .chain((keys) =>
            fc.tuple(
              fc.constant(keys),
              fc.array(nearQuery(keys), { minLength: 1, maxLength: 6 }),
              fc.integer({ min: 0, max: 2 }),
            ),
          ),
        ([keys, queries, max]) => {
          const sorted = [...keys].sort()
          const forward = buildTrie(sorted)
          const one = createTrieSearch(forward)
          const split = createSplitSearch(forward, buildReverseTrie(sorted))
          for (const query of queries) {
            const expected = one(query, max)
            expect(split(query, max)).toEqual(expected)
            // And that walk is right: every key within the distance, at its distance.
            expect(expected.map(({ text, distance }) => [text, distance])).toEqual(
              sorted
                .map((key) => [key, osaDistance(key, query)] as const)
                .filter(([, distance]) => distance <= max),
            )
          }
        },
      ),
      { numRuns: 400, seed: 11 },
    )
  })

  it('searches a query too long to split with one walk', () => {
    const long = 'a'.repeat(40)
    const keys = [long, `${long}b`, 'b']
    const split = createSplitSearch(buildTrie(keys), buildReverseTrie(keys))
    expect(split(`${long}c`, 1).map(({ text }) => text)).toEqual([long, `${long}b`])
  })
})
