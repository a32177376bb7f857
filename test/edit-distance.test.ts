import { describe, expect, it } from 'vitest'
import { editDistance } from '../src/edit-distance.js'

describe('editDistance', () => {
  it.each([
    ['the same word', 'encrochat', 'encrochat', 0],
    ['a deletion', 'enrochat', 'encrochat', 1],
    ['an insertion', 'europool', 'europol', 1],
    ['a substitution', 'gendarmarie', 'gendarmerie', 1],
    ['a transposition of neighbours', 'eurpool', 'europol', 1],
    ['a transposition at the start', 'ecnrochat', 'encrochat', 1],
    ['two edits', 'enrocht', 'encrochat', 2],
    ['an empty word', '', 'ab', 2],
  ])('counts %s', (_name, a, b, distance) => {
    expect(editDistance(a, b, 3)).toBe(distance)
    expect(editDistance(b, a, 3)).toBe(distance)
  })

  it('returns Infinity once the distance exceeds the bound', () => {
    expect(editDistance('enrocht', 'encrochat', 1)).toBe(Number.POSITIVE_INFINITY)
    expect(editDistance('kitten', 'sitting', 2)).toBe(Number.POSITIVE_INFINITY)
    expect(editDistance('kitten', 'sitting', 3)).toBe(3)
  })

  it('returns Infinity when the lengths alone differ by more than the bound', () => {
    expect(editDistance('ab', 'abcdef', 3)).toBe(Number.POSITIVE_INFINITY)
  })

  it('returns Infinity for different words with a bound of 0', () => {
    expect(editDistance('ab', 'ac', 0)).toBe(Number.POSITIVE_INFINITY)
    expect(editDistance('ab', 'ab', 0)).toBe(0)
  })

  it('agrees with the full table for all pairs of short words', () => {
    const words = ['', 'a', 'ab', 'ba', 'abc', 'acb', 'bca', 'cab', 'abcd', 'badc', 'aabb']
    for (const a of words) {
      for (const b of words) {
        const exact = fullDistance(a, b)
        for (const max of [0, 1, 2, 3]) {
          expect(editDistance(a, b, max)).toBe(exact <= max ? exact : Number.POSITIVE_INFINITY)
        }
      }
    }
  })
})

/** Optimal string alignment distance over the whole table, as a reference. */
function fullDistance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, row) =>
    Array.from({ length: b.length + 1 }, (_, column) =>
      row === 0 ? column : column === 0 ? row : 0,
    ),
  )
  const at = (row: number, column: number) => table[row]?.[column] ?? Number.POSITIVE_INFINITY
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
      const cells = table[row]
      if (cells) cells[column] = value
    }
  }
  return at(a.length, b.length)
}
