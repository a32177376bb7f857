/**
 * A helper thread's priority below the main thread's, where a priority belongs to a thread.
 */
import { setPriority } from 'node:os'

/** How far below the main thread a helper thread runs (a `nice` value, 0 to 19). */
export const helperNiceness = 10

/**
 * Lowers the calling thread's scheduling priority to `helperNiceness`; returns whether it did.
 * Only on Linux, where the nice value is each thread's own: elsewhere `setPriority(0, …)`
 * changes the whole process. A thread may always lower its own priority, but a sandbox may
 * refuse even that, and then the thread just runs as it was.
 */
export function lowerThreadPriority(): boolean {
  if (process.platform !== 'linux') return false
  try {
    setPriority(helperNiceness)
    return true
  } catch {
    return false
  }
}
