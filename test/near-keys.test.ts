import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildTrie } from '../src/engine/trie.js'
import { createTrieSearch } from '../src/engine/trie-search.js'
import { createNearKeyFinder, createNearKeySearch } from '../src/near-keys.js'

/** The proper-noun list's keys, lower case, sorted, without repeats. */
function listedKeys(): string[] {
  const listed = readFileSync(new URL('../dictionaries/proper-nouns.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line && !line.startsWith('#'))
  return [...new Set(listed)].sort()
}

/** Every key with each kind of slip at every place, plus unrelated words. */
function slipsOf(keys: readonly string[]): string[] {
  const letters = 'aeinorstz'
  const words = new Set<string>(['house', 'gendarme', 'eurozone', 'x', ''])
  for (const key of keys) {
    for (let at = 0; at <= key.length; at++) {
      const letter = letters.charAt(at % letters.length)
      words.add(key.slice(0, at) + key.slice(at + 1))
      words.add(key.slice(0, at) + letter + key.slice(at))
      words.add(key.slice(0, at) + letter + key.slice(at + 1))
      words.add(key.slice(0, at) + key.charAt(at + 1) + key.charAt(at) + key.slice(at + 2))
      words.add(`${key.slice(0, at)}${letter}${letter}${key.slice(at + 2)}`)
    }
  }
  return [...words]
}

describe('createNearKeySearch', () => {
  it('finds exactly the keys a trie walk finds within one and two edits', () => {
    const keys = listedKeys()
    const search = createNearKeySearch(keys)
    const trie = createTrieSearch(buildTrie(keys))
    const words = slipsOf(keys)
    let found = 0
    for (const word of words) {
      for (const max of [1, 2]) {
        const actual = search(word, max)
          .map(([id, distance]) => `${keys[id]}:${distance}`)
          .sort()
        const expected = trie(word, max)
          .map(({ text, distance }) => `${text}:${distance}`)
          .sort()
        expect(actual, `${word} within ${max}`).toEqual(expected)
        found += actual.length
      }
    }
    expect(found).toBeGreaterThan(words.length)
  })
})

describe('createNearKeySearch on long words', () => {
  it('finds nothing near a word longer than every key, without cutting it into forms', () => {
    const search = createNearKeySearch(['encrochat', 'europol'])
    expect(search('abcdefghij'.repeat(500), 2)).toEqual([])
    expect(search('encrochatxx', 2)).toEqual([[0, 2]])
    expect(search('encrochatxxx', 2)).toEqual([])
  })
})

describe('createNearKeyFinder', () => {
  it('answers as the trie walk does, in key order, before and after it builds its index', () => {
    const keys = listedKeys()
    const find = createNearKeyFinder(keys)
    const trie = createTrieSearch(buildTrie(keys))
    const words = slipsOf(keys)
    // Far more words than it asks about before switching to the deletion index.
    expect(words.length).toBeGreaterThan(1000)
    for (const word of words) {
      expect(find(word, 2), word).toEqual(trie(word, 2))
    }
  })
})
