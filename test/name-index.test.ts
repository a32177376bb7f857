import { describe, expect, it } from 'vitest'
import { createNameIndex, createNearKeySearch, maxNameDistance } from '../src/name-index.js'

const names = createNameIndex([
  'EncroChat',
  'Europol',
  'Eurojust',
  'Gendarmerie',
  'Cressida',
  'BBC',
])

describe('NameIndex.accepts', () => {
  it.each([
    ['a listed name as written', 'EncroChat'],
    ['its all-caps form', 'ENCROCHAT'],
    ['its plural', 'EncroChats'],
    ['a short name', 'BBC'],
  ])('accepts %s', (_name, word) => {
    expect(names.accepts(word)).toBe(true)
  })

  it.each([
    ['another case', 'Encrochat'],
    ['lower case', 'encrochat'],
    ['mixed capitals', 'ENCROChat'],
    ['a near miss', 'EnroChat'],
    ['an unlisted word', 'Europe'],
  ])('does not accept %s', (_name, word) => {
    expect(names.accepts(word)).toBe(false)
  })
})

describe('NameIndex.caseVariantOf', () => {
  it.each(['Encrochat', 'encrochat', 'ENCROChat', 'eNcRoChAt'])(
    'gives the listed name for %s',
    (word) => {
      expect(names.caseVariantOf(word)).toBe('EncroChat')
    },
  )

  it('gives nothing for a name as listed, in capitals, or a different word', () => {
    expect(names.caseVariantOf('EncroChat')).toBeUndefined()
    expect(names.caseVariantOf('ENCROCHAT')).toBeUndefined()
    expect(names.caseVariantOf('EnroChat')).toBeUndefined()
  })
})

describe('NameIndex.nearMisses', () => {
  it('finds a listed name one edit away, ignoring case', () => {
    expect(names.nearMisses('EnroChat')).toEqual([{ name: 'EncroChat', distance: 1 }])
    expect(names.nearMisses('enrochat')).toEqual([{ name: 'EncroChat', distance: 1 }])
    expect(names.nearMisses('Cresida')).toEqual([{ name: 'Cressida', distance: 1 }])
  })

  it('gives the name in capitals for a word in capitals', () => {
    expect(names.nearMisses('ENROCHAT')).toEqual([{ name: 'ENCROCHAT', distance: 1 }])
  })

  it('allows two edits in a long word', () => {
    expect(names.nearMisses('Gendarmari')).toEqual([{ name: 'Gendarmerie', distance: 2 }])
  })

  it('allows only one edit in a word of four to seven letters', () => {
    expect(names.nearMisses('Europl')).toEqual([{ name: 'Europol', distance: 1 }])
    expect(names.nearMisses('Eurpl')).toEqual([])
  })

  it('never matches a word of fewer than four letters', () => {
    expect(names.nearMisses('BBD')).toEqual([])
  })

  it('orders matches nearest first, then by name', () => {
    const index = createNameIndex(['Abcdefgh', 'Abcdefgx', 'Abcdefhg'])
    expect(index.nearMisses('Abcdefgz')).toEqual([
      { name: 'Abcdefgh', distance: 1 },
      { name: 'Abcdefgx', distance: 1 },
      { name: 'Abcdefhg', distance: 2 },
    ])
  })

  it('leaves out the name itself', () => {
    expect(names.nearMisses('Europol')).toEqual([])
  })

  it('gives the same answer when asked again', () => {
    expect(names.nearMisses('EnroChat')).toEqual(names.nearMisses('EnroChat'))
  })
})

describe('maxNameDistance', () => {
  it.each([
    [3, 0],
    [4, 1],
    [7, 1],
    [8, 2],
    [20, 2],
  ])('allows a word of %i letters %i edits', (length, max) => {
    expect(maxNameDistance(length)).toBe(max)
  })
})

describe('createNearKeySearch', () => {
  it('finds exactly the keys a trie walk finds within one and two edits', async () => {
    const { buildTrie } = await import('../src/engine/trie.js')
    const { createTrieSearch } = await import('../src/engine/trie-search.js')
    const { readFileSync } = await import('node:fs')
    const listed = readFileSync(
      new URL('../dictionaries/proper-nouns.txt', import.meta.url),
      'utf8',
    )
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line && !line.startsWith('#'))
    const keys = [...new Set(listed)]
    const search = createNearKeySearch(keys)
    const trie = createTrieSearch(buildTrie([...keys].sort()))
    // Every key with each kind of slip at every place, plus unrelated words.
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
    expect(found).toBeGreaterThan(words.size)
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

describe('NameIndex.nearMisses over many words', () => {
  it('answers the same before and after it switches from the trie to the deletion index', () => {
    const listed = ['EncroChat', 'Europol', 'Eurojust', 'Gendarmerie', 'Cressida', 'Sikorski']
    const words: string[] = []
    for (const name of listed) {
      for (let at = 0; at < name.length; at++) {
        for (const letter of 'aeiknorstuz') {
          words.push(name.slice(0, at) + letter + name.slice(at + 1))
          words.push(name.slice(0, at) + letter + name.slice(at))
        }
      }
    }
    expect(new Set(words).size).toBeGreaterThan(1000)
    const forwards = createNameIndex(listed)
    const backwards = createNameIndex(listed)
    const first = words.map((word) => forwards.nearMisses(word))
    const last = [...words].reverse().map((word) => backwards.nearMisses(word))
    // Each word is answered by the trie in one index and by the deletion forms in the other.
    expect(last.reverse()).toEqual(first)
    expect(first.filter((matches) => matches.length > 0).length).toBeGreaterThan(500)
  })
})
