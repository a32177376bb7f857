import { describe, expect, it } from 'vitest'
import { forEachDeletion, indexDeletions } from '../src/deletions.js'

/** The hashes `forEachDeletion` visits, in order. */
function hashes(word: string, max: number, keepEnds = false): number[] {
  const visited: number[] = []
  forEachDeletion(word, max, (hash) => visited.push(hash), keepEnds)
  return visited
}

/** The hash of `word` itself (its form with nothing deleted). */
const hashOf = (word: string): number => hashes(word, 0)[0] as number

describe('forEachDeletion', () => {
  it('visits the word and each form with up to max letters deleted', () => {
    expect(hashes('abc', 1)).toEqual(['abc', 'bc', 'ac', 'ab'].map(hashOf))
    expect(hashes('abc', 2)).toEqual(['abc', 'bc', 'c', 'b', 'ac', 'a', 'ab'].map(hashOf))
  })

  it('deletes only the letters between the first and the last with keepEnds', () => {
    expect(hashes('abcd', 1, true)).toEqual(['abcd', 'acd', 'abd'].map(hashOf))
    expect(hashes('abcd', 2, true)).toEqual(['abcd', 'acd', 'ad', 'abd'].map(hashOf))
    expect(hashes('ab', 2, true)).toEqual(['ab'].map(hashOf))
  })
})

describe('indexDeletions', () => {
  it('lists each word once under every form it has', () => {
    const index = indexDeletions(['abca', 'aca'], () => 1, true)
    expect(index.get(hashOf('aca'))).toEqual([0, 1])
    expect(index.get(hashOf('aba'))).toEqual([0])
    expect(index.has(hashOf('bca'))).toBe(false)
  })
})
