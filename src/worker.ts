/**
 * A worker thread of `checkFiles` (see `parallel.ts`): builds the lexicon and the processor once
 * from the run's config and lists, then checks each file it is sent and posts back its messages
 * as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { VFile } from 'vfile'
import { checkFile } from './pipeline.js'
import { createRunProcessor } from './run-checker.js'
import { checkTextPart } from './text-parts.js'
import {
  type CheckReply,
  type CheckTask,
  type PartTask,
  toMessageData,
  type WorkerSetup,
} from './worker-protocol.js'

type Check = (task: CheckTask | PartTask) => Promise<VFile>

/** Builds what the main thread builds once per run, from the same config and lists. */
async function createCheck(setup: WorkerSetup): Promise<Check> {
  const { config, lists } = setup
  const { processor } = await createRunProcessor(config, lists)
  return async (task) => {
    if ('part' in task) {
      // One part of a large plain-text file: its places are already the file's.
      const file = new VFile({ path: task.path, cwd: task.cwd })
      await checkTextPart(processor, file, task.part)
      return file
    }
    const file = new VFile({ path: task.path, value: task.value, cwd: task.cwd })
    return checkFile(processor, file, { frontMatterKeys: config.frontMatterKeys })
  }
}

async function handle(task: CheckTask | PartTask, check: Promise<Check>): Promise<CheckReply> {
  try {
    const file = await (await check)(task)
    return { id: task.id, messages: file.messages.map(toMessageData), data: file.data }
  } catch (error) {
    const why = error instanceof Error ? (error.stack ?? error.message) : String(error)
    return { id: task.id, error: why }
  }
}

const port = parentPort
if (port) {
  const check = createCheck(workerData as WorkerSetup)
  // Keep unhandled rejections out: a failed setup is reported with the first file instead.
  check.catch(() => undefined)
  // One file at a time, in the order sent: the processor's rules keep per-file state.
  let queue = Promise.resolve()
  port.on('message', (task: CheckTask | PartTask) => {
    queue = queue.then(async () => port.postMessage(await handle(task, check)))
  })
}
