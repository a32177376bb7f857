/**
 * Rule `proper-noun`: flags near misses and wrong capitalisation of names in the house
 * proper-noun list, with the listed name as the first suggestion.
 *
 * Why: no general dictionary knows `EncroChat`, so a draft that spells it `EnroChat` throughout
 * reads as merely unknown to a spell checker; the list knows what it should have been.
 *
 * OK: `EncroChat’s users`, `EncroChat-based phones`, `ENCROCHAT DISMANTLED!`
 * Not OK: `EnroChat` → `EncroChat`; `Encrochat` → `EncroChat` (wrong capitalisation);
 * `ENROCHAT` → `ENCROCHAT`
 *
 * A word the dictionary knows is never flagged for being close to a name (`Europe` beside
 * `Europol`). Names of fewer than four letters are matched exactly only.
 */
import { isKnownWord, type Lexicon } from '../lexicon.js'
import { type WordCheck, type WordToken, wordRule } from '../prose-words.js'
import type { Severity } from '../types.js'
import { reportFinding } from './report.js'
import { listAlternatives } from './spelling.js'

/** Options of the proper-noun rule. */
export interface ProperNounOptions {
  lexicon: Lexicon
  severity: Severity
}

/** The unified plugin of rule `proper-noun`. */
export function properNoun(options: ProperNounOptions) {
  return wordRule(createProperNounCheck(options))
}

/** Rule `proper-noun`'s check of one word. */
export function createProperNounCheck(options: ProperNounOptions): WordCheck {
  const { lexicon, severity } = options

  return (word, file) => {
    for (const token of word.tokens) {
      const miss = findNameMiss(lexicon, token)
      if (!miss) continue
      reportFinding(file, 'proper-noun', severity, {
        reason: miss.reason,
        place: token.position,
        actual: token.value,
        expected: miss.expected,
      })
    }
  }
}

function findNameMiss(
  lexicon: Lexicon,
  token: WordToken,
): { reason: string; expected: string[] } | undefined {
  const { names } = lexicon
  if (names.accepts(token.lookup)) return undefined
  const listed = names.caseVariantOf(token.lookup)
  if (listed && !lexicon.engine.isCorrect(token.lookup)) {
    return {
      reason: `Unexpected \`${token.value}\`, expected \`${listed}\` (capitalised as listed)`,
      expected: [listed],
    }
  }
  if (isKnownWord(lexicon, token.lookup)) return undefined
  const expected = names
    .nearMisses(token.lookup)
    .slice(0, 5)
    .map((match) => match.name)
  if (expected.length === 0) return undefined
  return {
    reason: `Unexpected \`${token.value}\`, expected ${listAlternatives(expected)} (listed name)`,
    expected,
  }
}
