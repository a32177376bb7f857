/**
 * retext-indefinite-article's verdicts on `a` and `an` before every form of a dictionary, asked
 * of the plugin by the build and kept in the compiled dictionary, a byte per form.
 *
 * The prescan asks whether the plugin flags an article before each distinct word that follows
 * one: ~9,500 questions over the 6 MB corpus, each ~15 µs of the plugin's own time (it tests the
 * word against some 70 patterns), 0.2 s in all. The answers for dictionary words never change
 * between runs, so the build asks them once; a run still asks the plugin about any other word
 * (names, misspellings, `well-known`) and after any other article (`A`, `An`). The verdicts are
 * the plugin's own, so the rule and the prescan go on agreeing with it.
 */
import { indexOfString, type StringTable, stringAt } from '../engine/string-table.js'

/** A dictionary's forms, and a byte of verdicts on each (see `buildArticleVerdicts`). */
export interface ArticleVerdicts {
  words: StringTable
  verdicts: Uint8Array
}

// The bits of a form's byte: the plugin was asked about it; it flags `a` before it; `an`.
const asked = 1
const flagsA = 2
const flagsAn = 4

/**
 * Asks `ask` (the plugin: `wouldFlagArticles`) about `a` and `an` before each form of `words`
 * that the verdicts can answer for (see `isWholeHead`), and gives the verdicts on each form, by
 * its index. `known` holds the bytes of forms asked about before (for another dialect).
 */
export function buildArticleVerdicts(
  words: StringTable,
  ask: (pairs: readonly (readonly [string, string])[]) => boolean[],
  known = new Map<string, number>(),
): Uint8Array {
  const forms = Array.from({ length: words.offsets.length - 1 }, (_, index) =>
    stringAt(words, index),
  )
  const unasked = [...new Set(forms)].filter((form) => isWholeHead(form) && !known.has(form))
  const flagged = ask(unasked.flatMap((form) => [['a', form] as const, ['an', form] as const]))
  unasked.forEach((form, index) => {
    known.set(
      form,
      asked | (flagged[2 * index] ? flagsA : 0) | (flagged[2 * index + 1] ? flagsAn : 0),
    )
  })
  return Uint8Array.from(forms, (form) => known.get(form) ?? 0)
}

/**
 * The plugin's verdict on `article` before the word `next`, or `undefined` when the build did
 * not ask it: after any article but `a` and `an`, or before any word that is not a form asked.
 */
export function builtVerdict(
  built: ArticleVerdicts,
  article: string,
  next: string,
): boolean | undefined {
  if (article !== 'a' && article !== 'an') return undefined
  const index = indexOfString(built.words, next)
  const byte = index < 0 ? 0 : (built.verdicts[index] ?? 0)
  if ((byte & asked) === 0) return undefined
  return (byte & (article === 'a' ? flagsA : flagsAn)) !== 0
}

/**
 * Whether the plugin decides on `word` whole: it reads a word only up to its first apostrophe,
 * space or hyphen, and spells out a leading number, so such words are left to it.
 */
function isWholeHead(word: string): boolean {
  return word !== '' && !/['’ -]/.test(word) && !/^\d/.test(word)
}
