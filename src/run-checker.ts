import type { VFile } from 'vfile'
import type { Config } from './config.js'
import { type HouseLists, loadDictionaries } from './dictionaries.js'
import { createLexicon, type Lexicon } from './lexicon.js'
import { checkFile, createProcessor, type ProseProcessor, type RuleSettings } from './pipeline.js'

/** A run's lists, lexicon and a function that checks one file with them. */
export interface RunChecker {
  lists: HouseLists
  lexicon: Lexicon
  check(file: VFile): Promise<VFile>
}

/**
 * Builds what `check` builds once per run (lists, lexicon, processor) for the commands that
 * check files on their way to something else (`review`, `nouns suggest`).
 * @param rules rule settings to use instead of the config's
 */
export async function createRunChecker(config: Config, rules?: RuleSettings): Promise<RunChecker> {
  const lists = await loadDictionaries(config)
  const { lexicon, processor } = await createRunProcessor(config, lists, rules)
  return {
    lists,
    lexicon,
    check: (file) => checkFile(processor, file, { frontMatterKeys: config.frontMatterKeys }),
  }
}

/**
 * The lexicon and processor of a run, built once from its config and lists: by `check`, by each
 * worker thread, and by `createRunChecker`.
 * @param rules rule settings to use instead of the config's
 */
export async function createRunProcessor(
  config: Pick<Config, 'engine' | 'dialect' | 'rules'>,
  lists: HouseLists,
  rules?: RuleSettings,
): Promise<{ lexicon: Lexicon; processor: ProseProcessor }> {
  const lexicon = await createLexicon(config.engine, lists, config.dialect)
  const processor = createProcessor({
    lexicon,
    rules: rules ?? config.rules,
    engine: config.engine,
    lists,
    dialect: config.dialect,
  })
  return { lexicon, processor }
}
