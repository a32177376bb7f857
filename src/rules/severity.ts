import type { VFileMessage } from 'vfile-message'
import type { Severity } from '../types.js'

/** Marks `message` with `severity` the way vfile does: fatal true is an error, false a warning. */
export function applySeverity(message: VFileMessage, severity: Severity): void {
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
}
