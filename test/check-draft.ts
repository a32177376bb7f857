import path from 'node:path'
import { VFile } from 'vfile'
import { loadConfig } from '../src/config.js'
import { loadDictionaries } from '../src/dictionaries.js'
import { createLexicon } from '../src/lexicon.js'
import {
  type CheckOptions,
  checkFile,
  createProcessor,
  type ProseProcessor,
} from '../src/pipeline.js'
import { toResults } from '../src/results.js'
import type { Finding } from '../src/types.js'
import { repoRoot } from './helpers.js'

let processor: Promise<ProseProcessor> | undefined

async function buildProcessor(): Promise<ProseProcessor> {
  const config = await loadConfig(repoRoot, { files: [] })
  const lists = await loadDictionaries(config)
  const lexicon = await createLexicon(config.engine, lists)
  return createProcessor({ lexicon, rules: config.rules, engine: config.engine, lists })
}

/**
 * Checks `text` as the draft `fileName` (its extension picks the parser) with the bundled lists
 * and the default config, and returns its findings. The processor is built once per test file.
 */
export async function checkDraft(
  fileName: string,
  text: string,
  options: CheckOptions = {},
): Promise<Finding[]> {
  processor ??= buildProcessor()
  const file = new VFile({ path: path.join(repoRoot, fileName), value: text, cwd: repoRoot })
  await checkFile(await processor, file, options)
  return toResults([file], repoRoot)[0]?.messages ?? []
}

/** A finding's word and place, `[actual, line, column]`, for compact expectations. */
export type Place = [actual: string, line: number, column: number]

/** The `[actual, line, column]` of each finding, checking that each ends where its word does. */
export function placesOf(findings: readonly Finding[]): Place[] {
  return findings.map((finding) => {
    if (
      finding.endLine === finding.line &&
      finding.endColumn - finding.column !== finding.actual.length
    ) {
      throw new Error(
        `Finding for \`${finding.actual}\` spans ${finding.endColumn - finding.column} columns`,
      )
    }
    return [finding.actual, finding.line, finding.column]
  })
}
