import { readCheckerArtefact, readSuggestArtefact } from './artefact.js'
import { type CheckerData, createChecker } from './checker.js'
import type { SuggestData } from './compile.js'
import type { EngineWords } from './nspell.js'
import { createSuggester } from './suggester.js'
import type { SpellEngine } from './types.js'

/**
 * Loads the fast engine: dictionary-en precompiled by the build (a few ms to read), or compiled
 * in memory when the build's artefact is missing (tests run from `src/`).
 * Accepts exactly what nspell's `correct()` accepts; suggestions come from a trie walked within
 * two edits, ranked by typing-slip costs and word frequency. The suggestion index is read on the
 * first `suggest()`, so a clean draft never pays for it.
 */
export async function loadFastEngine(extra: EngineWords): Promise<SpellEngine> {
  let checkerData: CheckerData | undefined = readCheckerArtefact()
  let loadSuggestData: () => SuggestData
  if (checkerData) {
    loadSuggestData = () => {
      const data = readSuggestArtefact()
      if (!data) throw new Error('Cannot read `dictionary-en.suggest.bin`: run `npm run build`')
      return data
    }
  } else {
    const { compileDictionary } = await import('./compile.js')
    const compiled = await compileDictionary()
    checkerData = compiled.checker
    loadSuggestData = compiled.suggest
  }
  const isCorrect = createChecker(checkerData, [...extra.words, ...extra.names])
  const suggest = createSuggester(loadSuggestData, extra, isCorrect)
  return { isCorrect, suggest: (word, limit = 5) => suggest(word, limit) }
}
