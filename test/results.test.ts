import path from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { exitCodeFor, rulePrecedence, toResultPath, toResults } from '../src/results.js'
import { makeFinding, makeResult, repoRoot } from './helpers.js'

interface MessageSpec {
  reason: string
  line: number
  column: number
  length: number
  ruleId: string
  source: string
  actual: string
  expected: string[]
  fatal?: boolean | undefined
}

/** A file at `relativePath` under the repo root with the given messages. */
function fileWith(relativePath: string, messages: MessageSpec[]): VFile {
  const file = new VFile({ path: path.join(repoRoot, relativePath), value: '', cwd: repoRoot })
  for (const spec of messages) {
    const message = file.message(spec.reason, {
      place: {
        start: { line: spec.line, column: spec.column },
        end: { line: spec.line, column: spec.column + spec.length },
      },
      ruleId: spec.ruleId,
      source: spec.source,
    })
    message.actual = spec.actual
    message.expected = spec.expected
    message.fatal = spec.fatal
  }
  return file
}

const properNounMiss: MessageSpec = {
  reason: 'Unexpected `EnroChat`, expected `EncroChat` (listed name)',
  line: 2,
  column: 5,
  length: 8,
  ruleId: 'proper-noun',
  source: 'proofread',
  actual: 'EnroChat',
  expected: ['EncroChat'],
  fatal: true,
}

const spellingMiss: MessageSpec = {
  ...properNounMiss,
  reason: 'Unexpected `EnroChat`, expected `Enrich` or `EncroChat`',
  ruleId: 'spelling',
  expected: ['Enrich', 'EncroChat', 'Encroach', 'Enrichment', 'Enrol', 'Enrolled'],
  fatal: false,
}

describe('toResults', () => {
  it('maps each message to a finding with the contract keys', () => {
    const [result] = toResults([fileWith('drafts/a.txt', [properNounMiss])], repoRoot)
    expect(result).toEqual({
      path: 'drafts/a.txt',
      messages: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 13,
          severity: 'error',
          ruleId: 'proper-noun',
          source: 'proofread',
          actual: 'EnroChat',
          expected: ['EncroChat'],
          reason: 'Unexpected `EnroChat`, expected `EncroChat` (listed name)',
        },
      ],
    })
  })

  it('keeps the proper-noun finding where spelling flags the same place', () => {
    for (const order of [
      [spellingMiss, properNounMiss],
      [properNounMiss, spellingMiss],
    ]) {
      const findings = toResults([fileWith('a.txt', order)], repoRoot)[0]?.messages ?? []
      expect(findings).toHaveLength(1)
      expect(findings[0]?.ruleId).toBe('proper-noun')
      expect(findings[0]?.expected[0]).toBe('EncroChat')
      expect(findings[0]?.reason).toBe(
        'Unexpected `EnroChat`, expected `EncroChat` (listed name); not in the dictionary either',
      )
    }
  })

  it('keeps only the winning rule’s suggestions when findings at one place merge', () => {
    const findings = toResults([fileWith('a.txt', [spellingMiss, properNounMiss])], repoRoot)[0]
    expect(findings?.messages[0]?.expected).toEqual(['EncroChat'])
  })

  it('takes the most severe severity of the findings it merges', () => {
    const quiet = { ...properNounMiss, fatal: undefined }
    const findings = toResults([fileWith('a.txt', [quiet, spellingMiss])], repoRoot)[0]
    expect(findings?.messages[0]).toMatchObject({ ruleId: 'proper-noun', severity: 'warning' })
  })

  it('keeps findings at different places apart', () => {
    const elsewhere = { ...spellingMiss, column: 20 }
    const findings = toResults([fileWith('a.txt', [properNounMiss, elsewhere])], repoRoot)[0]
    expect(findings?.messages.map((f) => [f.column, f.ruleId])).toEqual([
      [5, 'proper-noun'],
      [20, 'spelling'],
    ])
  })

  it('caps the suggestions of a single finding at 5', () => {
    const findings = toResults([fileWith('a.txt', [spellingMiss])], repoRoot)[0]
    expect(findings?.messages[0]?.expected).toHaveLength(5)
  })

  it.each([
    [true, 'error'],
    [false, 'warning'],
    [undefined, 'info'],
  ] as const)('maps fatal %s to severity %s', (fatal, severity) => {
    const findings = toResults([fileWith('a.txt', [{ ...spellingMiss, fatal }])], repoRoot)[0]
    expect(findings?.messages[0]?.severity).toBe(severity)
  })

  it('sorts findings by line, then column', () => {
    const at = (line: number, column: number) => ({ ...spellingMiss, line, column })
    const file = fileWith('a.txt', [at(3, 1), at(1, 9), at(2, 4), at(1, 2)])
    const findings = toResults([file], repoRoot)[0]?.messages ?? []
    expect(findings.map((f) => [f.line, f.column])).toEqual([
      [1, 2],
      [1, 9],
      [2, 4],
      [3, 1],
    ])
  })

  it('keeps the files in the order given, files without findings included', () => {
    const results = toResults([fileWith('b.txt', []), fileWith('a.txt', [spellingMiss])], repoRoot)
    expect(results.map((result) => [result.path, result.messages.length])).toEqual([
      ['b.txt', 0],
      ['a.txt', 1],
    ])
  })

  it('relabels retext-spell messages as the spelling rule with our reason', () => {
    const retextSpell: MessageSpec = {
      reason: '`Enrich` is misspelt',
      line: 1,
      column: 1,
      length: 7,
      ruleId: 'enrichh',
      source: 'retext-spell',
      actual: 'enrichh',
      expected: ['enrich', 'enriches'],
      fatal: false,
    }
    const [finding] = toResults([fileWith('a.txt', [retextSpell])], repoRoot)[0]?.messages ?? []
    expect(finding).toMatchObject({
      ruleId: 'spelling',
      source: 'proofread',
      actual: 'enrichh',
      expected: ['enrich', 'enriches'],
      reason: 'Unexpected `enrichh`, expected `enrich` or `enriches`',
    })
  })

  it('drops retext-spell’s overflow notice', () => {
    const overflow: MessageSpec = {
      ...spellingMiss,
      ruleId: 'overflow',
      source: 'retext-spell',
    }
    expect(toResults([fileWith('a.txt', [overflow])], repoRoot)[0]?.messages).toEqual([])
  })

  it('ranks proper-noun above spelling', () => {
    expect(rulePrecedence.indexOf('proper-noun')).toBeLessThan(rulePrecedence.indexOf('spelling'))
  })
})

