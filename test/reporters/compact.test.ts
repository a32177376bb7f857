import { Chalk } from 'chalk'
import { describe, expect, it } from 'vitest'
import { compactReporter } from '../../src/reporters/compact.js'
import type { ReporterOptions } from '../../src/types.js'
import { makeFinding, makeResult } from '../helpers.js'

const options: ReporterOptions = { chalk: new Chalk({ level: 0 }), sources: new Map() }

describe('compactReporter', () => {
  it('prints one path:line:col: severity: reason (ruleId) line per finding', () => {
    const results = [
      makeResult('drafts/encrochat.md', [
        makeFinding({ line: 3, column: 5 }),
        makeFinding({
          line: 7,
          column: 12,
          severity: 'error',
          ruleId: 'spelling',
          actual: 'recieve',
          expected: ['receive'],
        }),
      ]),
      makeResult('drafts/clean.md'),
      makeResult('drafts/notes.txt', [makeFinding({ severity: 'info', expected: [] })]),
    ]
    expect(compactReporter(results, options)).toBe(
      [
        'drafts/encrochat.md:3:5: warning: Unexpected `EnroChat`, expected `EncroChat` (proper-noun)',
        'drafts/encrochat.md:7:12: error: Unexpected `recieve`, expected `receive` (spelling)',
        'drafts/notes.txt:1:1: info: Unexpected `EnroChat` (proper-noun)',
        '',
      ].join('\n'),
    )
  })

  it('prints nothing when no file has findings', () => {
    expect(compactReporter([makeResult('a.md'), makeResult('b.md')], options)).toBe('')
    expect(compactReporter([], options)).toBe('')
  })

  it('keeps a finding on one line when its reason holds line breaks', () => {
    const results = [makeResult('a.md', [makeFinding({ reason: 'One\r\ntwo\nthree' })])]
    expect(compactReporter(results, options)).toBe(
      'a.md:1:1: warning: One two three (proper-noun)\n',
    )
  })
})
