/**
 * Rule `spelling`: flags words that neither dictionary-en nor the house lists know, with the
 * engine's suggestions, best first.
 *
 * Why: a typo in an ordinary word is as visible to readers as one in a name.
 *
 * OK: `The authorities seized drugs.`
 * Not OK: `The athorities seized drugs.` → expected `authorities`
 *
 * Hyphenated compounds are checked part by part (`EncroChat-based`), possessives by their base
 * (`EncroChat’s`), words in quotes too (a misspelling in a quotation is still one), and words
 * with digits (`£54m`, `1990s`) not at all.
 */
import { isKnownWord, type Lexicon } from '../lexicon.js'
import { type WordCheck, wordRule } from '../prose-words.js'
import { suggestLaterFor } from '../suggest-later.js'
import type { Severity } from '../types.js'
import { reportFinding } from './report.js'

// Suggestions shown per miss.
const limit = 5

/** Options of the spelling rule. */
export interface SpellingOptions {
  lexicon: Lexicon
  severity: Severity
  /** The proper-noun rule is on: it reports misses of listed names, with the name as the fix. */
  namesFirst?: boolean
}

function isNameMiss(lexicon: Lexicon, word: string): boolean {
  return (
    lexicon.names.caseVariantOf(word) !== undefined || lexicon.names.nearMisses(word).length > 0
  )
}

/** The unified plugin of rule `spelling`. */
export function spelling(options: SpellingOptions) {
  return wordRule(createSpellingCheck(options))
}

/** Rule `spelling`'s check of one word; its suggestions are cached for the check's life. */
export function createSpellingCheck(options: SpellingOptions): WordCheck {
  const { lexicon, severity } = options
  // Cache suggestions for the whole run: the same typo often recurs in one draft and across drafts.
  const suggestions = new Map<string, string[]>()
  const suggest = (word: string): string[] => {
    let found = suggestions.get(word)
    if (!found) {
      found = lexicon.engine.suggest(word, limit)
      suggestions.set(word, found)
    }
    return found
  }

  return (word, file) => {
    if (isKnownWord(lexicon, word.lookup)) return
    for (const token of word.tokens) {
      if (isKnownWord(lexicon, token.lookup)) continue
      // A miss of a listed name is reported by the proper-noun rule, whose suggestion wins:
      // don't pay for a dictionary search whose result would be dropped.
      const wanted = !(options.namesFirst && isNameMiss(lexicon, token.lookup))
      const later = wanted ? suggestLaterFor(file) : undefined
      const expected = wanted && !later ? suggest(token.lookup) : []
      const message = reportFinding(file, 'spelling', severity, {
        reason: describeMiss(token.value, expected),
        place: token.position,
        actual: token.value,
        expected,
      })
      later?.(token.lookup, limit, (found) => {
        message.expected = found
        message.reason = describeMiss(token.value, found)
        message.message = message.reason
      })
    }
  }
}

/** ``Unexpected `athorities`, expected `authorities` or `authorizes` ``. */
export function describeMiss(actual: string, expected: readonly string[]): string {
  if (expected.length === 0) return `Unexpected unknown word \`${actual}\``
  return `Unexpected \`${actual}\`, expected ${listAlternatives(expected)}`
}

/** `` `a` ``, `` `a` or `b` ``, `` `a`, `b` or `c` ``. */
export function listAlternatives(values: readonly string[]): string {
  const quoted = values.map((value) => `\`${value}\``)
  if (quoted.length < 2) return quoted.join('')
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`
}
