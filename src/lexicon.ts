import type { Dialect } from './config.js'
import type { HouseLists } from './dictionaries.js'
import { loadFastEngine } from './engine/fast.js'
import type { EngineWords } from './engine/nspell.js'
import type { SpellEngine } from './engine/types.js'
import { createNameIndex, type NameIndex } from './name-index.js'

/** Everything the rules look words up in, built once per run. */
export interface Lexicon {
  engine: SpellEngine
  names: NameIndex
}

/** Whether the dictionary or the house lists accept `word` as written. */
export function isKnownWord(lexicon: Lexicon, word: string): boolean {
  return lexicon.names.accepts(word) || lexicon.engine.isCorrect(word)
}

/**
 * Builds the lexicon of a run: the chosen spelling engine over the dialect's dictionary
 * (dictionary-en, or dictionary-en-gb for en-GB) plus the lists. `fast` is our precompiled
 * checker and suggester; `retext-spell` is nspell, as retext-spell uses it (the proper-noun rule
 * then looks words up in nspell too).
 */
export async function createLexicon(
  engineName: 'fast' | 'retext-spell',
  lists: Pick<HouseLists, 'names' | 'words'>,
  dialect: Dialect = 'en-US',
): Promise<Lexicon> {
  const words = { names: lists.names, words: lists.words }
  const engine =
    engineName === 'fast'
      ? await loadFastEngine(words, dialect)
      : await loadNspellEngine(words, dialect)
  return { engine, names: createNameIndex(lists.names) }
}

// Imported on demand: nspell and its engine are ~20 ms of start-up that the default fast engine
// never uses.
async function loadNspellEngine(words: EngineWords, dialect: Dialect): Promise<SpellEngine> {
  const { createNspellEngine } = await import('./engine/nspell.js')
  return createNspellEngine(words, dialect)
}
