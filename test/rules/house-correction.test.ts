import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../../src/cli.js'
import { loadDictionaries, parseHouseList, parseList } from '../../src/dictionaries.js'
import { ConfigError } from '../../src/errors.js'
import type { FileResult } from '../../src/types.js'
import { checkText, makeIo, writeTempFiles } from '../helpers.js'

const dir = writeTempFiles({
  'names.txt': 'Ennetcom\nEnetcom -> Ennetcom\nEnroChat -> EncroChat\n',
  'words.txt': 'teh -> the\nalot -> a lot\ne-mail -> email\n!whilst\n',
  'draft.txt': 'EnroChat said alot whilst the law stood.\n',
})
const lists = { properNouns: [path.join(dir, 'names.txt')], words: [path.join(dir, 'words.txt')] }
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('house-correction rule', () => {
  const valid = [
    ['the correct form', 'Ennetcom sold phones.'],
    ['a correction’s right side', 'The phones, a lot of them, were seized.'],
    ['a word close to a forbidden one', 'Regardless, the raid went ahead.'],
  ]

  it.each(valid)('accepts %s', async (_name, text) => {
    expect(await checkText(text, lists)).toEqual([])
  })

  const invalid = [
    ['Enetcom', 'Enetcom sold phones.', 'Ennetcom', 1],
    ['ENETCOM', 'ENETCOM SEIZED!', 'ENNETCOM', 1],
    ['Enetcom', 'Enetcom’s phones were seized.', 'Ennetcom', 1],
    ['teh', 'They seized teh phones.', 'the', 13],
    ['Teh', 'Teh phones were seized.', 'The', 1],
    ['alot', 'They seized alot of phones.', 'a lot', 13],
    ['e-mail', 'An e-mail leaked.', 'email', 4],
    ['EnroChat', 'The EnroChat network fell.', 'EncroChat', 5],
  ] as const

  it.each(invalid)(
    'flags %s with exactly the recorded correction',
    async (actual, text, expected, column) => {
      const findings = await checkText(text, lists)
      expect(findings).toHaveLength(1)
      expect(findings[0]).toMatchObject({
        ruleId: 'house-correction',
        source: 'proofread',
        severity: 'error',
        actual,
        expected: [expected],
        line: 1,
        column,
        endColumn: column + actual.length,
      })
      expect(findings[0]?.reason).toMatch(
        new RegExp(`^Unexpected \`${actual}\`, expected \`${expected}\` \\(house correction\\)`),
      )
    },
  )

  it.each(['whilst', 'Whilst', 'WHILST'])(
    'flags the forbidden word %s with no suggestion',
    async (word) => {
      const findings = await checkText(`${word} the law stood, they acted.`, lists)
      expect(findings).toHaveLength(1)
      expect(findings[0]).toMatchObject({
        ruleId: 'house-correction',
        severity: 'error',
        actual: word,
        expected: [],
        reason: `Unexpected \`${word}\` (forbidden by the house list)`,
      })
    },
  )

  it('wins over the proper-noun rule at the same place, keeping its own suggestion', async () => {
    const [finding] = await checkText('The EnroChat network fell.', lists)
    expect(finding?.reason).toBe(
      'Unexpected `EnroChat`, expected `EncroChat` (house correction); near a listed name; not in the dictionary either',
    )
  })

  it('is applied through the CLI with --proper-nouns and --words', async () => {
    const { io, stdout } = makeIo()
    const draft = path.join(dir, 'draft.txt')
    const code = await run(
      [
        'check',
        '--format',
        'json',
        '--proper-nouns',
        lists.properNouns[0] ?? '',
        '--words',
        lists.words[0] ?? '',
        draft,
      ],
      io,
    )
    const findings = (JSON.parse(stdout()) as FileResult[])[0]?.messages ?? []
    expect(findings.map((f) => [f.ruleId, f.actual, f.expected])).toEqual([
      ['house-correction', 'EnroChat', ['EncroChat']],
      ['house-correction', 'alot', ['a lot']],
      ['house-correction', 'whilst', []],
    ])
    expect(code).toBe(1)
  })

  it('can be turned off like every rule', async () => {
    const off = writeTempFiles({
      'proofread.config.json': JSON.stringify({ rules: { 'house-correction': 'off' } }),
      'draft.txt': 'Whilst the law stood, they acted.\n',
    })
    const { io, stdout } = makeIo({ cwd: off })
    await run(['check', '--format', 'json', '--words', lists.words[0] ?? '', 'draft.txt'], io)
    expect((JSON.parse(stdout()) as FileResult[])[0]?.messages).toEqual([])
  })
})

describe('house list lines', () => {
  it('reads corrections and forbidden words apart from the accepted entries', () => {
    const list = parseHouseList(
      utf8('Ennetcom\nEnetcom -> Ennetcom # seen in 2016\n!Whilst\n'),
      'n.txt',
    )
    expect(list).toEqual({
      entries: ['Ennetcom'],
      corrections: new Map([['Enetcom', 'Ennetcom']]),
      forbidden: new Set(['Whilst']),
    })
    expect(parseList(utf8('Ennetcom\nEnetcom -> Ennetcom\n!x\n'), 'n.txt')).toEqual(['Ennetcom'])
  })

  it('merges the corrections and forbidden words of every list', async () => {
    const loaded = await loadDictionaries(lists)
    expect(loaded.corrections.get('EnroChat')).toBe('EncroChat')
    expect(loaded.corrections.get('alot')).toBe('a lot')
    expect([...loaded.forbidden]).toEqual(['whilst'])
    expect(loaded.names).not.toContain('EnroChat')
  })

  const malformed = [
    ['EnroChat ->', 'has nothing after `->`'],
    ['-> EncroChat', 'has nothing before `->`'],
    ['A -> B -> C', 'has more than one `->`'],
    ['Enro Chat -> EncroChat', 'has more than one word before `->`'],
    ['EncroChat -> EncroChat', 'corrects `EncroChat` to itself'],
    ['!', 'has nothing after `!`'],
    ['!two words', 'forbids more than one word'],
  ]

  it.each(malformed)('rejects %j naming the file and line', (line, why) => {
    const parse = () => parseHouseList(utf8(`# header\nEncroChat\n${line}\n`), 'lists/names.txt')
    expect(parse).toThrow(ConfigError)
    expect(parse).toThrow(`Cannot read word list \`lists/names.txt\`: line 3 ${why}`)
  })
})
