import type { ChalkInstance } from 'chalk'
import type { FileResult, Finding, Reporter, Severity } from '../types.js'
import { tallyFindings } from './tally.js'

// How much of a long source line to show on each side of the flagged word.
const contextWidth = 40

/**
 * Human output: per file, each finding as `line:col  severity  reason  ruleId` with its source
 * line and the word marked; then a tally of repeated misspellings ("EnroChat ×11 → EncroChat");
 * then a summary line.
 */
export const stylishReporter: Reporter = (results, { chalk, sources }) => {
  const blocks: string[] = []
  for (const result of results) {
    if (result.messages.length === 0) continue
    const source = sources.get(result.path)
    const lines = source === undefined ? [] : source.split(/\r\n|\r|\n/)
    blocks.push(formatFile(result, lines, chalk))
  }
  const tally = formatTally(results, chalk)
  if (tally) blocks.push(tally)
  blocks.push(formatSummary(results, chalk))
  return `${blocks.join('\n\n')}\n`
}

function formatFile(result: FileResult, lines: readonly string[], chalk: ChalkInstance): string {
  const placeWidth = Math.max(...result.messages.map((f) => `${f.line}:${f.column}`.length))
  const severityWidth = Math.max(...result.messages.map((f) => f.severity.length))
  const rows = result.messages.map((finding) => {
    const place = `${finding.line}:${finding.column}`.padStart(placeWidth)
    const severity = paintSeverity(finding.severity, chalk, severityWidth)
    const head = `  ${chalk.dim(place)}  ${severity}  ${finding.reason}  ${chalk.dim(finding.ruleId)}`
    const excerpt = formatExcerpt(lines[finding.line - 1], finding, chalk)
    const indent = ' '.repeat(placeWidth + 4)
    return excerpt.length > 0 ? `${head}\n${excerpt.map((line) => indent + line).join('\n')}` : head
  })
  return [chalk.underline(result.path), ...rows].join('\n')
}

function paintSeverity(severity: Severity, chalk: ChalkInstance, width: number): string {
  const padded = severity.padEnd(width)
  if (severity === 'error') return chalk.red(padded)
  return severity === 'warning' ? chalk.yellow(padded) : chalk.blue(padded)
}

/** The source line around the finding, the word marked in colour or with carets beneath. */
function formatExcerpt(line: string | undefined, finding: Finding, chalk: ChalkInstance): string[] {
  if (line === undefined) return []
  const start = Math.min(finding.column - 1, line.length)
  const end =
    finding.endLine === finding.line ? Math.min(finding.endColumn - 1, line.length) : line.length
  const from = Math.max(0, start - contextWidth)
  const to = Math.min(line.length, Math.max(end, start + 1) + contextWidth)
  const before = (from > 0 ? '…' : '') + line.slice(from, start)
  const word = line.slice(start, end)
  const after = line.slice(end, to) + (to < line.length ? '…' : '')
  if (chalk.level > 0) return [`${before}${chalk.red.bold.underline(word)}${after}`]
  return [
    `${before}${word}${after}`,
    ' '.repeat(before.length) + '^'.repeat(Math.max(1, word.length)),
  ]
}

function formatTally(results: readonly FileResult[], chalk: ChalkInstance): string {
  const repeated = tallyFindings(results).filter((entry) => entry.count > 1)
  return repeated
    .map((entry) => {
      const fix = entry.suggestion ? ` → ${chalk.green(entry.suggestion)}` : ''
      return `${chalk.bold(entry.actual)} ×${entry.count}${fix}`
    })
    .join('\n')
}

function formatSummary(results: readonly FileResult[], chalk: ChalkInstance): string {
  const findings = results.flatMap((result) => result.messages)
  const files = plural(results.length, 'file')
  if (findings.length === 0) return chalk.green(`✔ No problems in ${files}`)
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length
  const problems = plural(findings.length, 'problem')
  const parts = [plural(count('error'), 'error'), plural(count('warning'), 'warning')]
  if (count('info') > 0) parts.push(`${count('info')} info`)
  const text = `✖ ${problems} (${parts.join(', ')}) in ${files}`
  return count('error') > 0 ? chalk.red.bold(text) : chalk.yellow.bold(text)
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
