import type { Dialect } from '../config.js'
import { useArticleVerdicts } from '../rules/indefinite-article.js'
import { readArtefact } from './artefact.js'
import { type CheckerData, createChecker } from './checker.js'
import type { SuggestData } from './compile.js'
import type { EngineWords } from './nspell.js'
import { openSuggestThread } from './suggest-thread.js'
import { createSuggester, type SuggesterOptions } from './suggester.js'
import type { SpellEngine } from './types.js'

/**
 * Loads the fast engine for a dialect: its dictionary precompiled by the build (a few ms to
 * read), or compiled in memory when the build's artefact is missing (tests run from `src/`).
 * Accepts exactly what nspell's `correct()` accepts; suggestions come from a trie walked within
 * two edits, ranked by typing-slip costs and word frequency. The suggestion index is read on the
 * first `suggest()`, so a clean draft never pays for it.
 */
export async function loadFastEngine(
  extra: EngineWords,
  dialect: Dialect = 'en-US',
  suggesterOptions: SuggesterOptions = {},
): Promise<SpellEngine> {
  const { checker, loadSuggestData } = await loadData(dialect)
  if (checker.articleVerdicts) {
    useArticleVerdicts({ words: checker.forms, verdicts: checker.articleVerdicts })
  }
  const isCorrect = createChecker(checker, [...extra.words, ...extra.names])
  const suggest = createSuggester(loadSuggestData, extra, isCorrect, suggesterOptions)
  return {
    isCorrect,
    suggest: (word, limit = 5) => suggest(word, limit),
    openSuggestThread: () => openSuggestThread({ extra, dialect }, suggest),
  }
}

/** The checker data now, and a way to get the suggestion index when the first miss needs it. */
async function loadData(
  dialect: Dialect,
): Promise<{ checker: CheckerData; loadSuggestData: () => SuggestData }> {
  const artefact = readArtefact(dialect)
  // The index may be missing or from another build than the checker (an interrupted build, a
  // partial copy): then compile in memory, slower to start but with the same suggestions.
  if (!artefact?.hasSuggest()) {
    const { compileDictionary } = await import('./compile.js')
    const compiled = await compileDictionary(dialect)
    return { checker: compiled.checker, loadSuggestData: compiled.suggest }
  }
  const { readSuggest } = artefact
  return {
    checker: artefact.checker,
    loadSuggestData: () => {
      const data = readSuggest()
      if (!data)
        throw new Error(`Cannot read the suggestion index of \`${dialect}\`: run \`npm run build\``)
      return data
    },
  }
}
