import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Severity } from '../types.js'
import { applySeverity } from './severity.js'

/** What a rule reports about one place. */
export interface RuleFinding {
  reason: string
  place: NonNullable<VFileMessage['place']>
  /** The text as written at the place. */
  actual: string
  /** Replacements, best first; none when the rule has no fix to offer. */
  expected: string[]
}

/** Adds rule `ruleId`'s finding to `file` as every rule of ours does: source, actual, expected, severity. */
export function reportFinding(
  file: VFile,
  ruleId: string,
  severity: Severity,
  finding: RuleFinding,
): VFileMessage {
  // A message is an Error: V8 records the call stack when one is made (a tenth of a large
  // draft's findings' cost), and vfile-message then overwrites the stack anyway.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: VFileMessage
  try {
    message = file.message(finding.reason, { place: finding.place, ruleId, source: 'proofread' })
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  message.actual = finding.actual
  message.expected = finding.expected
  applySeverity(message, severity)
  return message
}
