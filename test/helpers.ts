import type { FileResult, Finding } from '../src/types.js'

/**
 * Builds a finding with sensible defaults: a `proper-noun` warning on `EnroChat` at line 1,
 * column 1. Pass only what the test is about.
 */
export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  const actual = overrides.actual ?? 'EnroChat'
  const expected = overrides.expected ?? ['EncroChat']
  const line = overrides.line ?? 1
  const column = overrides.column ?? 1
  return {
    line,
    column,
    endLine: overrides.endLine ?? line,
    endColumn: overrides.endColumn ?? column + actual.length,
    severity: overrides.severity ?? 'warning',
    ruleId: overrides.ruleId ?? 'proper-noun',
    source: overrides.source ?? 'proofread',
    actual,
    expected,
    reason:
      overrides.reason ??
      `Unexpected \`${actual}\`${expected[0] === undefined ? '' : `, expected \`${expected[0]}\``}`,
  }
}

/** Builds the result of one checked file. */
export function makeResult(path: string, findings: Finding[] = []): FileResult {
  return { path, messages: findings }
}
