import type { Reporter } from '../types.js'

/**
 * Prints one line per finding, `path:line:col: severity: reason (ruleId)`, for editors' problem
 * matchers and for grep. Prints nothing when there are no findings.
 */
export const compactReporter: Reporter = (results) => {
  const lines = results.flatMap((result) =>
    result.messages.map(
      (finding) =>
        `${result.path}:${finding.line}:${finding.column}: ${finding.severity}: ${toOneLine(finding.reason)} (${finding.ruleId})`,
    ),
  )
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

// A line break inside a reason would split one finding over two lines and break line-based tools.
function toOneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ')
}
