/**
 * The worker thread of `suggest-thread.ts`: loads the fast engine from the main thread's words
 * and dialect, then answers each batch of words with their suggestions.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { loadFastEngine } from './fast.js'
import type { SuggestReply, SuggestSetup, SuggestTask } from './suggest-thread.js'
import { lowerThreadPriority } from './thread-priority.js'
import { warmUp } from './warm-up.js'

const port = parentPort
if (port) {
  // The main thread's check is what the run waits for; the suggestions are only needed at its
  // end. On two cores this thread, the main thread and V8's compiler and collector threads
  // compete: run below them, so that the check is never held up by a search it does not yet
  // need (the 6 MB corpus: median 4.36 s against 4.95 s, 5 alternating runs).
  lowerThreadPriority()
  const { extra, dialect } = workerData as SuggestSetup
  // Each word is asked here once: the main thread keeps the answers (see suggest-thread.ts).
  const engine = loadFastEngine(extra, dialect, { cache: false })
  // The warm-up is registered before any message can arrive, so it runs before the first batch
  // is answered. Its catch also keeps a failed load from being an unhandled rejection: the
  // failure is reported with the first batch instead.
  engine.then(({ suggest }) => warmUp(suggest)).catch(() => undefined)
  port.on('message', async ({ id, words, limit }: SuggestTask) => {
    let reply: SuggestReply
    try {
      const { suggest } = await engine
      reply = { id, found: words.map((word) => suggest(word, limit)) }
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) }
    }
    port.postMessage(reply)
  })
}
