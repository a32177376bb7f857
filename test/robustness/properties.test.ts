import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../src/decode.js'
import { applyEdits, planFixes } from '../../src/fix.js'
import type { Finding } from '../../src/types.js'
import { checkText } from '../helpers.js'

// Fixed seed and modest runs: the same cases every time, and the suite stays fast.
const settings = { seed: 20_260_601, numRuns: 60 } as const

// Pieces that stress positions: astral characters, combining marks, RTL text, joiners, emoji,
// control characters, and words the rules flag.
const pieces = [
  'EnroChat',
  'secnd',
  'the the',
  'a apple',
  ' ',
  '. ',
  '\t',
  'e\u0301',
  '𝒜𝓁𝓅𝒽𝒶',
  'שלום עולם',
  'مرحبا',
  '\u200d',
  '👩‍👩‍👧',
  '🇬🇧',
  '\u0000',
  '\u0007',
  '\u202e',
  '\ufeff',
  '\u2028',
  'Zoë',
  'naïve',
]
const piece = fc.oneof(
  fc.constantFrom(...pieces),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
)
/** One line of text: pieces with no line break in them. */
const line = fc
  .array(piece, { maxLength: 12 })
  .map((parts) => parts.join('').replace(/\r\n|\r|\n/g, ' '))
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(line, { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n')),
)
const lfText = fc.array(line, { minLength: 1, maxLength: 6 })

/** Each line's start offset, counting LF, CRLF and CR as line ends. */
function lineStartsOf(value: string): number[] {
  const starts = [0]
  for (const match of value.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length)
  return starts
}

/** The offset of a 1-based line and column, or undefined when it is outside `value`. */
function offsetOf(value: string, line: number, column: number): number | undefined {
  const starts = lineStartsOf(value)
  const start = starts[line - 1]
  if (start === undefined || column < 1) return undefined
  const offset = start + column - 1
  const end = starts[line] ?? value.length
  return offset <= end ? offset : undefined
}

/** Where the findings are; a span across lines holds that text's own line break, so normalise it. */
function places(findings: readonly Finding[]) {
  return findings.map(({ line, column, endLine, endColumn, actual, ruleId }) => ({
    line,
    column,
    endLine,
    endColumn,
    actual: actual.replace(/\r\n|\r/g, '\n'),
    ruleId,
  }))
}

describe('properties of any text', () => {
  it('never throws, and every finding lies inside the text and holds its `actual`', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        for (const finding of await checkText(value)) {
          const start = offsetOf(value, finding.line, finding.column)
          const end = offsetOf(value, finding.endLine, finding.endColumn)
          expect(start, JSON.stringify(finding)).toBeDefined()
          expect(end, JSON.stringify(finding)).toBeDefined()
          expect(value.slice(start, end)).toBe(finding.actual)
        }
      }),
      settings,
    )
  }, 120_000)

  it('reports the same places for LF, CRLF and CR line endings and with a BOM', async () => {
    await fc.assert(
      fc.asyncProperty(lfText, async (lines) => {
        const lf = lines.join('\n')
        const expected = places(await checkText(lf))
        expect(places(await checkText(lines.join('\r\n')))).toEqual(expected)
        expect(places(await checkText(lines.join('\r')))).toEqual(expected)
        const decoded = decodeText(
          Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lf)]),
        )
        // Text with a NUL is binary and never checked; everything else decodes to the LF text.
        if (decoded.kind === 'text') expect(places(await checkText(decoded.text))).toEqual(expected)
      }),
      settings,
    )
  }, 120_000)
})

describe('properties of --fix', () => {
  /** The text with every safe fix applied, as `--fix` writes it. */
  async function fix(value: string): Promise<string> {
    return applyEdits(value, planFixes(value, await checkText(value)))
  }

  it('changes nothing outside the spans of the findings it fixes', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const edits = planFixes(value, await checkText(value))
        let reached = 0
        let rest = applyEdits(value, edits)
        for (const edit of edits) {
          const kept = value.slice(reached, edit.start)
          expect(rest.startsWith(kept + edit.text)).toBe(true)
          rest = rest.slice(kept.length + edit.text.length)
          reached = edit.end
        }
        expect(rest).toBe(value.slice(reached))
      }),
      settings,
    )
  }, 120_000)

  it('is idempotent: fixing twice gives what fixing once gave', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const once = await fix(value)
        expect(await fix(once)).toBe(once)
      }),
      settings,
    )
  }, 120_000)
})
