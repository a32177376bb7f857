import { Chalk } from 'chalk'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { junitReporter } from '../../src/reporters/junit.js'
import type { ReporterOptions } from '../../src/types.js'
import { makeFinding, makeResult } from '../helpers.js'

const options: ReporterOptions = { chalk: new Chalk({ level: 0 }), sources: new Map() }

// Characters XML 1.0 forbids anywhere in a document.
const illegalXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

describe('junitReporter', () => {
  it('writes one suite per file and one failing case per error or warning', () => {
    const results = [
      makeResult('drafts/post.md', [
        makeFinding({ line: 3, column: 5 }),
        makeFinding({
          line: 4,
          column: 1,
          severity: 'error',
          ruleId: 'spelling',
          actual: 'teh',
          expected: ['the', 'tech'],
        }),
      ]),
      makeResult('drafts/clean.md'),
    ]
    expect(junitReporter(results, options)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="proofread" tests="3" failures="2">',
        '  <testsuite name="drafts/post.md" tests="2" failures="2">',
        '    <testcase name="3:5 proper-noun EnroChat" classname="drafts/post.md">',
        '      <failure message="Unexpected `EnroChat`, expected `EncroChat`" type="proper-noun">drafts/post.md:3:5: warning: Unexpected `EnroChat`, expected `EncroChat`',
        'Suggestions: EncroChat</failure>',
        '    </testcase>',
        '    <testcase name="4:1 spelling teh" classname="drafts/post.md">',
        '      <failure message="Unexpected `teh`, expected `the`" type="spelling">drafts/post.md:4:1: error: Unexpected `teh`, expected `the`',
        'Suggestions: the, tech</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="drafts/clean.md" tests="1" failures="0">',
        '    <testcase name="no findings" classname="drafts/clean.md"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    )
  })

  it('reports an info finding as a passing case that carries the reason', () => {
    const results = [
      makeResult('a.md', [makeFinding({ severity: 'info', actual: 'Lemont', expected: [] })]),
    ]
    expect(junitReporter(results, options)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="proofread" tests="1" failures="0">',
        '  <testsuite name="a.md" tests="1" failures="0">',
        '    <testcase name="1:1 proper-noun Lemont" classname="a.md">',
        '      <system-out>a.md:1:1: info: Unexpected `Lemont`</system-out>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    )
  })

  it('writes an empty but valid report when no files were checked', () => {
    const xml = junitReporter([], options)
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="proofread" tests="0" failures="0">\n</testsuites>\n',
    )
    expect(XMLValidator.validate(xml)).toBe(true)
  })

  it('escapes markup and drops characters XML forbids, so nasty input stays well-formed', () => {
    const nasty = 'a<b>&"c\' \u0000\u0007\u001b\uD800\uFFFE ]]> \r\n\t end'
    const results = [
      makeResult(`dir/${nasty}.md`, [
        makeFinding({ actual: nasty, expected: [nasty], reason: `Unexpected \`${nasty}\`` }),
        makeFinding({ severity: 'info', actual: nasty, reason: nasty }),
      ]),
    ]
    const xml = junitReporter(results, options)
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).not.toMatch(illegalXml)

    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      processEntities: true,
      htmlEntities: true,
    }).parse(xml)
    const suite = parsed.testsuites.testsuite
    const kept = 'a<b>&"c\' \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD ]]>'
    expect(suite.name.startsWith(`dir/${kept}`)).toBe(true)
    expect(suite.testcase[0].failure.message.startsWith(`Unexpected \`${kept}`)).toBe(true)
  })
})
