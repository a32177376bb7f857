import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { FileResult } from '../src/types.js'
import { repoRoot } from './helpers.js'

// CI runs `npm run build` before the tests; locally, run it first or this test is skipped.
const builtCli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const isBuilt = existsSync(builtCli)
if (!isBuilt) console.warn(`Skipping the bin smoke test: ${builtCli} is missing; run npm run build`)

describe('bin/proofread.js', () => {
  it.skipIf(!isBuilt)('checks the draft in a child process and exits 1 with 11 findings', () => {
    const child = spawnSync(
      process.execPath,
      ['bin/proofread.js', 'fixtures/encrochat-draft.txt', '--format', 'json'],
      { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    )
    expect(child.stderr).toBe('')
    expect(child.status).toBe(1)
    const results = JSON.parse(child.stdout) as FileResult[]
    expect(results[0]?.path).toBe('fixtures/encrochat-draft.txt')
    expect(results[0]?.messages).toHaveLength(11)
  })
})
