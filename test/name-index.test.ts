import { describe, expect, it } from 'vitest'
import { createNameIndex, maxNameDistance } from '../src/name-index.js'

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
