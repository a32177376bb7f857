import path from 'node:path'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { describeMiss } from './rules/spelling.js'
import type { ExitCode, FileResult, Finding, Severity } from './types.js'

/** Rules from most to least specific: when several flag one place, the first one reports it. */
export const rulePrecedence: readonly string[] = [
  'house-correction',
  'proper-noun',
  'name-consistency',
  'spelling',
  'repeated-word',
  'indefinite-article',
]

// What a less specific rule adds when its finding is folded into another's reason.
const evidence: Readonly<Record<string, string>> = {
  'proper-noun': 'near a listed name',
  'name-consistency': 'spelt another way elsewhere in this draft',
  spelling: 'not in the dictionary either',
}

/**
 * Maps the files' messages to results: one finding per place (the most specific rule's, with the
 * others' evidence folded into its reason), sorted by position, paths relative to `cwd`.
 */
export function toResults(files: readonly VFile[], cwd: string): FileResult[] {
  return files.map((file) => ({
    path: toResultPath(file.path, cwd),
    messages: mergeByPlace(file.messages.flatMap(toFinding)).sort(byPosition),
  }))
}

/** A path relative to `cwd`, with `/` separators. */
export function toResultPath(filePath: string, cwd: string): string {
  const relative = path.isAbsolute(filePath) ? path.relative(cwd, filePath) : filePath
  return relative.split(path.sep).join('/')
}

function toFinding(message: VFileMessage): Finding[] {
  const isRetextSpell = message.source === 'retext-spell'
  // retext-spell says it stopped suggesting; we never cap suggestions, so this is noise.
  if (isRetextSpell && message.ruleId === 'overflow') return []
  const actual = message.actual ?? ''
  const expected = [...(message.expected ?? [])].slice(0, 5)
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : place
  return [
    {
      line: start?.line ?? 1,
      column: start?.column ?? 1,
      endLine: end?.line ?? start?.line ?? 1,
      endColumn: end?.column ?? start?.column ?? 1,
      severity: toSeverity(message.fatal),
      // retext-spell uses the word itself as its ruleId; we report it as the spelling rule.
      ruleId: isRetextSpell ? 'spelling' : (message.ruleId ?? 'unknown'),
      source: isRetextSpell ? 'proofread' : (message.source ?? 'proofread'),
      actual,
      expected,
      reason: isRetextSpell ? describeMiss(actual, expected) : message.reason,
    },
  ]
}

function toSeverity(fatal: boolean | null | undefined): Severity {
  if (fatal === true) return 'error'
  return fatal === false ? 'warning' : 'info'
}

function mergeByPlace(findings: readonly Finding[]): Finding[] {
  const byPlace = new Map<string, Finding[]>()
  for (const finding of findings) {
    const key = `${finding.line}:${finding.column}:${finding.endLine}:${finding.endColumn}`
    const group = byPlace.get(key)
    if (group) group.push(finding)
    else byPlace.set(key, [finding])
  }
  return [...byPlace.values()].map(mergeFindings)
}

function mergeFindings(group: readonly Finding[]): Finding {
  // Most places have one finding: nothing to rank or fold (all but a few hundred of the 6 MB
  // corpus's 16,658).
  if (group.length === 1) return group[0] as Finding
  const [winner, ...others] = [...group].sort((a, b) => rank(a.ruleId) - rank(b.ruleId))
  if (!winner) throw new Error('Cannot merge an empty group of findings')
  if (others.length === 0) return winner
  // The winner's suggestions stand alone: a listed name is a surer fix than a dictionary guess,
  // and a single suggestion is what makes a finding safe for --fix.
  const notes = others.flatMap((other) => evidence[other.ruleId] ?? [])
  return {
    ...winner,
    severity: mostSevere(group.map((finding) => finding.severity)),
    reason: [winner.reason, ...new Set(notes)].join('; '),
  }
}

function rank(ruleId: string): number {
  const index = rulePrecedence.indexOf(ruleId)
  return index === -1 ? rulePrecedence.length : index
}

function mostSevere(severities: readonly Severity[]): Severity {
  if (severities.includes('error')) return 'error'
  return severities.includes('warning') ? 'warning' : 'info'
}

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || rank(a.ruleId) - rank(b.ruleId)
}

/** Exit code for results: 1 when any finding is an error, or warnings exceed `maxWarnings`. */
export function exitCodeFor(results: readonly FileResult[], maxWarnings = -1): ExitCode {
  let warnings = 0
  for (const result of results) {
    for (const finding of result.messages) {
      if (finding.severity === 'error') return 1
      if (finding.severity === 'warning') warnings++
    }
  }
  return warnings > Math.max(maxWarnings, 0) ? 1 : 0
}
