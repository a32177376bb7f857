/**
 * The prescan's question about a word with a stop after it (`Fulton.`): is the stop the end of
 * the sentence, or part of the word (`Mr.`, `Calif.`, `etc. and`)? parse-latin joins it to the
 * word before a lower-case word; parse-english also joins it, whatever follows, to a word in its
 * lists of abbreviations. Where the stop surely ends the sentence, the word is the same parsed
 * alone as in its paragraph.
 */
import { parsedWordAt } from './parse-probe.js'
import type { ScannedChunk } from './prescan-runs.js'
import type { RunShape } from './prescan-words.js'

/** Whether the stop after run `index` of a chunk's `text` surely ends its sentence. */
export type StopCheck = (text: string, runs: ScannedChunk, index: number) => boolean

/**
 * Builds the check, with one answer per word about the abbreviation lists, asked of
 * parse-english itself (`Calif. A` parses as one word and a sentence), so the two never disagree.
 */
export function createStopCheck(): StopCheck {
  const apart = new Map<string, boolean>()
  const isKeptApart = (core: string): boolean => {
    let verdict = apart.get(core)
    if (verdict === undefined) {
      verdict = parsedWordAt(`${core}. A`, 0) === core
      apart.set(core, verdict)
    }
    return verdict
  }
  return (text, { starts, ends, shapes }, index) => {
    const shape = shapes[index] as RunShape
    const end = ends[index] as number
    // The stop alone after the word, then white space only, then the end of the chunk or a
    // plain word (no stop of its own: `Dr.` may be read as a name) starting with a capital,
    // digit or opening mark.
    if (end - (starts[index] as number) !== shape.coreStart + shape.core.length + 1) return false
    const next = starts[index + 1] ?? text.length
    const after = shapes[index + 1]
    return (
      /^\s*$/.test(text.slice(end, next)) &&
      (next === text.length ||
        (after !== undefined &&
          !after.odd &&
          !after.dotted &&
          /[A-Z0-9“(]/.test(text.charAt(next)))) &&
      isKeptApart(shape.core)
    )
  }
}
