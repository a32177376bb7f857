import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { run } from '../src/cli.js'
import { loadConfig } from '../src/config.js'
import { loadDictionaries } from '../src/dictionaries.js'
import { createLexicon } from '../src/lexicon.js'
import { type CheckFilesOptions, checkFiles } from '../src/parallel.js'
import { createProcessor } from '../src/pipeline.js'
import { toResults } from '../src/results.js'
import { makeIo, repoRoot, writeTempFiles } from './helpers.js'

// Workers run the compiled `dist/worker.js`: CI builds before testing; locally, run
// `npm run build` first or these tests are skipped.
const builtWorker = fileURLToPath(new URL('../dist/worker.js', import.meta.url))
const isBuilt = existsSync(builtWorker)
if (!isBuilt)
  console.warn(`Skipping the worker tests: ${builtWorker} is missing; run npm run build`)

const fixturesDir = path.join(repoRoot, 'fixtures')
const drafts = readdirSync(fixturesDir).filter((name) => !name.endsWith('.expected.json'))

/**
 * A temporary directory with copies of every fixture draft: at least 20 of each, and enough to
 * pass the size (256 KB) above which the CLI is told to start workers.
 */
function copyFixtures(): string {
  const size = drafts.reduce((sum, name) => sum + statSync(path.join(fixturesDir, name)).size, 0)
  const copies = Math.max(20, Math.ceil((300 * 1024) / size))
  const dir = writeTempFiles({})
  for (let copy = 1; copy <= copies; copy++) {
    for (const name of drafts) {
      copyFileSync(path.join(fixturesDir, name), path.join(dir, `${copy}-${name}`))
    }
  }
  return dir
}

/** The fixture drafts as files, checked with the shipped lists and the default config. */
async function checkFixtures(options: Partial<CheckFilesOptions>) {
  const config = await loadConfig(repoRoot, { files: [] })
  const lists = await loadDictionaries(config)
  const lexicon = await createLexicon(config.engine, lists, config.dialect)
  const processor = createProcessor({ lexicon, rules: config.rules, lists })
  const files = drafts.flatMap((name) =>
    [1, 2].map((copy) => {
      const value = readFileSync(path.join(fixturesDir, name), 'utf8')
      return new VFile({ path: `${copy}/${name}`, value, cwd: repoRoot })
    }),
  )
  await checkFiles(files, { processor, setup: { config, lists }, ...options })
  return toResults(files, repoRoot)
}

/** One large plain-text draft (the .txt fixtures over and over, ~600 KB: three parts). */
async function checkLargeDraft(options: Partial<CheckFilesOptions>) {
  const config = await loadConfig(repoRoot, { files: [] })
  const lists = await loadDictionaries(config)
  const lexicon = await createLexicon(config.engine, lists, config.dialect)
  const processor = createProcessor({ lexicon, rules: config.rules, lists })
  const texts = drafts
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(path.join(fixturesDir, name), 'utf8'))
  const once = texts.join('\n\n')
  const value = Array.from({ length: Math.ceil((600 * 1024) / once.length) }, () => once).join(
    '\n\n',
  )
  const file = new VFile({ path: 'large.txt', value, cwd: repoRoot })
  await checkFiles([file], { processor, setup: { config, lists }, ...options })
  return toResults([file], repoRoot)
}

describe('checking files in worker threads', () => {
  it.skipIf(!isBuilt)(
    'gives one large plain-text file the same results on two threads as on one',
    async () => {
      const shared = await checkLargeDraft({
        workerUrl: pathToFileURL(builtWorker),
        minSplitSize: 0,
      })
      const alone = await checkLargeDraft({ workerUrl: new URL('file:///nonexistent/worker.js') })
      expect(shared[0]?.messages.length).toBeGreaterThan(1000)
      expect(shared).toEqual(alone)
    },
    120_000,
  )

  it.each([
    ['throws', 'throw new Error("worker broke")', /worker broke/],
    ['exits', 'process.exit(3)', /exit code 3/],
  ])('rejects with a message when the worker sharing a large file %s', async (_, body, why) => {
    const dir = writeTempFiles({
      'worker.mjs': `import { parentPort } from 'node:worker_threads'\nparentPort.on('message', (task) => { ${body} })\n`,
    })
    const workerUrl = pathToFileURL(path.join(dir, 'worker.mjs'))
    await expect(checkLargeDraft({ workerUrl, minSplitSize: 0 })).rejects.toThrow(why)
  })

  it.skipIf(!isBuilt)('gives the same results as checking them on one thread', async () => {
    const parallel = await checkFixtures({
      workerUrl: pathToFileURL(builtWorker),
      minParallelSize: 0,
    })
    const sequential = await checkFixtures({ workerUrl: new URL('file:///nonexistent/worker.js') })
    expect(parallel.flatMap((result) => result.messages).length).toBeGreaterThan(20)
    expect(parallel).toEqual(sequential)
  })

  it.skipIf(!isBuilt)(
    'gives the built CLI the same report as one thread',
    async () => {
      // Enough copies to pass the size above which the CLI starts workers.
      const dir = copyFixtures()
      const total = readdirSync(dir).reduce(
        (sum, name) => sum + statSync(path.join(dir, name)).size,
        0,
      )
      expect(total).toBeGreaterThan(256 * 1024)
      const argv = ['--format', 'json', '.']
      const child = spawnSync(
        process.execPath,
        [path.join(repoRoot, 'bin/proofread.js'), ...argv],
        {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1', PROOFREAD_PARALLEL_MIN_BYTES: String(256 * 1024) },
        },
      )
      const { io, stdout } = makeIo({ cwd: dir })
      const code = await run(argv, io)
      expect({ status: child.status, stderr: child.stderr }).toEqual({ status: code, stderr: '' })
      expect(child.stdout).toBe(stdout())
    },
    120_000,
  )

  it.each([
    ['throws', 'throw new Error("worker broke")', /worker broke/],
    ['exits', 'process.exit(3)', /exit code 3/],
    [
      'answers with an error',
      'parentPort.postMessage({ id: task.id, error: "no lexicon" })',
      /no lexicon/,
    ],
  ])('rejects with a message, not a hang, when a worker %s', async (_, body, why) => {
    const dir = writeTempFiles({
      'worker.mjs': `import { parentPort } from 'node:worker_threads'\nparentPort.on('message', (task) => { ${body} })\n`,
    })
    const workerUrl = pathToFileURL(path.join(dir, 'worker.mjs'))
    await expect(checkFixtures({ workerUrl, minParallelSize: 0 })).rejects.toThrow(why)
  })

  it.skipIf(!isBuilt)(
    'makes the built CLI exit 2 with a message when a worker fails',
    () => {
      // Workers inherit `--import`: this preload breaks each worker as it starts, not the main thread.
      const dir = copyFixtures()
      const breaker = path.join(writeTempFiles({}), 'break-workers.mjs')
      writeFileSync(
        breaker,
        "import { isMainThread } from 'node:worker_threads'\nif (!isMainThread) throw new Error('worker broke')\n",
      )
      const bin = path.join(repoRoot, 'bin/proofread.js')
      const child = spawnSync(
        process.execPath,
        ['--import', pathToFileURL(breaker).href, bin, '.'],
        {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1', PROOFREAD_PARALLEL_MIN_BYTES: String(256 * 1024) },
          timeout: 120_000,
        },
      )
      expect(child.status).toBe(2)
      expect(child.stderr).toMatch(/^proofread: .*Cannot check in a worker thread: worker broke/)
    },
    120_000,
  )
})
