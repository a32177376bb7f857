import type { VFile } from 'vfile'

/** An inline control comment found in a draft, by the line it is on. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'ignore'
  /** The comment's first and last line. */
  line: number
  endLine: number
  /** Words accepted in this file (`proofread-ignore EnroChat Lemont`). */
  words: string[]
}

const directivePattern = /^\s*proofread-(disable-next-line|disable|enable|ignore)\b([\s\S]*)$/

/** Reads a comment's text (without `<!--` and `-->`) as a directive, if it is one. */
export function parseDirective(
  comment: string,
  line: number,
  endLine: number,
): Directive | undefined {
  const match = directivePattern.exec(comment)
  if (!match) return undefined
  const kind = match[1] as Directive['kind']
  const words =
    kind === 'ignore'
      ? (match[2] ?? '')
          .trim()
          .split(/[\s,]+/)
          .filter(Boolean)
      : []
  return { kind, line, endLine, words }
}

/** Where a file keeps its directives between parsing and filtering. */
export function directivesOf(file: VFile): Directive[] {
  const data = file.data as { directives?: Directive[] }
  data.directives ??= []
  return data.directives
}

/**
 * Drops the messages that inline control turns off: lines between `proofread-disable` and
 * `proofread-enable`, the line after `proofread-disable-next-line`, words named by
 * `proofread-ignore`. (A word followed by `[sic]` is never flagged in the first place: see
 * `sic.ts`.)
 */
export function applySuppressions(file: VFile): void {
  const directives = [...directivesOf(file)].sort((a, b) => a.line - b.line)
  const lines = String(file.value).split(/\r\n|\r|\n/)
  const ignoredWords = new Set(directives.flatMap((directive) => directive.words))
  const disabledRanges = toDisabledRanges(directives, lines)
  file.messages = file.messages.filter((message) => {
    const start = message.place && 'start' in message.place ? message.place.start : message.place
    if (!start) return true
    if (message.actual && ignoredWords.has(message.actual)) return false
    return !disabledRanges.some(([from, to]) => start.line >= from && start.line <= to)
  })
}

function toDisabledRanges(
  directives: readonly Directive[],
  lines: readonly string[],
): [number, number][] {
  const ranges: [number, number][] = []
  let disabledFrom: number | undefined
  for (const directive of directives) {
    if (directive.kind === 'disable' && disabledFrom === undefined) disabledFrom = directive.line
    if (directive.kind === 'enable' && disabledFrom !== undefined) {
      ranges.push([disabledFrom, directive.line])
      disabledFrom = undefined
    }
    if (directive.kind === 'disable-next-line') {
      let next = directive.endLine + 1
      while (next <= lines.length && /^\s*$/.test(lines[next - 1] ?? '')) next++
      ranges.push([next, next])
    }
  }
  if (disabledFrom !== undefined) ranges.push([disabledFrom, Number.POSITIVE_INFINITY])
  return ranges
}
