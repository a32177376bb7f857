/**
 * Rule `house-correction`: flags the wrong forms the house lists record, with exactly the
 * recorded correction, and the words they forbid.
 *
 * Why: some mistakes recur on the desk (`EnroChat` for `EncroChat`), and some words the
 * dictionary accepts are house style errors (`!irregardless`). A list line says so once, and
 * every draft is held to it, whatever the other rules would suggest.
 *
 * OK: `EncroChat was shut down.` (with `EnroChat -> EncroChat` in a list)
 * Not OK: `EnroChat was shut down.` → expected `EncroChat`; `irregardless` (with
 * `!irregardless` in a list) → no suggestion
 *
 * A form matches as written, in capitals (`ENROCHAT` → `ENCROCHAT`), and, when the list writes
 * it in lower case, capitalised (`Teh` → `The`). Hyphenated and possessive words are matched part
 * by part, and a hyphenated wrong form (`e-mail -> email`) as a whole.
 */
import type { Position } from 'unist'
import { type WordCheck, wordRule } from '../prose-words.js'
import type { Severity } from '../types.js'
import { reportFinding } from './report.js'

/** Options of the house-correction rule. */
export interface HouseCorrectionOptions {
  /** Wrong form → correction, from `Wrong -> Right` list lines. */
  corrections: ReadonlyMap<string, string>
  /** Forbidden words, from `!word` list lines. */
  forbidden: ReadonlySet<string>
  severity: Severity
}

/** The unified plugin of rule `house-correction`. */
export function houseCorrection(options: HouseCorrectionOptions) {
  return wordRule(createHouseCorrectionCheck(options))
}

/** Rule `house-correction`'s check of one word. */
export function createHouseCorrectionCheck(options: HouseCorrectionOptions): WordCheck {
  const { severity } = options
  const correct = createFormLookup(options.corrections)
  const forbid = createFormLookup(new Map([...options.forbidden].map((word) => [word, word])))

  return (word, file) => {
    const report = (actual: string, place: Position): boolean => {
      const right = correct(actual)
      const isForbidden = right === undefined && forbid(actual) !== undefined
      if (right === undefined && !isForbidden) return false
      const reason =
        right === undefined
          ? `Unexpected \`${actual}\` (forbidden by the house list)`
          : `Unexpected \`${actual}\`, expected \`${right}\` (house correction)`
      const expected = right === undefined ? [] : [right]
      reportFinding(file, 'house-correction', severity, { reason, place, actual, expected })
      return true
    }

    const first = word.tokens[0]
    const last = word.tokens.at(-1)
    if (word.tokens.length > 1 && first && last) {
      const whole = word.lookup.replace(/'s?$/, '')
      if (report(whole, { start: first.position.start, end: last.position.end })) return
    }
    for (const token of word.tokens) report(token.lookup, token.position)
  }
}

/**
 * A lookup from a form as written in a draft to the value recorded for it: the form as listed,
 * in capitals, or capitalised when the list writes it in lower case; the value follows suit.
 */
export function createFormLookup(
  forms: ReadonlyMap<string, string>,
): (word: string) => string | undefined {
  const byVariant = new Map<string, string>()
  // Variants first, then exact forms, so a form listed as written always wins over a variant.
  for (const [form, value] of forms) {
    byVariant.set(form.toUpperCase(), value.toUpperCase())
    if (form === form.toLowerCase()) byVariant.set(capitalise(form), capitalise(value))
  }
  for (const [form, value] of forms) byVariant.set(form, value)
  return (word) => byVariant.get(word)
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
