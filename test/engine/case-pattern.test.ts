import { describe, expect, it } from 'vitest'
import { casePatternOf, restoreCase } from '../../src/engine/case-pattern.js'

describe('case patterns', () => {
  it.each([
    ['house', 'lower'],
    ['House', 'capitalised'],
    ['HOUSE', 'upper'],
    ['I', 'capitalised'],
    ['iPhone', 'other'],
    ['EncroChat', 'other'],
  ])('reads %j as %s', (word, pattern) => {
    expect(casePatternOf(word)).toBe(pattern)
  })

  it('restores a pattern only when the result is still a known word', () => {
    const known = new Set(['house', 'House', 'HOUSE', 'PARIS', 'Paris', 'iPhone'])
    const isKnown = (word: string) => known.has(word)
    expect(restoreCase('house', 'upper', isKnown)).toBe('HOUSE')
    expect(restoreCase('Paris', 'lower', isKnown)).toBe('Paris')
    expect(restoreCase('Paris', 'upper', isKnown)).toBe('PARIS')
    expect(restoreCase('iPhone', 'upper', isKnown)).toBe('iPhone')
    expect(restoreCase('iPhone', 'capitalised', isKnown)).toBe('iPhone')
  })
})
