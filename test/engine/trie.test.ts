import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildTrie, searchTrie } from '../../src/engine/trie.js'

/** Optimal string alignment distance, computed in full: the reference the trie must match. */
function osaDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, row) =>
    Array.from({ length: b.length + 1 }, (_, column) =>
      row === 0 ? column : column === 0 ? row : 0,
    ),
  )
  const at = (row: number, column: number): number => rows[row]?.[column] ?? 0
  for (let row = 1; row <= a.length; row++) {
    for (let column = 1; column <= b.length; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1
      let value = Math.min(
        at(row - 1, column) + 1,
        at(row, column - 1) + 1,
        at(row - 1, column - 1) + cost,
      )
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) {
        value = Math.min(value, at(row - 2, column - 2) + 1)
      }
      ;(rows[row] as number[])[column] = value
    }
  }
  return at(a.length, b.length)
}

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
