import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { VFile } from 'vfile'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.js'
import { loadDictionaries } from '../../src/dictionaries.js'
import type { EngineWords } from '../../src/engine/nspell.js'
import { openSuggestThread, type SuggestThread } from '../../src/engine/suggest-thread.js'
import { helperNiceness } from '../../src/engine/thread-priority.js'
import type { SpellEngine } from '../../src/engine/types.js'
import { createLexicon, type Lexicon } from '../../src/lexicon.js'
import { checkFile, createProcessor } from '../../src/pipeline.js'
import { toResults } from '../../src/results.js'
import { repoRoot, writeTempFiles } from '../helpers.js'

// The worker is the compiled `dist/engine/suggest-worker.js`: CI builds before testing; locally,
// run `npm run build` first or the tests that need it are skipped.
const builtWorker = fileURLToPath(new URL('../../dist/engine/suggest-worker.js', import.meta.url))
const isBuilt = existsSync(builtWorker)
if (!isBuilt) console.warn(`Skipping the suggestion thread tests: ${builtWorker} is missing`)

let lexicon: Lexicon
let extra: EngineWords
let lists: Awaited<ReturnType<typeof loadDictionaries>>

beforeAll(async () => {
  const config = await loadConfig(repoRoot, { files: [] })
  lists = await loadDictionaries(config)
  extra = { names: lists.names, words: lists.words }
  lexicon = await createLexicon('fast', lists)
}, 60_000)

const local = (word: string, limit: number) => lexicon.engine.suggest(word, limit)

/** A thread whose worker runs `body` on each task it is sent, and answers locally otherwise. */
async function openWithStubWorker(body: string): Promise<SuggestThread> {
  const dir = writeTempFiles({
    'worker.mjs': `import { parentPort } from 'node:worker_threads'\nparentPort.on('message', (task) => { ${body} })\n`,
  })
  const url = pathToFileURL(path.join(dir, 'worker.mjs'))
  return (await openSuggestThread({ extra, dialect: 'en-US' }, local, url)) as SuggestThread
}

// Misses of every kind: a listed name, typos, all caps, a run-together pair, nothing near.
const words = ['EnroChat', 'athorities', 'teh', 'FOREAMI', 'midmorning', 'Qzxvbnm', 'recieve']

describe('the suggestion thread', () => {
  /** The nice value of each thread of this process, from /proc (Linux). */
  const niceValues = (): number[] =>
    readdirSync('/proc/self/task').map((task) => niceOf(`/proc/self/task/${task}/stat`))
  const niceOf = (statFile: string): number => {
    const stat = readFileSync(statFile, 'utf8')
    // Fields after the command name, which may hold spaces: state is field 3, nice field 19.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])
  }

  it.skipIf(!isBuilt || process.platform !== 'linux')(
    'runs its worker below the priority of the other threads',
    async () => {
      const before = niceValues().filter((nice) => nice === helperNiceness).length
      const thread = (await openSuggestThread(
        { extra, dialect: 'en-US' },
        local,
        pathToFileURL(builtWorker),
      )) as SuggestThread
      try {
        const answered = thread.request('teh', 1)
        thread.flush()
        expect(await answered).toEqual(['the'])
        expect(niceValues().filter((nice) => nice === helperNiceness)).toHaveLength(before + 1)
        // The process's main thread is left as it was.
        expect(niceOf('/proc/self/stat')).not.toBe(helperNiceness)
      } finally {
        await thread.close()
      }
    },
  )

  it.skipIf(!isBuilt)('suggests what this thread would, for each word asked', async () => {
    const thread = (await openSuggestThread(
      { extra, dialect: 'en-US' },
      () => {
        throw new Error('the worker should answer, not this thread')
      },
      pathToFileURL(builtWorker),
    )) as SuggestThread
    expect(thread).toBeDefined()
    try {
      const asked = words.flatMap((word) => [word, word]).map((word) => thread.request(word, 5))
      thread.flush()
      expect(await Promise.all(asked)).toEqual(
        words.flatMap((word) => [local(word, 5), local(word, 5)]),
      )
      // Words wait for a full batch or a flush.
      const one = thread.request('EnroChat', 1)
      thread.flush()
      expect(await one).toEqual(['EncroChat'])
    } finally {
      await thread.close()
    }
  })

  it('is not started where no compiled worker exists (run from src/)', async () => {
    const missing = new URL('file:///nonexistent/suggest-worker.js')
    expect(await openSuggestThread({ extra, dialect: 'en-US' }, local, missing)).toBeUndefined()
  })

  it.each([
    ['throws', 'throw new Error("worker broke")'],
    ['exits', 'process.exit(3)'],
    ['answers with an error', 'parentPort.postMessage({ id: task.id, error: "no index" })'],
  ])('falls back to this thread when the worker %s', async (_, body) => {
    const thread = await openWithStubWorker(body)
    try {
      const asked = words.map((word) => thread.request(word, 5))
      thread.flush()
      expect(await Promise.all(asked)).toEqual(words.map((word) => local(word, 5)))
      const after = thread.request('teh', 3)
      thread.flush()
      expect(await after).toEqual(local('teh', 3))
    } finally {
      await thread.close()
    }
  })

  it('answers what it was asked and not yet sent when closed', async () => {
    const thread = await openWithStubWorker('')
    const sent = thread.request('athorities', 5)
    thread.flush()
    const unsent = thread.request('recieve', 5)
    await thread.close()
    expect(await Promise.all([sent, unsent])).toEqual([local('athorities', 5), local('recieve', 5)])
  })
})

