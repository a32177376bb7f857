import type { HouseLists } from './dictionaries.js'
import { createNspellEngine } from './engine/nspell.js'
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

/** Builds the lexicon of a run: the chosen spelling engine over dictionary-en plus the lists. */
export async function createLexicon(
  engineName: 'fast' | 'retext-spell',
  lists: HouseLists,
): Promise<Lexicon> {
  const engine = createNspellEngine(lists)
  return { engine, names: createNameIndex(lists.names) }
}
