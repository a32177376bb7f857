import { describe, expect, it } from 'vitest'
import { checkText, testLists } from '../helpers.js'

// Each string is checked with the bundled lists and the default config, as the CLI would.

describe('proper-noun rule', () => {
  const valid = [
    ['a listed name as written', 'EncroChat was shut down.'],
    ['its possessive with a curly apostrophe', 'EncroChat’s users were arrested.'],
    ['its possessive with a straight apostrophe', "EncroChat's users were arrested."],
    ['a hyphenated compound', 'The EncroChat-based phones were seized.'],
    ['its all-caps form', 'ENCROCHAT DISMANTLED!'],
    ['a dictionary word near a listed name', 'Europe and Europol agreed.'],
    ['a dictionary word near a listed name, in capitals', 'EUROPE AND EUROPOL AGREED.'],
    ['a listed name whose letters recur in prose', 'Eurojust and the Gendarmerie helped.'],
  ]

  it.each(valid)('accepts %s', async (_name, text) => {
    expect(await checkText(text)).toEqual([])
  })

  it('accepts the possessive of its all-caps form', async () => {
    expect(await checkText("ENCROCHAT'S NETWORK CRACKED")).toEqual([])
  })

  const wrongCase = [
    ['Encrochat', 'Encrochat was shut down.', 1],
    ['encrochat', 'The encrochat network was shut down.', 5],
    ['ENCROChat', 'ENCROChat was shut down.', 1],
    ['Encrochat', 'Encrochat’s users were arrested.', 1],
  ] as const

  it.each(wrongCase)(
    'flags %s as wrong capitalisation with the listed name as the only suggestion',
    async (actual, text, column) => {
      const findings = await checkText(text)
      expect(findings).toHaveLength(1)
      expect(findings[0]).toMatchObject({
        ruleId: 'proper-noun',
        source: 'proofread',
        severity: 'error',
        actual,
        expected: ['EncroChat'],
        line: 1,
        column,
        endColumn: column + actual.length,
      })
      expect(findings[0]?.reason).toContain('capitalised as listed')
    },
  )

  const nearMisses = [
    ['EnroChat', 'EncroChat', 'The EnroChat network was shut down.', 5],
    ['Europl', 'Europol', 'Europl announced the arrests.', 1],
    ['Gendarmarie', 'Gendarmerie', 'The French Gendarmarie led it.', 12],
    ['Cresida', 'Cressida', 'Dame Cresida Dick spoke.', 6],
    ['ENROCHAT', 'ENCROCHAT', 'ENROCHAT DISMANTLED!', 1],
    ['EnroChat', 'EncroChat', 'EnroChat’s users were arrested.', 1],
    ['EnroChat', 'EncroChat', 'The EnroChat-based phones were seized.', 5],
  ] as const

  it.each(nearMisses)(
    'flags %s as a near miss of a listed name, with %s first',
    async (actual, name, text, column) => {
      const findings = await checkText(text)
      expect(findings).toHaveLength(1)
      expect(findings[0]).toMatchObject({
        ruleId: 'proper-noun',
        source: 'proofread',
        actual,
        line: 1,
        column,
        endColumn: column + actual.length,
      })
      expect(findings[0]?.expected[0]).toBe(name)
      expect(findings[0]?.expected.length).toBeLessThanOrEqual(5)
      expect(findings[0]?.reason).toMatch(
        new RegExp(`^Unexpected \`${actual}\`, expected \`${name}\``),
      )
    },
  )

  it('gives one finding per word, folding the spelling evidence into its reason', async () => {
    const findings = await checkText('Last month EnroChat was hit.')
    expect(findings).toEqual([
      {
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 20,
        severity: 'error',
        ruleId: 'proper-noun',
        source: 'proofread',
        actual: 'EnroChat',
        expected: ['EncroChat'],
        reason:
          'Unexpected `EnroChat`, expected `EncroChat` (listed name); not in the dictionary either',
      },
    ])
  })

  it('flags a misspelt name inside quotes and parentheses', async () => {
    const findings = await checkText('He called it “EnroChat” (or Europl) twice.')
    expect(findings.map((f) => [f.actual, f.expected[0], f.column])).toEqual([
      ['EnroChat', 'EncroChat', 15],
      ['Europl', 'Europol', 29],
    ])
  })

  it('adds the names of an extra list given with --proper-nouns', async () => {
    const text = 'The Zorblat arrived.'
    const before = await checkText(text)
    expect(before.map((f) => f.ruleId)).not.toContain('proper-noun')
    const findings = await checkText(text, { properNouns: [testLists().names] })
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ ruleId: 'proper-noun', actual: 'Zorblat', column: 5 })
    expect(findings[0]?.expected[0]).toBe('Zorblatt')
    expect(await checkText('The Zorblatt arrived.', { properNouns: [testLists().names] })).toEqual(
      [],
    )
  })

  it('makes each word of a listed entry with spaces a name', async () => {
    const options = { properNouns: [testLists().names] }
    expect(await checkText('Quillon Varnaby arrived.', options)).toEqual([])
    const findings = await checkText('Quilon arrived.', options)
    expect(findings[0]).toMatchObject({ ruleId: 'proper-noun', actual: 'Quilon' })
    expect(findings[0]?.expected[0]).toBe('Quillon')
  })

  it('reports a listed name as an unknown word when the bundled lists are off', async () => {
    const findings = await checkText('EncroChat was shut down.', { bundledLists: false })
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      ruleId: 'spelling',
      actual: 'EncroChat',
      severity: 'warning',
    })
  })
})
