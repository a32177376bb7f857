import { Chalk } from 'chalk'
import { describe, expect, it } from 'vitest'
import { stylishReporter } from '../../src/reporters/stylish.js'
import type { ReporterOptions } from '../../src/types.js'
import { makeFinding, makeResult } from '../helpers.js'

const source = 'The EnroChat network.\nathorities agreed.\n'
const sources = new Map([['drafts/a.txt', source]])
const plain: ReporterOptions = { chalk: new Chalk({ level: 0 }), sources }
const coloured: ReporterOptions = { chalk: new Chalk({ level: 1 }), sources }

const results = [
  makeResult('drafts/a.txt', [
    makeFinding({ line: 1, column: 5, severity: 'error' }),
    makeFinding({
      line: 2,
      column: 1,
      ruleId: 'spelling',
      actual: 'athorities',
      expected: ['authorities'],
    }),
  ]),
  makeResult('drafts/clean.txt'),
]

/** Eleven findings of one misspelling, as in the EncroChat draft. */
function elevenEnroChat() {
  return [
    makeResult(
      'draft.txt',
      Array.from({ length: 11 }, (_, index) => makeFinding({ line: index + 1, severity: 'error' })),
    ),
  ]
}

describe('stylishReporter', () => {
  it('prints each finding with its source line and the word marked, then a summary', () => {
    expect(stylishReporter(results, plain)).toBe(
      [
        'drafts/a.txt',
        '  1:5  error    Unexpected `EnroChat`, expected `EncroChat`  proper-noun',
        '       The EnroChat network.',
        '           ^^^^^^^^',
        '  2:1  warning  Unexpected `athorities`, expected `authorities`  spelling',
        '       athorities agreed.',
        '       ^^^^^^^^^^',
        '',
        '✖ 2 problems (1 error, 1 warning) in 2 files',
        '',
      ].join('\n'),
    )
  })

  it('colours severities, the marked word and the summary with a colour chalk', () => {
    expect(stylishReporter(results, coloured)).toBe(
      [
        '\u001b[4mdrafts/a.txt\u001b[24m',
        '  \u001b[2m1:5\u001b[22m  \u001b[31merror  \u001b[39m  Unexpected `EnroChat`, expected `EncroChat`  \u001b[2mproper-noun\u001b[22m',
        '       The \u001b[31m\u001b[1m\u001b[4mEnroChat\u001b[24m\u001b[22m\u001b[39m network.',
        '  \u001b[2m2:1\u001b[22m  \u001b[33mwarning\u001b[39m  Unexpected `athorities`, expected `authorities`  \u001b[2mspelling\u001b[22m',
        '       \u001b[31m\u001b[1m\u001b[4mathorities\u001b[24m\u001b[22m\u001b[39m agreed.',
        '',
        '\u001b[31m\u001b[1m✖ 2 problems (1 error, 1 warning) in 2 files\u001b[22m\u001b[39m',
        '',
      ].join('\n'),
    )
  })

  it('tallies a repeated misspelling the way an editor would say it', () => {
    const output = stylishReporter(elevenEnroChat(), { ...plain, sources: new Map() })
    expect(output).toContain('\n\nEnroChat ×11 → EncroChat\n\n')
    expect(output.endsWith('✖ 11 problems (11 errors, 0 warnings) in 1 file\n')).toBe(true)
  })

  it('tallies a repeated word with no suggestion without an arrow', () => {
    const finding = makeFinding({ actual: 'xqzt', expected: [], ruleId: 'spelling' })
    const output = stylishReporter([makeResult('a.txt', [finding, finding])], plain)
    expect(output).toContain('\n\nxqzt ×2\n\n')
  })

  it('leaves a word seen once out of the tally', () => {
    const output = stylishReporter(results, plain)
    expect(output).not.toContain('×')
  })

  it('says there are no problems when no file has findings', () => {
    expect(stylishReporter([makeResult('a.txt'), makeResult('b.txt')], plain)).toBe(
      '✔ No problems in 2 files\n',
    )
    expect(stylishReporter([makeResult('a.txt')], coloured)).toBe(
      '\u001b[32m✔ No problems in 1 file\u001b[39m\n',
    )
  })

  it('counts info findings in the summary, in yellow when there is no error', () => {
    const info = makeFinding({ severity: 'info' })
    const warning = makeFinding({ severity: 'warning', column: 20 })
    const output = stylishReporter([makeResult('a.txt', [info, warning])], coloured)
    expect(
      output.endsWith(
        '\u001b[33m\u001b[1m✖ 2 problems (0 errors, 1 warning, 1 info) in 1 file\u001b[22m\u001b[39m\n',
      ),
    ).toBe(true)
  })

  it('pads places and severities to line up', () => {
    const output = stylishReporter(
      [
        makeResult('a.txt', [
          makeFinding({ line: 1, column: 2, severity: 'info' }),
          makeFinding({ line: 12, column: 345, severity: 'warning' }),
        ]),
      ],
      { ...plain, sources: new Map() },
    )
    expect(output.split('\n').filter((line) => line.includes('Unexpected'))).toEqual([
      '     1:2  info     Unexpected `EnroChat`, expected `EncroChat`  proper-noun',
      '  12:345  warning  Unexpected `EnroChat`, expected `EncroChat`  proper-noun',
    ])
  })

  it('shows a long source line around the word, cut with ellipses', () => {
    const line = `${'a '.repeat(50)}EnroChat${' b'.repeat(50)}`
    const finding = makeFinding({ line: 1, column: 101 })
    const output = stylishReporter([makeResult('a.txt', [finding])], {
      ...plain,
      sources: new Map([['a.txt', line]]),
    })
    const [, , excerpt, carets] = output.split('\n')
    // The excerpt is indented past `  1:101  `, the width of the place column plus 4.
    expect(excerpt).toBe(`         …${'a '.repeat(20)}EnroChat${' b'.repeat(20)}…`)
    expect(carets).toBe(`${' '.repeat(9 + 41)}${'^'.repeat(8)}`)
  })

  it('shows no source line when the source is not known', () => {
    const output = stylishReporter([makeResult('a.txt', [makeFinding()])], {
      ...plain,
      sources: new Map(),
    })
    expect(output).toBe(
      [
        'a.txt',
        '  1:1  warning  Unexpected `EnroChat`, expected `EncroChat`  proper-noun',
        '',
        '✖ 1 problem (0 errors, 1 warning) in 1 file',
        '',
      ].join('\n'),
    )
  })

  it('finds the source line after CRLF line ends', () => {
    const output = stylishReporter([makeResult('a.txt', [makeFinding({ line: 2, column: 1 })])], {
      ...plain,
      sources: new Map([['a.txt', 'First.\r\nEnroChat here.\r\n']]),
    })
    expect(output).toContain('\n       EnroChat here.\n       ^^^^^^^^\n')
  })
})
