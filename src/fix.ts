import type { Finding } from './types.js'

/** A replacement of one span of a text; offsets are 0-based UTF-16 code units, `end` exclusive. */
export interface Edit {
  start: number
  end: number
  text: string
}

/** Rules whose single suggestion is safe to apply without a person looking at it. */
export const fixableRules: readonly string[] = [
  'house-correction',
  'proper-noun',
  'repeated-word',
  'indefinite-article',
]

/** Whether `finding` can be fixed unattended: a fixable rule with exactly one suggestion. */
export function isSafeFix(finding: Finding): boolean {
  return fixableRules.includes(finding.ruleId) && finding.expected.length === 1
}

/**
 * The edits that fix the safe findings of `text`, in order. A finding whose span does not hold
 * its `actual` text (stale positions) or overlaps an earlier edit is skipped.
 */
export function planFixes(text: string, findings: readonly Finding[]): Edit[] {
  const candidates = findings.flatMap((finding) => {
    const replacement = finding.expected[0]
    if (!isSafeFix(finding) || replacement === undefined) return []
    const edit = toEdit(text, finding, replacement)
    return edit ? [edit] : []
  })
  return withoutOverlaps(candidates)
}

/**
 * The edit that replaces `finding`'s span with `replacement`, or undefined when the span is not
 * in `text` or does not hold the finding's `actual` text.
 */
export function toEdit(text: string, finding: Finding, replacement: string): Edit | undefined {
  const starts = lineStarts(text)
  const start = toOffset(text, starts, finding.line, finding.column)
  const end = toOffset(text, starts, finding.endLine, finding.endColumn)
  if (start === undefined || end === undefined || end < start) return undefined
  if (finding.actual !== '' && text.slice(start, end) !== finding.actual) return undefined
  return { start, end, text: replacement }
}

/** Applies edits in order of position; an edit that overlaps an earlier one is left out. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = ''
  let reached = 0
  for (const edit of withoutOverlaps(edits)) {
    result += text.slice(reached, edit.start) + edit.text
    reached = edit.end
  }
  return result + text.slice(reached)
}

/** The edits sorted by position, without any that overlaps one before it or is a no-op. */
export function withoutOverlaps(edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  const kept: Edit[] = []
  let reached = 0
  for (const edit of sorted) {
    // Two insertions at one point, or an edit inside another, would make the result ambiguous.
    const previous = kept.at(-1)
    const touches = previous !== undefined && edit.start === previous.start
    if (edit.start < reached || touches) continue
    kept.push(edit)
    reached = edit.end
  }
  return kept
}

/** The offset where each line starts; LF, CRLF and CR all end a line, as vfile counts them. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x0d && text.charCodeAt(index + 1) === 0x0a) index++
    if (code === 0x0a || code === 0x0d) starts.push(index + 1)
  }
  return starts
}

/** The offset of a 1-based line and column, or undefined when it is past the end of its line. */
function toOffset(
  text: string,
  starts: readonly number[],
  line: number,
  column: number,
): number | undefined {
  const lineStart = starts[line - 1]
  if (lineStart === undefined || column < 1) return undefined
  const nextStart = starts[line] ?? text.length
  const offset = lineStart + column - 1
  return offset > nextStart ? undefined : offset
}
