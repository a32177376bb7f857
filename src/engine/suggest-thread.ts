/**
 * Suggestions computed on a second thread while this one goes on checking: on a large draft the
 * dictionary search for thousands of distinct misses is a quarter of the work, and it needs
 * nothing from the rest of the check. The worker (`suggest-worker.ts`) loads the same engine
 * from the same words and dialect, so its suggestions are the ones this thread would make.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Worker } from 'node:worker_threads'
import type { Dialect } from '../config.js'
import type { EngineWords } from './nspell.js'

/** What the worker builds its engine from. */
export interface SuggestSetup {
  extra: EngineWords
  dialect: Dialect
}

/** A batch of words to suggest for, and the worker's answer. */
export interface SuggestTask {
  id: number
  words: string[]
  limit: number
}
export type SuggestReply = { id: number; found: string[][] } | { id: number; error: string }

/** Suggestions asked of the second thread. */
export interface SuggestThread {
  /** `word`'s suggestions, best first, at most `limit`: what `engine.suggest(word, limit)` gives. */
  request(word: string, limit: number): Promise<string[]>
  /** Sends the words asked for since the last batch went out. */
  flush(): void
  /** Stops the worker; what it had not answered is computed on this thread. */
  close(): Promise<void>
}

// Words per batch: a few milliseconds of the worker's time, so that it starts early and the
// messages stay few.
const batchSize = 64

interface Batch {
  words: string[]
  limit: number
  settle: ((found: string[]) => void)[]
}

/**
 * Starts the worker, or gives `undefined` where none can run: from `src/` (no compiled worker
 * script beside this module) or inside a worker thread, which has the other core already.
 * `local` is this thread's own `suggest`, used for every word the worker cannot answer (it
 * failed, or it was closed first), so that no finding ever goes without its suggestions.
 */
export async function openSuggestThread(
  setup: SuggestSetup,
  local: (word: string, limit: number) => string[],
  workerUrl = new URL('./suggest-worker.js', import.meta.url),
): Promise<SuggestThread | undefined> {
  const { isMainThread, Worker } = await import('node:worker_threads')
  if (!isMainThread || !existsSync(fileURLToPath(workerUrl))) return undefined
  const resourceLimits = { maxYoungGenerationSizeMb: workerYoungGeneration }
  return createSuggestThread(new Worker(workerUrl, { workerData: setup, resourceLimits }), local)
}

// The worker keeps little beyond its index (read off-heap) and its caches, so a small young
// generation suffices: on the 6 MB corpus V8's default let it take ~15 MB more memory at its
// peak, for no gain in time.
const workerYoungGeneration = 4

function createSuggestThread(
  worker: Worker,
  local: (word: string, limit: number) => string[],
): SuggestThread {
  const asked = new Map<string, Promise<string[]>>()
  const sent = new Map<number, Batch>()
  // The batch being filled for each limit (the spelling rule always asks with one).
  const unsent = new Map<number, Batch>()
  let nextId = 0
  let stopped = false

  const answerLocally = (batch: Batch): void => {
    batch.words.forEach((word, index) => {
      batch.settle[index]?.(local(word, batch.limit))
    })
  }
  // From now on this thread answers everything, what is waiting included.
  const stop = (): Promise<number> => {
    stopped = true
    for (const batch of [...sent.values(), ...unsent.values()]) answerLocally(batch)
    sent.clear()
    unsent.clear()
    return worker.terminate()
  }
  const fail = (): void => {
    if (!stopped) void stop()
  }
  // The worker must not keep the process alive once nothing is asked of it.
  const updateRef = (): void => {
    if (sent.size > 0) worker.ref()
    else worker.unref()
  }
  worker.on('message', (reply: SuggestReply) => {
    const batch = sent.get(reply.id)
    if (!batch) return
    sent.delete(reply.id)
    if ('error' in reply) answerLocally(batch)
    else
      batch.words.forEach((_, index) => {
        batch.settle[index]?.(reply.found[index] ?? [])
      })
    updateRef()
  })
  worker.on('error', fail)
  worker.on('messageerror', fail)
  worker.on('exit', fail)
  updateRef()

  const send = (batch: Batch): void => {
    unsent.delete(batch.limit)
    const id = nextId++
    sent.set(id, batch)
    worker.postMessage({ id, words: batch.words, limit: batch.limit } satisfies SuggestTask)
    updateRef()
  }
  const flush = (): void => {
    for (const batch of unsent.values()) send(batch)
  }

  return {
    request(word, limit) {
      const key = `${limit}\u0000${word}`
      let found = asked.get(key)
      if (found === undefined) {
        found = stopped
          ? Promise.resolve(local(word, limit))
          : new Promise<string[]>((resolve) => {
              let batch = unsent.get(limit)
              if (!batch) {
                batch = { words: [], limit, settle: [] }
                unsent.set(limit, batch)
              }
              batch.words.push(word)
              batch.settle.push(resolve)
              if (batch.words.length >= batchSize) send(batch)
            })
        asked.set(key, found)
      }
      // Each caller gets its own array, as `suggest` gives.
      return found.then((suggestions) => [...suggestions])
    },
    flush,
    async close() {
      await stop()
    },
  }
}
