import { describe, expect, it } from 'vitest'
import { askArticles, flagsArticle, wouldFlagArticle } from '../../src/rules/indefinite-article.js'
import { checkText } from '../helpers.js'

// Each string is checked with the bundled lists and the default config, as the CLI would.

describe('indefinite-article rule', () => {
  const valid = [
    ['`an` before a vowel sound', 'It took an hour.'],
    ['`a` before a consonant sound', 'A European court ruled.'],
    ['`a` before `one`', 'It was a one-off.'],
    ['`A` as a letter', 'They traded Class A drugs.'],
    ['`an` before an abbreviation said with a vowel', 'An FBI agent spoke.'],
  ]

  it.each(valid)('accepts %s', async (_name, text) => {
    expect(await checkText(text)).toEqual([])
  })

  const invalid = [
    ['a', 'It took a hour.', 'an', 9, 'Unexpected `a` before `hour`, expected `an`'],
    ['An', 'An European court ruled.', 'A', 1, 'Unexpected `An` before `European`, expected `A`'],
    [
      'A',
      'A encrypted phone was seized.',
      'An',
      1,
      'Unexpected `A` before `encrypted`, expected `An`',
    ],
    ['an', 'It was an useful tool.', 'a', 8, 'Unexpected `an` before `useful`, expected `a`'],
    // The plugin reads past one quotation mark or bracket to the word.
    ['a', 'It was a “honest” error.', 'an', 8, 'Unexpected `a` before `honest`, expected `an`'],
    ['a', 'It took a (hour) or so.', 'an', 9, 'Unexpected `a` before `hour`, expected `an`'],
    // Later in a sentence than its first word, beside many a well-placed article.
    [
      'a',
      'A man, a plan, a canal and a hour later a dam.',
      'an',
      28,
      'Unexpected `a` before `hour`, expected `an`',
    ],
  ] as const

  it.each(invalid)(
    'flags %s with the other article in its case',
    async (actual, text, expected, column, reason) => {
      const findings = await checkText(text)
      expect(findings).toHaveLength(1)
      expect(findings[0]).toMatchObject({
        ruleId: 'indefinite-article',
        source: 'proofread',
        severity: 'warning',
        actual,
        expected: [expected],
        reason,
        line: 1,
        column,
        endColumn: column + actual.length,
      })
    },
  )
})

describe('article verdicts asked at once', () => {
  it('gives each pair the verdict the plugin gives it alone', () => {
    const words = [
      'hour',
      'house',
      'European',
      'apple',
      'one-off',
      'FBI',
      'and',
      'x-ray',
      'umbrella',
      'user',
      '8',
      'honest',
      'Hour',
      'well-known',
    ]
    const pairs = ['a', 'an', 'A', 'An'].flatMap((article) =>
      words.map((word) => [article, word] as const),
    )
    const alone = pairs.map(([article, next]) => wouldFlagArticle(article, next))
    askArticles(pairs)
    expect(pairs.map(([article, next]) => flagsArticle(article, next))).toEqual(alone)
    // Both verdicts occur, so a batch that mixed its answers up would show.
    expect(alone.filter(Boolean).length).toBeGreaterThan(5)
    expect(alone.filter((verdict) => !verdict).length).toBeGreaterThan(5)
  })
})
