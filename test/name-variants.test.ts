import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findNearVariants, isNearVariant } from '../src/name-variants.js'

const bases = ['encrochat', 'kennedy', 'carolina', 'humpty', 'lena', 'generale', 'sikorski', 'abe']

/** A slip of `word` at `at`: a letter left out, added, changed or swapped with the next, or a plural. */
function slip(word: string, kind: number, at: number, letter: string): string {
  switch (kind) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1)
    case 1:
      return word.slice(0, at) + letter + word.slice(at)
    case 2:
      return word.slice(0, at) + letter + word.slice(at + 1)
    case 3:
      return word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2)
    default:
      return `${word}s`
  }
}

/** A base name with up to two slips. */
const spelling = fc
  .tuple(
    fc.constantFrom(...bases),
    fc.array(fc.tuple(fc.nat(4), fc.nat(), fc.constantFrom(...'abcehlnrsy')), { maxLength: 2 }),
  )
  .map(([base, slips]) =>
    slips.reduce(
      (word, [kind, at, letter]) => slip(word, kind, at % (word.length + 1), letter),
      base,
    ),
  )

/** Lists of distinct spellings: the bases, and slips of them. */
const spellingLists = (minLength: number, maxLength: number) =>
  fc.uniqueArray(spelling, { minLength, maxLength })

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
    fc.assert(
      fc.property(spellingLists(10, 70), (list) => {
        const expected: [number, number][] = []
        for (let a = 0; a < list.length; a++) {
          for (let b = a + 1; b < list.length; b++) {
            if (isNearVariant(list[a] as string, list[b] as string)) expected.push([a, b])
          }
        }
        expect(findNearVariants(list)).toEqual(expected)
      }),
      { seed: 20261127, numRuns: 40 },
    )
  })

  it('finds pairs in lists where they are found', () => {
    const found = fc
      .sample(spellingLists(40, 40), { seed: 7, numRuns: 20 })
      .reduce((sum, list) => sum + findNearVariants(list).length, 0)
    expect(found).toBeGreaterThan(20)
  })
})

describe('findNearVariants on many spellings', () => {
  it('pairs 20,000 spellings that share first and last letters without comparing each pair', () => {
    const middle = fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
      minLength: 8,
      maxLength: 8,
    })
    const list = [...new Set(fc.sample(middle, { seed: 11, numRuns: 20_000 }))].map(
      (letters) => `s${letters}s`,
    )
    const slip = `${(list[0] as string).slice(0, 5)}${(list[0] as string).slice(6)}`
    const pairs = findNearVariants([...list, slip])
    expect(pairs).toContainEqual([0, list.length])
    for (const [a, b] of pairs) expect(isNearVariant(list[a] ?? slip, list[b] ?? slip)).toBe(true)
  })
})
