import { Chalk } from 'chalk'
import { describe, expect, it } from 'vitest'
import { escapeData, escapeProperty, githubReporter } from '../../src/reporters/github.js'
import type { ReporterOptions } from '../../src/types.js'
import { makeFinding, makeResult } from '../helpers.js'

const options: ReporterOptions = { chalk: new Chalk({ level: 0 }), sources: new Map() }

describe('githubReporter', () => {
  it('prints one workflow command per finding, with the place and a title naming the rule', () => {
    const results = [
      makeResult('content/post.md', [
        makeFinding({ line: 2, column: 10 }),
        makeFinding({
          line: 4,
          column: 1,
          severity: 'error',
          ruleId: 'spelling',
          actual: 'teh',
          expected: ['the'],
        }),
        makeFinding({ line: 5, column: 3, severity: 'info', actual: 'Lemont', expected: [] }),
      ]),
    ]
    expect(githubReporter(results, options)).toBe(
      [
        '::warning file=content/post.md,line=2,col=10,endLine=2,endColumn=18,title=proofread(proper-noun)::Unexpected `EnroChat`, expected `EncroChat`',
        '::error file=content/post.md,line=4,col=1,endLine=4,endColumn=4,title=proofread(spelling)::Unexpected `teh`, expected `the`',
        '::notice file=content/post.md,line=5,col=3,endLine=5,endColumn=9,title=proofread(proper-noun)::Unexpected `Lemont`',
        '',
      ].join('\n'),
    )
  })

  it('prints nothing when no file has findings', () => {
    expect(githubReporter([makeResult('a.md')], options)).toBe('')
  })

  it('escapes percent signs, commas, colons and line breaks in paths and reasons', () => {
    const path = 'news/50%,off:\r\nsale.md'
    const reason = 'Unexpected `100%`,\r\nexpected `a::b`'
    const results = [makeResult(path, [makeFinding({ reason, ruleId: 'odd:rule,x' })])]
    expect(githubReporter(results, options)).toBe(
      '::warning file=news/50%25%2Coff%3A%0D%0Asale.md,line=1,col=1,endLine=1,endColumn=9,' +
        'title=proofread(odd%3Arule%2Cx)::Unexpected `100%25`,%0D%0Aexpected `a::b`\n',
    )
  })

  it('escapes `%` before the sequences it introduces, so `%0A` in a reason stays literal', () => {
    expect(escapeData('%0A')).toBe('%250A')
    expect(escapeProperty('%2C,')).toBe('%252C%2C')
  })
})
