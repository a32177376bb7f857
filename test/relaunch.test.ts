import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { type LaunchContext, relaunchArgs, relaunchMinBytes, runNode } from '../src/relaunch.js'
import type { FileResult } from '../src/types.js'
import { repoRoot } from './helpers.js'

const sizes: Record<string, number> = { 'big.txt': relaunchMinBytes, 'small.txt': 4_600 }
const context = (overrides: Partial<LaunchContext> = {}): LaunchContext => ({
  argv: ['bin/proofread.js', 'check', 'big.txt', '--format', 'json'],
  execArgv: [],
  env: {},
  cores: 2,
  sizeOf: (file) => sizes[file] ?? 0,
  ...overrides,
})

describe('relaunchArgs', () => {
  it('starts Node again with one helper thread for large files on two cores', () => {
    expect(relaunchArgs(context({ execArgv: ['--trace-gc'] }))).toEqual([
      '--trace-gc',
      '--v8-pool-size=1',
      '--initial-old-space-size=96',
      '--interrupt-budget=135168',
      'bin/proofread.js',
      'check',
      'big.txt',
      '--format',
      'json',
    ])
    expect(relaunchArgs(context({ cores: 1 }))).toBeDefined()
  })

  it('leaves the old generation as sized when Node is given a size for it', () => {
    const args = relaunchArgs(context({ execArgv: ['--max-old-space-size=200'] }))
    expect(args?.slice(0, 2)).toEqual(['--max-old-space-size=200', '--v8-pool-size=1'])
    expect(args?.some((arg) => arg.startsWith('--initial-old-space-size'))).toBe(false)
    const fromEnv = relaunchArgs(context({ env: { NODE_OPTIONS: '--initial-old-space-size=64' } }))
    expect(fromEnv?.some((arg) => arg.startsWith('--initial-old-space-size'))).toBe(false)
  })

  it("leaves TurboFan's budget as given to Node", () => {
    const args = relaunchArgs(context({ execArgv: ['--interrupt-budget=1000'] }))
    expect(args?.filter((arg) => arg.startsWith('--interrupt-budget'))).toEqual([
      '--interrupt-budget=1000',
    ])
  })

  it('counts the files named, whatever else the arguments hold', () => {
    const halves = { 'a.txt': relaunchMinBytes / 2, 'b.txt': relaunchMinBytes / 2 }
    const sizeOf = (file: string) => halves[file as keyof typeof halves] ?? 0
    expect(relaunchArgs(context({ argv: ['bin', 'a.txt', 'b.txt'], sizeOf }))).toBeDefined()
    expect(relaunchArgs(context({ argv: ['bin', 'a.txt', 'drafts/'], sizeOf }))).toBeUndefined()
  })

  it.each([
    ['small files', { argv: ['bin/proofread.js', 'check', 'small.txt'] }],
    ['more than two cores', { cores: 4 }],
    ['the second process', { env: { PROOFREAD_RELAUNCHED: '1' } }],
    ['a pool size given to Node', { execArgv: ['--v8-pool-size=2'] }],
    ['a pool size in NODE_OPTIONS', { env: { NODE_OPTIONS: '--trace-gc --v8-pool-size=3' } }],
  ] as const)('checks in this process for %s', (_case, overrides) => {
    expect(relaunchArgs(context(overrides as Partial<LaunchContext>))).toBeUndefined()
  })
})

describe('runNode', () => {
  it('gives the exit code of the Node it ran, marked as the second process', async () => {
    const script = 'process.exit(process.env.PROOFREAD_RELAUNCHED === "1" ? 3 : 4)'
    expect(await runNode(['-e', script], process.env)).toBe(3)
  })

  it('gives 128 plus the number of the signal that ended it', async () => {
    expect(await runNode(['-e', 'process.kill(process.pid, "SIGTERM")'], process.env)).toBe(143)
  })
})

// CI runs `npm run build` before the tests; locally, run it first or this test is skipped.
const isBuilt = existsSync(fileURLToPath(new URL('../dist/bundle/relaunch.js', import.meta.url)))

describe('bin/proofread.js on a large draft', () => {
  it.skipIf(!isBuilt)(
    'reports the same as a check in one process',
    () => {
      const draft = readFileSync(path.join(repoRoot, 'fixtures', 'encrochat-draft.txt'), 'utf8')
      const dir = mkdtempSync(path.join(tmpdir(), 'proofread-relaunch-'))
      const file = path.join(dir, 'big.txt')
      writeFileSync(file, draft.repeat(Math.ceil(relaunchMinBytes / draft.length)))
      const run = (env: NodeJS.ProcessEnv) =>
        spawnSync(process.execPath, ['bin/proofread.js', file, '--format', 'json'], {
          cwd: repoRoot,
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1', ...env },
          maxBuffer: 64 * 1024 * 1024,
        })
      // Marked as the second process already: checks where it is.
      const here = run({ PROOFREAD_RELAUNCHED: '1' })
      const relaunched = run({})
      expect(relaunched.stderr).toBe('')
      expect(relaunched.status).toBe(1)
      expect(relaunched.stdout).toBe(here.stdout)
      expect((JSON.parse(relaunched.stdout) as FileResult[])[0]?.messages.length).toBeGreaterThan(
        1000,
      )
    },
    120_000,
  )
})
