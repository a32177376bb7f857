import { describe, expect, it } from 'vitest'
import { editDistance } from '../src/edit-distance.js'
import { osaDistance } from './osa-reference.js'

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
        const exact = osaDistance(a, b)
        for (const max of [0, 1, 2, 3]) {
          expect(editDistance(a, b, max)).toBe(exact <= max ? exact : Number.POSITIVE_INFINITY)
        }
      }
    }
  })
})
