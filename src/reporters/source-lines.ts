import type { Finding } from '../types.js'

/** A stretch of one line that a finding covers; offsets are 0-based UTF-16 code units. */
export interface Highlight {
  start: number
  end: number
  /** Index of the finding in its file's findings. */
  index: number
  finding: Finding
  /** False on the second and later lines of a finding that spans lines. */
  isFirst: boolean
}

/** One line of a draft and the highlights placed on it, in order and not overlapping. */
export interface SourceLine {
  number: number
  text: string
  highlights: Highlight[]
}

/**
 * Splits a draft into lines (LF, CRLF or CR, as vfile counts them) and places each finding on
 * the lines it covers by its 1-based line and column (UTF-16 code units, end column exclusive).
 * Positions past the end of a line are clamped to it. A finding that would overlap an earlier
 * one on the same line is left out there; reporters list every finding anyway.
 */
export function toSourceLines(source: string, findings: readonly Finding[]): SourceLine[] {
  const lines: SourceLine[] = source
    .split(/\r\n|\r|\n/)
    .map((text, i) => ({ number: i + 1, text, highlights: [] }))
  findings.forEach((finding, index) => {
    for (let number = finding.line; number <= finding.endLine; number++) {
      const line = lines[number - 1]
      if (line === undefined) break
      const start = number === finding.line ? clamp(finding.column - 1, line.text.length) : 0
      const end =
        number === finding.endLine
          ? clamp(finding.endColumn - 1, line.text.length)
          : line.text.length
      line.highlights.push({
        start,
        end: Math.max(start, end),
        index,
        finding,
        isFirst: number === finding.line,
      })
    }
  })
  for (const line of lines) line.highlights = withoutOverlaps(line.highlights)
  return lines
}

function clamp(offset: number, length: number): number {
  return Math.min(Math.max(offset, 0), length)
}

function withoutOverlaps(highlights: readonly Highlight[]): Highlight[] {
  const sorted = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Highlight[] = []
  let reached = 0
  for (const highlight of sorted) {
    if (highlight.start < reached) continue
    kept.push(highlight)
    reached = Math.max(highlight.end, highlight.start + 1)
  }
  return kept
}
