import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { Worker } from 'node:worker_threads'
import type { VFile } from 'vfile'
import type { Chunk } from './chunks.js'
import { syntaxFor } from './markup.js'
import { checkFile, type ProseProcessor } from './pipeline.js'
import { applySuppressions } from './suppressions.js'
import { checkTextPart, textParts } from './text-parts.js'
import {
  applyReply,
  type CheckReply,
  type MessageData,
  type PartTask,
  type WorkerSetup,
} from './worker-protocol.js'

export type { WorkerSetup } from './worker-protocol.js'

/** How `checkFiles` checks. */
export interface CheckFilesOptions {
  /** Checks the files on this thread when there is too little work for workers. */
  processor: ProseProcessor
  /** What workers build their own lexicon and processor from. */
  setup: WorkerSetup
  /** Called as each file is checked (in the order they finish). */
  onChecked?: (file: VFile) => void
  /**
   * The worker script; by default the `worker.js` built beside this module's code: `dist/worker.js`
   * for `dist/parallel.js`, the bundled worker for the bundle (scripts/bundle.mjs keeps every
   * output in one folder for this), none from `src/`.
   */
  workerUrl?: URL
  /** Below this many UTF-16 code units in all, workers cost more than they save. */
  minParallelSize?: number
  /** How many workers at most (default: 2, or fewer cores). */
  maxWorkers?: number
  /** From this many UTF-16 code units, one plain-text file is shared with a worker by parts. */
  minSplitSize?: number
}

// Starting a worker (loading its modules, building its lexicon and processor) measured 0.7-0.9 s
// of CPU here, and each worker suggests on its own; at 258 KB and at 1 MB two workers took more
// wall time than one thread. Only from a few megabytes does the second core pay for itself.
const defaultMinParallelSize = 4 * 1024 * 1024
// One large plain-text draft: this thread and one worker share its parts. On the 6 MB Brown
// corpus (2 cores) that took 8.6 s against 9.4 s on one thread, but 4 s more CPU and 30 MB more
// memory: the worker starts cold (its first part took 3.4 s) and runs its parts at half this
// thread's pace beside V8's collector threads. So only for drafts beyond that size.
const defaultMinSplitSize = 8 * 1024 * 1024
// Files sent to each worker ahead of its answers, so that it never waits on the main thread.
const inFlight = 2

/**
 * Checks the files, each once, adding the rules' messages to them. With enough work (two files
 * and ~4 MB or more) and the compiled worker script present, the files are shared among worker
 * threads, each building its lexicon and processor once; the messages come back as data and are
 * recreated on these files, so results do not depend on which path ran.
 */
export async function checkFiles(files: readonly VFile[], options: CheckFilesOptions) {
  const workerUrl = options.workerUrl ?? new URL('./worker.js', import.meta.url)
  const size = files.reduce((total, file) => total + String(file.value).length, 0)
  const workers = Math.min(options.maxWorkers ?? 2, availableParallelism(), files.length)
  const isWorthIt = workers >= 2 && size >= (options.minParallelSize ?? defaultMinParallelSize)
  // Run from `src/` (tests), or before a build, there is no compiled worker to start.
  const hasWorker = existsSync(fileURLToPath(workerUrl))
  if (isWorthIt && hasWorker) {
    await checkInWorkers(files, { ...options, workerUrl }, workers)
    return
  }
  const [only] = files
  if (
    only &&
    files.length === 1 &&
    hasWorker &&
    Math.min(options.maxWorkers ?? 2, availableParallelism()) >= 2 &&
    syntaxFor(only.path) === 'text' &&
    size >= (options.minSplitSize ?? defaultMinSplitSize)
  ) {
    await checkTextWithWorker(only, { ...options, workerUrl })
    options.onChecked?.(only)
    return
  }
  const { frontMatterKeys } = options.setup.config
  for (const file of files) {
    await checkFile(options.processor, file, { frontMatterKeys })
    options.onChecked?.(file)
  }
}

