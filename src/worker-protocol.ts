/**
 * What the main thread and worker threads (see `parallel.ts`, `worker.ts`) send each other:
 * tasks, and messages as plain data recreated on the main thread's files.
 */
import type { VFile } from 'vfile'
import type { Chunk } from './chunks.js'
import type { Config } from './config.js'
import type { HouseLists } from './dictionaries.js'

/** What a worker builds its lexicon and processor from: the run's config and lists. */
export interface WorkerSetup {
  config: Pick<Config, 'engine' | 'dialect' | 'rules' | 'frontMatterKeys'>
  lists: HouseLists
}

/** A file sent to a worker. */
export interface CheckTask {
  id: number
  path: string
  value: string
  cwd: string
}

/** A part of a large plain-text file sent to a worker: its paragraphs, placed in the file. */
export interface PartTask {
  id: number
  path: string
  cwd: string
  part: Chunk[]
}

/** A message as plain data, with the fields the results read. */
export interface MessageData {
  reason: string
  place: VFile['messages'][number]['place']
  ruleId: string | undefined
  source: string | undefined
  fatal: boolean | null | undefined
  actual: string | undefined
  expected: string[] | undefined
  note: string | undefined
  url: string | undefined
}

/** A worker's answer: the file's messages and data, or why it could not check it. */
export type CheckReply =
  | { id: number; messages: MessageData[]; data: VFile['data'] }
  | { id: number; error: string }

/** A message's fields as plain data, for `postMessage`. */
export function toMessageData(message: VFile['messages'][number]): MessageData {
  return {
    reason: message.reason,
    place: message.place,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    url: message.url,
  }
}

/** Recreates a worker's messages and data on the main thread's file. */
export function applyReply(
  file: VFile,
  reply: { messages: MessageData[]; data: VFile['data'] },
): void {
  Object.assign(file.data, reply.data)
  for (const data of reply.messages) {
    const message = file.message(data.reason, {
      place: data.place,
      ...(data.ruleId === undefined ? {} : { ruleId: data.ruleId }),
      ...(data.source === undefined ? {} : { source: data.source }),
    })
    message.fatal = data.fatal
    message.actual = data.actual
    message.expected = data.expected
    message.note = data.note
    message.url = data.url
  }
}
