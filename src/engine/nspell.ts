import nspell from 'nspell'
import type { Dialect } from '../config.js'
import { loadHunspellDictionary } from './hunspell.js'
import type { SpellEngine } from './types.js'

/** Words the house lists add to the dictionary: `words` follow ordinary case rules, `names` keep their case. */
export interface EngineWords {
  words: readonly string[]
  names: readonly string[]
}

/**
 * Builds the reference engine: nspell over the dialect's dictionary (dictionary-en, or
 * dictionary-en-gb for en-GB), as retext-spell uses it. Slow to load (~200 ms) and to suggest (up
 * to ~1 s a word); kept as the `--engine retext-spell` path and as the baseline the faster engine
 * is measured against.
 */
export async function createNspellEngine(
  extra: EngineWords,
  dialect: Dialect = 'en-US',
): Promise<SpellEngine> {
  const dictionary = await loadHunspellDictionary(dialect)
  const checker = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) })
  // A lowercase entry also accepts Capitalised and ALL CAPS forms, as dictionary words do; a
  // name is added as written so its case is kept.
  for (const word of [...extra.words, ...extra.names]) checker.add(word)
  return {
    isCorrect: (word) => checker.correct(word),
    suggest: (word, limit = 5) => checker.suggest(word).slice(0, limit),
  }
}