describe('checking a file with its suggestions on the other thread', () => {
  /** The draft's findings, with suggestions from a thread started by `open`, or on this one. */
  async function check(
    text: string,
    open?: (engine: SpellEngine) => Promise<SuggestThread | undefined>,
  ) {
    const engine: SpellEngine = open
      ? { ...lexicon.engine, openSuggestThread: () => open(lexicon.engine) }
      : { isCorrect: lexicon.engine.isCorrect, suggest: lexicon.engine.suggest }
    const processor = createProcessor({ lexicon: { ...lexicon, engine }, lists })
    const file = new VFile({ path: path.join(repoRoot, 'draft.txt'), value: text, cwd: repoRoot })
    await checkFile(processor, file, { minSuggestThreadSize: 0 })
    return toResults([file], repoRoot)[0]?.messages ?? []
  }

  const draft = [
    readFileSync(path.join(repoRoot, 'fixtures', 'encrochat-draft.txt'), 'utf8'),
    'The athorities said teh raids were a midmorning afair; recieve, recieve.',
  ].join('\n\n')

  it.skipIf(!isBuilt)('gives the same findings, suggestions and reasons', async () => {
    const opened: SuggestThread[] = []
    const threaded = await check(draft, async (engine) => {
      const thread = await openSuggestThread(
        { extra, dialect: 'en-US' },
        (word, limit) => engine.suggest(word, limit),
        pathToFileURL(builtWorker),
      )
      if (thread) opened.push(thread)
      return thread
    })
    expect(opened).toHaveLength(1)
    const alone = await check(draft)
    expect(threaded).toEqual(alone)
    expect(alone.find((finding) => finding.actual === 'athorities')?.expected[0]).toBe(
      'authorities',
    )
  })

  it('only for a file of at least the given size', async () => {
    let opened = 0
    const engine: SpellEngine = {
      ...lexicon.engine,
      openSuggestThread: async () => {
        opened++
        return undefined
      },
    }
    const processor = createProcessor({ lexicon: { ...lexicon, engine }, lists })
    for (const minSuggestThreadSize of [draft.length + 1, draft.length]) {
      const file = new VFile({ path: path.join(repoRoot, 'draft.txt'), value: draft })
      await checkFile(processor, file, { minSuggestThreadSize })
    }
    expect(opened).toBe(1)
  })
})
