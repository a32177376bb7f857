import { beforeAll, describe, expect, it } from 'vitest'
import { buildSuggestData } from '../../src/engine/compile.js'
import { loadFastEngine } from '../../src/engine/fast.js'
import { createSuggester } from '../../src/engine/suggester.js'
import type { SpellEngine } from '../../src/engine/types.js'

let engine: SpellEngine

beforeAll(async () => {
  engine = await loadFastEngine({
    words: ['doxxing', 'Hackread'],
    names: ['EncroChat', 'Europol', 'iPhone', 'Sky ECC', 'YouTube'],
  })
})

describe('fast suggestions', () => {
  it.each([
    ['recieve', 'receive'],
    ['teh', 'the'],
    ['langauge', 'language'],
    ['definately', 'definitely'],
    ['acommodate', 'accommodate'],
    ['goverment', 'government'],
    ['wrod', 'word'],
    ['speling', 'spelling'],
    ['occured', 'occurred'],
    ['untill', 'until'],
  ])('puts the meant word first for %j', (typo, expected) => {
    expect(engine.suggest(typo)[0]).toBe(expected)
  })

  it.each([
    ['Recieve', 'Receive'],
    ['RECIEVE', 'RECEIVE'],
    ['Teh', 'The'],
    ['FOREAMI', 'FOREARM'],
  ])('restores the case pattern of %j', (typo, expected) => {
    expect(engine.suggest(typo)).toContain(expected)
    for (const suggestion of engine.suggest(typo)) expect(engine.isCorrect(suggestion)).toBe(true)
  })

  it.each([
    ['paris', 'Paris'],
    ['PARSI', 'PARIS'],
    ['enrochat', 'EncroChat'],
    ['EnroChat', 'EncroChat'],
    ['ENROCHAT', 'EncroChat'],
    ['ENCROCHAT', 'EncroChat'],
    ['iphone', 'iPhone'],
    ['IPHONE', 'iPhone'],
    ['hackread', 'Hackread'],
    ['HACKRAED', 'HACKREAD'],
  ])('keeps a name’s own case for %j', (typo, expected) => {
    expect(engine.suggest(typo)[0]).toBe(expected)
  })

  it('ranks a listed name within reach before closer dictionary words', () => {
    // `Europa` and `euro` are dictionary words as close as the listed `Europol`.
    expect(engine.suggest('Europal')[0]).toBe('Europol')
    expect(engine.suggest('Encrochatt')[0]).toBe('EncroChat')
  })

  it('suggests house words', () => {
    expect(engine.suggest('doxing')[0]).toBe('doxxing')
  })

  it('finds transpositions and deletions at two edits', () => {
    expect(engine.suggest('hte')).toContain('the')
    expect(engine.suggest('accomodatoin')).toContain('accommodation')
    expect(engine.suggest('ecnomy')).toContain('economy')
  })

  it('offers two run-together words when nothing is within two edits', () => {
    expect(engine.suggest('midmorning')).toContain('mid morning')
  })

  it('leaves out the possessive of an earlier suggestion', () => {
    expect(engine.suggest('Youtube')[0]).toBe('YouTube')
    expect(engine.suggest('Youtube')).not.toContain("YouTube's")
    expect(engine.suggest('youtube')).not.toContain("YouTube's")
  })

  it('splits run-together words only when no single word is as close', () => {
    expect(engine.suggest('Youtube')).not.toContain('You tube')
    expect(engine.suggest('eachother')).toContain('each other')
  })

  it('suggests nothing for known words, blanks and a limit of zero', () => {
    expect(engine.suggest('house')).toEqual([])
    expect(engine.suggest('   ')).toEqual([])
    expect(engine.suggest('recieve', 0)).toEqual([])
  })

  it('honours the limit', () => {
    expect(engine.suggest('hous', 2)).toHaveLength(2)
    expect(engine.suggest('hous').length).toBeLessThanOrEqual(5)
  })

  it('returns nothing for a very long word instead of searching', () => {
    expect(engine.suggest('x'.repeat(5000))).toEqual([])
    expect(engine.suggest('Supercalifragilisticexpialidociouss'.repeat(20))).toEqual([])
  })

  it('spells each case form of one word in its own case', () => {
    // The three share one ranking; each must still come back in its own case pattern.
    expect(engine.suggest('wrod')[0]).toBe('word')
    expect(engine.suggest('WROD')[0]).toBe('WORD')
    expect(engine.suggest('Wrod')[0]).toBe('Word')
    expect(engine.suggest('wrod', 1)).toEqual(['word'])
  })

  it('gives the same answer from its cache', () => {
    const first = engine.suggest('wierd')
    first.push('changed by the caller')
    expect(engine.suggest('wierd')).not.toContain('changed by the caller')
  })
})

describe('a suggester without its caches', () => {
  const words = ['cat', 'receive', 'the']
  const data = buildSuggestData(words)
  const known = new Set(words)

  /** How many words `suggest` looks up when asked `word` a second time, and its answers. */
  const secondAsking = (cache: boolean, word: string) => {
    let lookups = 0
    const isKnown = (value: string): boolean => {
      lookups++
      return known.has(value)
    }
    const suggest = createSuggester(() => data, { words: [], names: [] }, isKnown, { cache })
    const first = suggest(word, 5)
    const before = lookups
    const second = suggest(word, 5)
    return { first, second, lookups: lookups - before }
  }

  it('works a word out again each time it is asked, with the same answer', () => {
    const cached = secondAsking(true, 'thecat')
    const uncached = secondAsking(false, 'thecat')
    expect(cached.first).toEqual(['the cat'])
    expect(uncached.first).toEqual(cached.first)
    expect(uncached.second).toEqual(cached.second)
    // With its caches, only whether the word itself is known; without, its splits again too.
    expect(cached.lookups).toBe(1)
    expect(uncached.lookups).toBeGreaterThan(1)
  })
})
