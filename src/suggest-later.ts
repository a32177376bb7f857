/**
 * Suggestions filled in after a file's check rather than during it: the spelling rule reports
 * each miss at once and asks a second thread for its suggestions (see
 * `engine/suggest-thread.ts`), which search the dictionary while this thread checks on. Every
 * message has its suggestions before `checkFile` returns, so nothing downstream can tell.
 */
import type { VFile } from 'vfile'
import type { SuggestThread } from './engine/suggest-thread.js'
import type { SpellEngine } from './engine/types.js'

/** Asks for `word`'s suggestions; `apply` gets them before the file's check is over. */
export type SuggestLater = (word: string, limit: number, apply: (found: string[]) => void) => void

const later = new WeakMap<VFile, SuggestLater>()

/** How the rules checking `file` may ask for suggestions later; `undefined`: ask now. */
export function suggestLaterFor(file: VFile): SuggestLater | undefined {
  return later.get(file)
}

/**
 * From this many UTF-16 code units, a file's suggestions are computed on a second thread.
 * Starting the worker costs ~0.1 s of CPU on the other core; a draft of a few pages has a few
 * dozen misses, searched in a few milliseconds.
 */
export const minSuggestThreadSize = 512 * 1024

// The engine whose suggestions the spelling rule of each processor shows (see pipeline.ts).
const engines = new WeakMap<object, SpellEngine>()

/** Registers the engine `processor`'s spelling rule suggests with. */
export function attachSuggestEngine(processor: object, engine: SpellEngine): void {
  engines.set(processor, engine)
}

/**
 * Runs `check` on `file`. For a file of `minSize` or more whose processor's engine can start a
 * suggestion thread, the spelling rule's suggestions are computed there meanwhile, and applied
 * before this returns; the thread is stopped afterwards.
 */
export async function checkSuggestingLater(
  processor: object,
  file: VFile,
  check: () => Promise<void>,
  minSize = minSuggestThreadSize,
): Promise<void> {
  const engine = engines.get(processor)
  const isLarge = String(file.value).length >= minSize
  const thread = isLarge ? await engine?.openSuggestThread?.() : undefined
  if (!thread) return check()
  try {
    await checkWithSuggestThread(file, thread, check)
  } finally {
    await thread.close()
  }
}

/** Runs `check` on `file` with suggestions asked of `thread`, and waits until all are applied. */
async function checkWithSuggestThread(
  file: VFile,
  thread: SuggestThread,
  check: () => Promise<void>,
): Promise<void> {
  const pending: Promise<void>[] = []
  later.set(file, (word, limit, apply) => {
    pending.push(thread.request(word, limit).then(apply))
  })
  try {
    await check()
  } finally {
    later.delete(file)
    thread.flush()
    await Promise.all(pending)
  }
}
