import { describe, expect, it } from 'vitest'
import { type DeletionIndex, forEachDeletion, indexDeletions } from '../src/deletions.js'

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
  /** The words indexed under `hash`, in order. */
  const wordsUnder = (index: DeletionIndex, hash: number): number[] => {
    const words: number[] = []
    for (let entry = index.first(hash); entry !== -1; entry = index.next(entry)) {
      words.push(index.wordOf(entry))
    }
    return words.sort((a, b) => a - b)
  }

  it('lists each word once under every form it has', () => {
    const index = indexDeletions(['abca', 'aca'], () => 1, true)
    expect(wordsUnder(index, hashOf('aca'))).toEqual([0, 1])
    expect(wordsUnder(index, hashOf('aba'))).toEqual([0])
    expect(wordsUnder(index, hashOf('bca'))).toEqual([])
  })

  it('holds many forms, each hash with its own words', () => {
    // Enough words to grow the table and the entries several times over.
    const words = Array.from({ length: 3000 }, (_, n) => `w${n.toString(36)}x`)
    const index = indexDeletions(words, () => 1)
    /** The words that are `form` or give it with one letter deleted. */
    const withForm = (form: string): number[] =>
      words.flatMap((word, id) =>
        word === form || [...word].some((_, at) => word.slice(0, at) + word.slice(at + 1) === form)
          ? [id]
          : [],
      )
    for (const form of ['w0x', 'wzx', 'w10x', 'wx', 'w1zx', 'nothing']) {
      expect(wordsUnder(index, hashOf(form))).toEqual(withForm(form))
    }
  })
})
