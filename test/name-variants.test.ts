import { describe, expect, it } from 'vitest'
import { findNearVariants, isNearVariant } from '../src/name-variants.js'

/** mulberry32: a seeded PRNG, so the random lists are the same on every run. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = state
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

const bases = ['encrochat', 'kennedy', 'carolina', 'humpty', 'lena', 'generale', 'sikorski', 'abe']
const letters = 'abcehlnrsy'

/** A list of distinct spellings: the bases, and slips of them (one or two edits, plurals). */
function randomSpellings(random: () => number, size: number): string[] {
  const pick = (text: string): number => Math.floor(random() * (text.length + 1))
  const letter = (): string => letters.charAt(Math.floor(random() * letters.length))
  const slip = (word: string): string => {
    const at = pick(word)
    switch (Math.floor(random() * 5)) {
      case 0:
        return word.slice(0, at) + word.slice(at + 1)
      case 1:
        return word.slice(0, at) + letter() + word.slice(at)
      case 2:
        return word.slice(0, at) + letter() + word.slice(at + 1)
      case 3:
        return word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2)
      default:
        return `${word}s`
    }
  }
  const spellings = new Set<string>()
  while (spellings.size < size) {
    let word = bases[Math.floor(random() * bases.length)] as string
    for (let edits = Math.floor(random() * 3); edits > 0; edits--) word = slip(word)
    spellings.add(word)
  }
  return [...spellings]
}

describe('findNearVariants', () => {
  it('pairs a name with its slips, but not plurals, other first or last letters, or short words', () => {
    const list = [
      'encrochat',
      'enrochat',
      'kennedy',
      'kennedys',
      'humpty',
      'dumpty',
      'lena',
      'leni',
    ]
    expect(findNearVariants(list)).toEqual([[0, 1]])
    expect(findNearVariants(['abc', 'abd', 'abcc'])).toEqual([])
  })

  it('gives exactly the pairs that are near variants, lower index first, in order', () => {
    const random = createRandom(20261127)
    for (let round = 0; round < 40; round++) {
      const list = randomSpellings(random, 10 + Math.floor(random() * 60))
      const expected: [number, number][] = []
      for (let a = 0; a < list.length; a++) {
        for (let b = a + 1; b < list.length; b++) {
          if (isNearVariant(list[a] as string, list[b] as string)) expected.push([a, b])
        }
      }
      expect(findNearVariants(list)).toEqual(expected)
    }
  })

  it('finds pairs in lists where they are found', () => {
    const random = createRandom(7)
    const found = Array.from({ length: 20 }, () =>
      findNearVariants(randomSpellings(random, 40)),
    ).reduce((sum, pairs) => sum + pairs.length, 0)
    expect(found).toBeGreaterThan(20)
  })
})

describe('findNearVariants on many spellings', () => {
  it('pairs 20,000 spellings that share first and last letters without comparing each pair', () => {
    const random = createRandom(11)
    const letter = () => 'abcdefghijklmnopqrstuvwxyz'.charAt(Math.floor(random() * 26))
    const spellings = new Set<string>()
    while (spellings.size < 20_000) {
      spellings.add(`s${Array.from({ length: 8 }, letter).join('')}s`)
    }
    const list = [...spellings]
    const slip = `${(list[0] as string).slice(0, 5)}${(list[0] as string).slice(6)}`
    const pairs = findNearVariants([...list, slip])
    expect(pairs).toContainEqual([0, list.length])
    for (const [a, b] of pairs) expect(isNearVariant(list[a] ?? slip, list[b] ?? slip)).toBe(true)
  })
})