/** Shares the files among `count` workers, biggest first, and waits for every answer. */
async function checkInWorkers(
  files: readonly VFile[],
  options: CheckFilesOptions & { workerUrl: URL },
  count: number,
): Promise<void> {
  const workerData = options.setup
  // Imported here: node:worker_threads costs a few ms to load, and most runs start no worker.
  const { Worker } = await import('node:worker_threads')
  const workers = Array.from({ length: count }, () => new Worker(options.workerUrl, { workerData }))
  // Biggest first, so that no worker is left with a long file while the other idles.
  const order = files.map((_, id) => id)
  order.sort((a, b) => String(files[b]?.value).length - String(files[a]?.value).length)
  try {
    await new Promise<void>((resolve, reject) => {
      let sent = 0
      let answered = 0
      const send = (worker: Worker): void => {
        const id = order[sent++]
        const file = id === undefined ? undefined : files[id]
        if (id === undefined || !file) return
        worker.postMessage({ id, path: file.path, value: String(file.value), cwd: file.cwd })
      }
      const receive = (worker: Worker, reply: CheckReply): void => {
        const file = files[reply.id] as VFile
        if ('error' in reply) {
          reject(new Error(`Cannot check \`${file.path}\` in a worker thread: ${reply.error}`))
          return
        }
        applyReply(file, reply)
        options.onChecked?.(file)
        if (++answered === files.length) resolve()
        else send(worker)
      }
      for (const worker of workers) {
        worker.on('message', (reply: CheckReply) => receive(worker, reply))
        worker.on('error', (error) =>
          reject(new Error(`Cannot check in a worker thread: ${error.message}`, { cause: error })),
        )
        worker.on('messageerror', (error) =>
          reject(new Error(`Cannot read a worker thread's answer: ${error.message}`)),
        )
        worker.on('exit', (code) =>
          reject(new Error(`Cannot check in a worker thread: it stopped with exit code ${code}`)),
        )
        for (let slot = 0; slot < inFlight; slot++) send(worker)
      }
    })
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}

/**
 * Checks one large plain-text file on this thread and one worker, sharing its parts (see
 * `textParts`) as each becomes free: the same parts, so the same findings, as on one thread.
 * The worker's messages are added once every part is done.
 */
async function checkTextWithWorker(
  file: VFile,
  options: CheckFilesOptions & { workerUrl: URL },
): Promise<void> {
  const parts = textParts(String(file.value))
  const { Worker } = await import('node:worker_threads')
  const worker = new Worker(options.workerUrl, { workerData: options.setup })
  const replies: { messages: MessageData[]; data: VFile['data'] }[] = []
  let next = 0
  let waiting = 0
  let failure: Error | undefined
  let wake = (): void => undefined
  const send = (): void => {
    const part = parts[next]
    if (!part) return
    worker.postMessage({ id: next++, path: file.path, cwd: file.cwd, part } satisfies PartTask)
    waiting++
  }
  const fail = (why: string): void => {
    failure ??= new Error(`Cannot check \`${file.path}\` in a worker thread: ${why}`)
    wake()
  }
  worker.on('message', (reply: CheckReply) => {
    waiting--
    if ('error' in reply) fail(reply.error)
    else replies.push(reply)
    send()
    wake()
  })
  worker.on('error', (error) => fail(error.message))
  worker.on('messageerror', (error) => fail(`cannot read its answer: ${error.message}`))
  worker.on('exit', (code) => fail(`it stopped with exit code ${code}`))
  try {
    for (let slot = 0; slot < inFlight; slot++) send()
    while (next < parts.length && !failure) {
      await checkTextPart(options.processor, file, parts[next++] as Chunk[])
      // Let the worker's answers in (they arrive as events), so it is sent the next part.
      await new Promise((resolve) => setImmediate(resolve))
    }
    while (waiting > 0 && !failure) await new Promise<void>((resolve) => (wake = resolve))
    if (failure) throw failure
  } finally {
    await worker.terminate()
  }
  for (const reply of replies) applyReply(file, reply)
  applySuppressions(file)
}
