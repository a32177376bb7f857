import type { VFile } from 'vfile'
import type { Config } from './config.js'
import { type HouseLists, loadDictionaries } from './dictionaries.js'
import { createLexicon, type Lexicon } from './lexicon.js'
import { checkFile, createProcessor, type RuleSettings } from './pipeline.js'

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
  const lexicon = await createLexicon(config.engine, lists, config.dialect)
  const processor = createProcessor({
    lexicon,
    rules: rules ?? config.rules,
    engine: config.engine,
    lists,
    dialect: config.dialect,
  })
  return {
    lists,
    lexicon,
    check: (file) => checkFile(processor, file, { frontMatterKeys: config.frontMatterKeys }),
  }
}
