import { describe, expect, it } from 'vitest'
import { weightedDistance } from '../../src/engine/weighted-distance.js'

describe('the weighted distance from the word meant to the word typed', () => {
  it.each([
    ['cat', 'cat', 0],
    // Letters left out: anywhere, the first included; the second of a doubled pair costs less.
    ['cat', 'ct', 0.8],
    ['cat', 'at', 0.8],
    ['ball', 'bal', 0.5],
    // A stray letter: doubled (at the start too), beside a neighbouring key, or anything else.
    ['cat', 'caat', 0.5],
    ['at', 'aat', 0.5],
    ['cat', 'catr', 0.8],
    ['cat', 'xcat', 0.8],
    ['cat', 'mcat', 1],
    ['cat', 'catm', 1],
    // Swapped, neighbouring and vowel slips.
    ['the', 'teh', 0.6],
    ['cat', 'cst', 0.7],
    ['cat', 'cot', 0.8],
    ['cat', 'cmt', 1],
    // Past ASCII: no keyboard neighbours, but doubling still counts.
    ['é', 'éé', 0.5],
    ['é', 'aé', 1],
  ])('%s typed as %s costs %d', (intended, typed, cost) => {
    expect(weightedDistance(intended, typed)).toBeCloseTo(cost, 10)
  })

  it('gives the same with a scratch buffer, reused, as without', () => {
    const scratch = new Float64Array(64 * 64)
    const pairs = [
      ['encrochat', 'enrochat'],
      ['authorities', 'athorities'],
      ['receive', 'recieve'],
    ] as const
    for (const [intended, typed] of pairs) {
      expect(weightedDistance(intended, typed, scratch)).toBe(weightedDistance(intended, typed))
    }
  })
})
