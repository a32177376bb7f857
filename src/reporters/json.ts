import type { FileResult, Finding, Reporter } from '../types.js'

/**
 * Stable machine output: `FileResult[]` with keys in contract order, 2-space indent and a
 * trailing newline; no absolute paths, timestamps or syntax-tree nodes.
 */
export const jsonReporter: Reporter = (results) =>
  `${JSON.stringify(results.map(toOrderedResult), null, 2)}\n`

function toOrderedResult(result: FileResult): FileResult {
  return { path: result.path, messages: result.messages.map(toOrderedFinding) }
}

function toOrderedFinding(finding: Finding): Finding {
  return {
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    severity: finding.severity,
    ruleId: finding.ruleId,
    source: finding.source,
    actual: finding.actual,
    expected: [...finding.expected],
    reason: finding.reason,
  }
}
