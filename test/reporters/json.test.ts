import { Chalk } from 'chalk'
import { describe, expect, it } from 'vitest'
import { jsonReporter } from '../../src/reporters/json.js'
import type { Finding, ReporterOptions } from '../../src/types.js'
import { makeFinding, makeResult } from '../helpers.js'

const options: ReporterOptions = { chalk: new Chalk({ level: 1 }), sources: new Map() }

describe('jsonReporter', () => {
  it('prints FileResult[] with 2-space indent, contract key order and a trailing newline', () => {
    const finding = makeFinding({ line: 3, column: 5, severity: 'error' })
    expect(
      jsonReporter([makeResult('drafts/a.txt', [finding]), makeResult('b.txt')], options),
    ).toBe(`[
  {
    "path": "drafts/a.txt",
    "messages": [
      {
        "line": 3,
        "column": 5,
        "endLine": 3,
        "endColumn": 13,
        "severity": "error",
        "ruleId": "proper-noun",
        "source": "proofread",
        "actual": "EnroChat",
        "expected": [
          "EncroChat"
        ],
        "reason": "Unexpected \`EnroChat\`, expected \`EncroChat\`"
      }
    ]
  },
  {
    "path": "b.txt",
    "messages": []
  }
]
`)
  })

  it('orders keys as the contract does whatever order the finding has', () => {
    const finding = makeFinding()
    const shuffled = Object.fromEntries(Object.entries(finding).reverse()) as unknown as Finding
    const parsed = JSON.parse(jsonReporter([makeResult('a.txt', [shuffled])], options)) as {
      messages: Finding[]
    }[]
    expect(Object.keys(parsed[0]?.messages[0] ?? {})).toEqual([
      'line',
      'column',
      'endLine',
      'endColumn',
      'severity',
      'ruleId',
      'source',
      'actual',
      'expected',
      'reason',
    ])
  })

  it('leaves out anything not in the contract', () => {
    const extra = { ...makeFinding(), node: { type: 'WordNode' }, time: 1 } as Finding
    const result = { ...makeResult('a.txt', [extra]), cwd: '/home/editor' }
    const output = jsonReporter([result], options)
    expect(output).not.toContain('WordNode')
    expect(output).not.toContain('/home/editor')
    expect(Object.keys(JSON.parse(output)[0])).toEqual(['path', 'messages'])
  })

  it('prints an empty array for no files, never colour', () => {
    expect(jsonReporter([], options)).toBe('[]\n')
  })
})
