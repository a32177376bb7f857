import type { Finding, Reporter, Severity } from '../types.js'

const commands: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' }

/**
 * Prints GitHub Actions workflow commands, one per finding, so that findings show as annotations
 * on the pull request: `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::reason`.
 * Info findings become `::notice`. Values are escaped as GitHub's runner unescapes them.
 */
export const githubReporter: Reporter = (results) => {
  const lines = results.flatMap((result) =>
    result.messages.map((finding) => toCommand(result.path, finding)),
  )
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

function toCommand(path: string, finding: Finding): string {
  const properties: [string, string][] = [
    ['file', path],
    ['line', String(finding.line)],
    ['col', String(finding.column)],
    ['endLine', String(finding.endLine)],
    ['endColumn', String(finding.endColumn)],
    ['title', `proofread(${finding.ruleId})`],
  ]
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',')
  return `::${commands[finding.severity]} ${list}::${escapeData(finding.reason)}`
}

/** Escapes a workflow command's message: `%`, CR and LF, as the Actions toolkit does. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Escapes a workflow command's property value: as {@link escapeData}, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
