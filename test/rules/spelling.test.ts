import { describe, expect, it } from 'vitest'
import { describeMiss, listAlternatives } from '../../src/rules/spelling.js'
import { checkText, testLists } from '../helpers.js'

// Each string is checked with the bundled lists and the default config, as the CLI would.

describe('spelling rule', () => {
  const valid = [
    ['ordinary prose', 'The authorities seized drugs, guns and cash.'],
    ['contractions', "He wasn't there and they didn’t know."],
    ['house words', 'A cyber attack revealed their modus operandi.'],
    ['house words in capitals', 'CYBER ATTACK REVEALS MODUS OPERANDI'],
    ['house words at the start of a sentence', 'Cyber crime rose.'],
  ]

  it.each(valid)('accepts %s', async (_name, text) => {
    expect(await checkText(text)).toEqual([])
  })

  const notProse = [
    ['a bare domain', 'Last month, Hackread.com reported it.'],
    ['a domain with a path', 'See pic.twitter.com/t1QnY3QMno for the photo.'],
    ['an https URL', 'Read https://www.europol.europa.eu/newsroom/encrochatt now.'],
    ['an http URL with a query', 'See http://example.com/path?q=EnroChat today.'],
    ['an e-mail address', 'Write to press@europol.europa.eu today.'],
    ['an e-mail address with an underscore', 'Write to jhon_doe@exmaple.co.uk today.'],
    ['a handle with an underscore', 'Follow @justice_gouv for updates.'],
    ['a handle with capitals and an underscore', 'Follow @EU_Justice for updates.'],
    ['a hashtag', 'They tagged it #EncroChat and #cybercrimez.'],
    ['a hashtag that misspells a name', 'They tagged it #Europl.'],
    ['a sum in pounds', 'Police seized £54m in cash.'],
    ['a sum in dollars', 'It is worth $2bn now.'],
    ['a sum in euros', 'It is worth €1.5bn now.'],
    ['a number with a thousands separator', 'It had 60,000 users.'],
    ['a distance', 'They drove 10km.'],
    ['a time', 'It started at 9am.'],
    ['a decade', 'It began in the 1990s.'],
    ['an ordinal', 'It ended on the 13th.'],
    ['a file name', 'Open report.pdf first.'],
  ]

  it.each(notProse)('never flags %s', async (_name, text) => {
    expect(await checkText(text)).toEqual([])
  })

  const invalid = [
    ['athorities', 'authorities', 'The athorities seized drugs.', 5],
    ['goverment', 'government', 'The goverment said so.', 5],
    ['recieve', 'receive', 'They will recieve it.', 11],
    ['Recieve', 'Receive', 'Recieve it now.', 1],
  ] as const

  it.each(invalid)(
    'flags the typo %s with %s among its suggestions',
    async (actual, suggestion, text, column) => {
      const findings = await checkText(text)
      expect(findings).toHaveLength(1)
      expect(findings[0]).toMatchObject({
        line: 1,
        column,
        endLine: 1,
        endColumn: column + actual.length,
        severity: 'warning',
        ruleId: 'spelling',
        source: 'proofread',
        actual,
      })
      expect(findings[0]?.expected).toContain(suggestion)
      expect(findings[0]?.expected.length).toBeLessThanOrEqual(5)
      expect(findings[0]?.reason).toMatch(new RegExp(`^Unexpected \`${actual}\`, expected `))
    },
  )

  it('checks words in quotes and parentheses', async () => {
    const findings = await checkText('They said “athorities” (goverment) twice.')
    expect(findings.map((f) => [f.actual, f.column, f.ruleId])).toEqual([
      ['athorities', 12, 'spelling'],
      ['goverment', 25, 'spelling'],
    ])
  })

  it('checks each part of a hyphenated compound', async () => {
    const findings = await checkText('A well-knwon case.')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ actual: 'knwon', column: 8, endColumn: 13 })
  })

  it('places findings in later paragraphs and after CRLF and lone CR line breaks', async () => {
    const text = 'First line.\n\nThe athorities.\r\nA goverment.\rSome recieve it.'
    const findings = await checkText(text)
    expect(findings.map((f) => [f.actual, f.line, f.column])).toEqual([
      ['athorities', 3, 5],
      ['goverment', 4, 3],
      ['recieve', 5, 6],
    ])
  })

  it('places a finding at its column on a line longer than a parsing chunk', async () => {
    const text = `${'The word. '.repeat(10_000)}The athorities.`
    const findings = await checkText(text)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ actual: 'athorities', line: 1, column: 100_005 })
  })

  it('accepts the words of an extra list given with --words, in ordinary case', async () => {
    const text = 'The flumbergast was a Flumbergast.'
    expect((await checkText(text)).map((f) => f.actual)).toEqual(['flumbergast', 'Flumbergast'])
    expect(await checkText(text, { words: [testLists().words] })).toEqual([])
  })

  it('uses only the lists given when the bundled lists are off', async () => {
    const findings = await checkText('A cyber attack.', { bundledLists: false })
    expect(findings.map((f) => [f.ruleId, f.actual])).toEqual([['spelling', 'cyber']])
    const withWords = await checkText('A flumbergast and a cyber attack.', {
      bundledLists: false,
      words: [testLists().words],
    })
    expect(withWords.map((f) => f.actual)).toEqual(['cyber'])
  })

  it('accepts common abbreviations written with full stops', async () => {
    expect(await checkText('Mr. Smith of the U.S. met Dr. Jones at 5 p.m., e.g. today.')).toEqual(
      [],
    )
  })
})

describe('describeMiss', () => {
  it('names the word and its suggestions, best first, with no trailing period', () => {
    expect(describeMiss('recieve', ['receive', 'relieve'])).toBe(
      'Unexpected `recieve`, expected `receive` or `relieve`',
    )
  })

  it('says the word is unknown when there is no suggestion', () => {
    expect(describeMiss('xqzt', [])).toBe('Unexpected unknown word `xqzt`')
  })
})

describe('listAlternatives', () => {
  it.each([
    [['a'], '`a`'],
    [['a', 'b'], '`a` or `b`'],
    [['a', 'b', 'c'], '`a`, `b` or `c`'],
  ])('joins %j as %s', (values, text) => {
    expect(listAlternatives(values)).toBe(text)
  })
})
