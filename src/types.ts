import type { ChalkInstance } from 'chalk'

/** How serious a finding is: errors and warnings fail the run, info does not. */
export type Severity = 'error' | 'warning' | 'info'

/** One problem in a draft, at one place. Keys are in the order the JSON output prints them. */
export interface Finding {
  line: number
  column: number
  endLine: number
  endColumn: number
  severity: Severity
  ruleId: string
  source: string
  actual: string
  expected: string[]
  reason: string
}

/** The findings of one checked file; `path` is relative to the working directory, with `/` separators. */
export interface FileResult {
  path: string
  messages: Finding[]
}

/** Process exit code: 0 clean, 1 findings at or above the failing severity, 2 usage or I/O error. */
export type ExitCode = 0 | 1 | 2

/** Options every reporter receives. */
export interface ReporterOptions {
  /** A chalk instance at the wanted colour level (level 0 for no colour); never the default import. */
  chalk: ChalkInstance
  /** The drafts' texts (BOM removed), by result path, for reporters that quote the source. */
  sources: ReadonlyMap<string, string>
}

/** Turns results into the text written to stdout or `--output`. */
export type Reporter = (results: readonly FileResult[], options: ReporterOptions) => string
