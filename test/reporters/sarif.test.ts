import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { Chalk } from 'chalk'
import { describe, expect, it } from 'vitest'
import { sarifReporter, toUriReference } from '../../src/reporters/sarif.js'
import type { ReporterOptions } from '../../src/types.js'
import { version } from '../../src/version.js'
import { makeFinding, makeResult } from '../helpers.js'

const options: ReporterOptions = { chalk: new Chalk({ level: 0 }), sources: new Map() }

const schema: unknown = JSON.parse(
  readFileSync(new URL('../data/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
)
// ajv-formats is CommonJS; under ESM its function arrives as the default export.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default
const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)
const validate = ajv.compile(schema as object)

const results = [
  makeResult('content/2024/encro chat%.md', [
    makeFinding({ line: 3, column: 5, expected: ['EncroChat', 'EncroChats'] }),
    makeFinding({
      line: 9,
      column: 1,
      severity: 'error',
      ruleId: 'spelling',
      actual: 'recieve',
      expected: ['receive'],
    }),
    makeFinding({ line: 12, column: 7, severity: 'info', actual: 'Lemont', expected: [] }),
  ]),
  makeResult('content/clean.md'),
]

function sarifOf(input: Parameters<typeof sarifReporter>[0]) {
  return JSON.parse(sarifReporter(input, options))
}

describe('sarifReporter', () => {
  it('writes a log that the official SARIF 2.1.0 schema accepts', () => {
    const log = sarifOf(results)
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
  })

  it('is checked by a validator that does reject a broken log', () => {
    const log = sarifOf(results)
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0
    log.runs[0].results[1].locations[0].physicalLocation.artifactLocation.uri = 'a b'
    expect(validate(log)).toBe(false)
    expect(validate.errors?.map((error) => error.keyword).sort()).toEqual(['format', 'minimum'])
  })

  it('writes a valid log with an empty results list when there are no findings', () => {
    const log = sarifOf([makeResult('a.md')])
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    expect(log.runs[0].results).toEqual([])
    expect(log.runs[0].tool.driver.rules).toEqual([])
  })

  it('names proofread and its package version as the tool, with one rule per ruleId seen', () => {
    const { driver } = sarifOf(results).runs[0].tool
    expect(driver.name).toBe('proofread')
    expect(driver.version).toBe(version)
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(driver.rules).toEqual([
      {
        id: 'proper-noun',
        shortDescription: { text: 'Flags near-misses and wrong casing of listed proper nouns' },
      },
      {
        id: 'spelling',
        shortDescription: {
          text: 'Flags words that are not in the dictionary or the house word list',
        },
      },
    ])
  })

  it('maps each finding to a result with its rule, level, message, region and one fix per suggestion', () => {
    const run = sarifOf(results).runs[0]
    expect(run.columnKind).toBe('utf16CodeUnits')
    const uri = 'content/2024/encro%20chat%25.md'
    const region = { startLine: 3, startColumn: 5, endLine: 3, endColumn: 13 }
    const fix = (text: string) => ({
      description: { text: `Replace \`EnroChat\` with \`${text}\`` },
      artifactChanges: [
        {
          artifactLocation: { uri },
          replacements: [{ deletedRegion: region, insertedContent: { text } }],
        },
      ],
    })
    expect(run.results[0]).toEqual({
      ruleId: 'proper-noun',
      ruleIndex: 0,
      level: 'warning',
      message: { text: 'Unexpected `EnroChat`, expected `EncroChat`' },
      locations: [{ physicalLocation: { artifactLocation: { uri }, region } }],
      fixes: [fix('EncroChat'), fix('EncroChats')],
    })
    expect(
      run.results.map((r: { level: string; ruleIndex: number }) => [r.level, r.ruleIndex]),
    ).toEqual([
      ['warning', 0],
      ['error', 1],
      ['note', 0],
    ])
    expect(run.results[2].fixes).toEqual([])
  })

  it('ends with a newline and is stable JSON', () => {
    const text = sarifReporter(results, options)
    expect(text.endsWith('}\n')).toBe(true)
    expect(sarifReporter(results, options)).toBe(text)
  })
})

describe('toUriReference', () => {
  it('percent-encodes each path segment but keeps the slashes', () => {
    expect(toUriReference('a b/c#d?e%f:g.md')).toBe('a%20b/c%23d%3Fe%25f%3Ag.md')
  })

  it('replaces a lone surrogate instead of throwing', () => {
    expect(toUriReference('x\uD800.md')).toBe('x%EF%BF%BD.md')
  })
})
