import { chmod, open, rename, stat, unlink } from 'node:fs/promises'
import path from 'node:path'

// Temporary names must not clash between writes in one process; a counter is enough with the pid.
let writes = 0

/**
 * Replaces `file` with `bytes` atomically: writes a temporary file in the same directory, flushes
 * it, gives it the original's mode, then renames it over the original. Readers see the old file
 * or the new one, never a half-written one; on failure the original is left as it was.
 * @throws the file system's error (the temporary file is removed first)
 */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const mode = await modeOf(file)
  writes++
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${writes}.proofread-tmp`,
  )
  try {
    const handle = await open(temporary, 'wx', mode ?? 0o666)
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    // open() applies the umask; chmod gives the exact mode the original had.
    if (mode !== undefined) await chmod(temporary, mode)
    await rename(temporary, file)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}

async function modeOf(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mode & 0o7777
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}
