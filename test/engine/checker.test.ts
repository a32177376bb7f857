import { beforeAll, describe, expect, it } from 'vitest'
import { loadFastEngine } from '../../src/engine/fast.js'
import { createNspellEngine, type EngineWords } from '../../src/engine/nspell.js'
import type { SpellEngine } from '../../src/engine/types.js'
import { readBrownTokens } from './brown.js'

const extra: EngineWords = {
  words: ['doxxing', 'Hackread', 'ransomware'],
  names: ['EncroChat', 'Europol', 'iPhone'],
}

let fast: SpellEngine
let reference: SpellEngine

beforeAll(async () => {
  fast = await loadFastEngine(extra)
  reference = await createNspellEngine(extra)
})

describe('the fast checker', () => {
  it('agrees with nspell on every Brown token in all three case forms', () => {
    // Every other category of the corpus: news, editorials, hobbies, science, fiction and more.
    const tokens = readBrownTokens(/^c[acegjkmnp]\d\d$/)
    expect(tokens.length).toBeGreaterThan(30_000)
    const forms = new Set<string>()
    for (const token of tokens) {
      forms.add(token)
      forms.add(token.toLowerCase())
      forms.add(token.toUpperCase())
      forms.add(token.charAt(0).toUpperCase() + token.slice(1).toLowerCase())
    }
    const disagreements = [...forms].filter(
      (form) => fast.isCorrect(form) !== reference.isCorrect(form),
    )
    expect(disagreements).toEqual([])
  })

  it.each([
    ['house', true],
    ['House', true],
    ['HOUSE', true],
    // nspell falls back to the lowercase form for any casing, not only Capitalised and ALL CAPS.
    ['hOUSE', true],
    ['Paris', true],
    ['PARIS', true],
    ['paris', false],
    ["don't", true],
    ["DON'T", true],
    ['don\u2019t', true],
    ['DON\u2019T', true],
    ['PARIS\u2019S', true],
    ['NA\u00cfVE', false],
    ["Europol's", false],
    ["Paris's", true],
    ['21st', true],
    ['112th', true],
    ['1th', false],
    ['', false],
    ['  house  ', true],
  ])('answers %j with %s, as nspell does', (word, expected) => {
    expect(fast.isCorrect(word)).toBe(expected)
    expect(reference.isCorrect(word)).toBe(expected)
  })

  it.each([
    ['doxxing', true],
    ['Doxxing', true],
    ['DOXXING', true],
    ['Hackread', true],
    ['HACKREAD', true],
    ['hackread', false],
  ])('treats house word %j like a dictionary entry: %s', (word, expected) => {
    expect(fast.isCorrect(word)).toBe(expected)
    expect(reference.isCorrect(word)).toBe(expected)
  })

  it.each([
    ['EncroChat', true],
    ['ENCROCHAT', false],
    ['encrochat', false],
    ['Encrochat', false],
    ['iPhone', true],
    ['IPHONE', false],
  ])('accepts name %j only as written: %s', (word, expected) => {
    expect(fast.isCorrect(word)).toBe(expected)
    expect(reference.isCorrect(word)).toBe(expected)
  })
})
