import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Chalk } from 'chalk'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import {
  checkFile,
  createLexicon,
  createProcessor,
  loadConfig,
  loadDictionaries,
  reporters,
  toResults,
} from '../src/index.js'
import { repoRoot } from './helpers.js'

describe('the library API', () => {
  it('checks a draft with the steps the CLI uses', async () => {
    const config = await loadConfig(repoRoot, { files: [] })
    const lists = await loadDictionaries(config)
    const lexicon = await createLexicon(config.engine, lists, config.dialect)
    const processor = createProcessor({ lexicon, rules: config.rules, lists })
    const draft = path.join(repoRoot, 'fixtures', 'encrochat-draft.txt')
    const file = new VFile({ path: draft, value: readFileSync(draft, 'utf8'), cwd: repoRoot })
    await checkFile(processor, file)
    const results = toResults([file], repoRoot)
    expect(results[0]?.messages.map((finding) => finding.actual)).toEqual(
      Array.from({ length: 11 }, () => 'EnroChat'),
    )
    const json = reporters.json?.(results, { chalk: new Chalk({ level: 0 }), sources: new Map() })
    expect(json).toContain('"EncroChat"')
  })

  // CI builds before testing; locally, run `npm run build` first or this is skipped.
  const exported = path.join(repoRoot, 'dist', 'index.js')
  it.skipIf(!existsSync(exported))('is what package.json exports, once built', async () => {
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'))
    expect(path.join(repoRoot, manifest.exports['.'])).toBe(exported)
    const api = await import(pathToFileURL(exported).href)
    expect(typeof api.run).toBe('function')
    expect(typeof api.checkFile).toBe('function')
  })
})