describe('toResultPath', () => {
  it('makes an absolute path relative to the working directory', () => {
    expect(toResultPath(path.join(repoRoot, 'fixtures', 'draft.txt'), repoRoot)).toBe(
      'fixtures/draft.txt',
    )
  })

  it('keeps a relative path as given', () => {
    expect(toResultPath('<stdin>', repoRoot)).toBe('<stdin>')
  })

  it('uses `/` separators', () => {
    const nested = path.join(repoRoot, 'a', 'b', 'c.txt')
    expect(toResultPath(nested, repoRoot)).toBe('a/b/c.txt')
  })
})

describe('exitCodeFor', () => {
  const warning = makeFinding({ severity: 'warning' })
  const error = makeFinding({ severity: 'error' })
  const info = makeFinding({ severity: 'info' })

  it('gives 0 when there are no findings', () => {
    expect(exitCodeFor([makeResult('a.txt'), makeResult('b.txt')])).toBe(0)
  })

  it('gives 0 when there are only info findings', () => {
    expect(exitCodeFor([makeResult('a.txt', [info, info])])).toBe(0)
  })

  it('gives 1 for any warning by default', () => {
    expect(exitCodeFor([makeResult('a.txt'), makeResult('b.txt', [warning])])).toBe(1)
  })

  it('gives 1 for any error', () => {
    expect(exitCodeFor([makeResult('a.txt', [error])])).toBe(1)
    expect(exitCodeFor([makeResult('a.txt', [error])], 10)).toBe(1)
  })

  it('allows up to maxWarnings warnings across files', () => {
    const results = [makeResult('a.txt', [warning]), makeResult('b.txt', [warning])]
    expect(exitCodeFor(results, 2)).toBe(0)
    expect(exitCodeFor(results, 1)).toBe(1)
    expect(exitCodeFor(results, 0)).toBe(1)
    expect(exitCodeFor(results, -1)).toBe(1)
  })
})
