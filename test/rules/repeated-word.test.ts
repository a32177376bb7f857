import { describe, expect, it } from 'vitest'
import { checkText } from '../helpers.js'

// Each string is checked with the bundled lists and the default config, as the CLI would.

describe('repeated-word rule', () => {
  const valid = [
    ['a sentence with no repeat', 'The police seized the phones.'],
    ['a doubling English allows', 'It was the best year they had had.'],
    ['`that that`', 'He said that that was over.'],
    ['a name that repeats a word', 'Duran Duran played.'],
    ['the same word across a comma', 'Well, well, the phones were seized.'],
  ]

  it.each(valid)('accepts %s', async (_name, text) => {
    expect(await checkText(text)).toEqual([])
  })

  const invalid = [
    ['the the', 'The police seized the the phones.', 'the', 1, 19, 1, 26],
    ['The the', 'The the phones were seized.', 'The', 1, 1, 1, 8],
    ['a repeat across a line break', 'Police seized the\nthe phones.', 'the', 1, 15, 2, 4],
  ] as const

  it.each(invalid)(
    'flags %s from the first word to the second, keeping the first',
    async (_name, text, expected, line, column, endLine, endColumn) => {
      const findings = await checkText(text)
      expect(findings).toHaveLength(1)
      expect(findings[0]).toMatchObject({
        ruleId: 'repeated-word',
        source: 'proofread',
        severity: 'warning',
        expected: [expected],
        line,
        column,
        endLine,
        endColumn,
      })
      expect(findings[0]?.reason).toMatch(
        /^Unexpected `\w+ \w+`, expected `\w+` \(repeated word\)$/,
      )
    },
  )

  it('keeps the exact text of the span as `actual`', async () => {
    const [finding] = await checkText('Police seized the\nthe phones.')
    expect(finding?.actual).toBe('the\nthe')
    expect(finding?.reason).toBe('Unexpected `the the`, expected `the` (repeated word)')
  })
})
