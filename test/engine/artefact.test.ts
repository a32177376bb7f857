import { describe, expect, it } from 'vitest'
import {
  decodeCheckerData,
  decodeSuggestData,
  encodeCheckerData,
  encodeSuggestData,
} from '../../src/engine/artefact.js'
import { createChecker } from '../../src/engine/checker.js'
import { buildSuggestData } from '../../src/engine/compile.js'
import { buildStringTable, hasString, stringAt } from '../../src/engine/string-table.js'
import { searchTrie } from '../../src/engine/trie-search.js'

describe('the compiled artefact', () => {
  it('reads back the checker data it wrote', () => {
    const data = {
      forms: buildStringTable(['Paris', 'house', "don't", 'caf\u00e9']),
      onlyInCompound: ['1th'],
      compoundRules: ['(?:1)(?:st)'],
      compoundMin: 1,
      conversions: [['\u2019', 'g', "'"]] as const,
    }
    const bytes = encodeCheckerData(data)
    // Read from an odd offset, as a pooled buffer may be, to check the alignment copy.
    const shifted = new Uint8Array(bytes.length + 1).subarray(1)
    shifted.set(bytes)
    const decoded = decodeCheckerData(shifted)
    expect(decoded).toBeDefined()
    const isKnown = createChecker(decoded as NonNullable<typeof decoded>, [])
    expect(['Paris', 'PARIS', 'house', 'don\u2019t', 'CAF\u00c9', '1st'].map(isKnown)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ])
    expect(['paris', 'hose', '1th'].map(isKnown)).toEqual([false, false, false])
    expect(decoded?.articleVerdicts).toBeUndefined()
  })

  it('reads back the article verdicts on the forms, when the checker has them', () => {
    const forms = buildStringTable(['hour', 'house', 'an'])
    const articleVerdicts = Uint8Array.of(3, 5, 0)
    const decoded = decodeCheckerData(
      encodeCheckerData({
        forms,
        onlyInCompound: [],
        compoundRules: [],
        compoundMin: 3,
        conversions: [],
        articleVerdicts,
      }),
    )
    expect(decoded?.articleVerdicts).toEqual(articleVerdicts)
    expect(stringAt(decoded?.forms as typeof forms, 1)).toBe('house')
  })

  it('reads back the suggestion index it wrote', () => {
    const data = buildSuggestData(['the', 'The', 'then', 'Paris'])
    const decoded = decodeSuggestData(encodeSuggestData(data))
    expect(decoded).toBeDefined()
    const { trie, forms, frequency } = decoded as NonNullable<typeof decoded>
    const matches = searchTrie(trie, 'paris', 0)
    expect(matches.map(({ key }) => stringAt(forms, key))).toEqual(['Paris'])
    expect(searchTrie(trie, 'the', 0).map(({ key }) => stringAt(forms, key))).toEqual(['the The'])
    expect(frequency[searchTrie(trie, 'the', 0)[0]?.key ?? -1]).toBeGreaterThan(5)
  })

  it('pairs a suggestion index only with the checker of the same compile', () => {
    const bytes = encodeSuggestData(buildSuggestData(['the']), 'abc')
    expect(decodeSuggestData(bytes, 'abc')).toBeDefined()
    expect(decodeSuggestData(bytes, 'xyz')).toBeUndefined()
    expect(decodeSuggestData(bytes)).toBeDefined()
  })

  it('ignores data from another format version', () => {
    expect(decodeSuggestData(new Uint8Array(64))).toBeUndefined()
  })

  it('looks strings up in the hash table', () => {
    const table = buildStringTable(['a', 'b', 'ab', 'ba', ''])
    expect(['a', 'b', 'ab', 'ba', ''].every((value) => hasString(table, value))).toBe(true)
    expect(['c', 'abc', 'A'].some((value) => hasString(table, value))).toBe(false)
  })
})
