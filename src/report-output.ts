import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { UsageError } from './errors.js'
import type { Io } from './files.js'

/** Writes the report to stdout, or to `output` (relative to the working directory). */
export async function writeReport(
  report: string,
  output: string | undefined,
  io: Io,
): Promise<void> {
  if (output === undefined) {
    io.stdout.write(report)
    return
  }
  const target = path.resolve(io.cwd, output)
  try {
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, report)
  } catch (error) {
    throw new UsageError(`Cannot write report \`${output}\`: ${(error as Error).message}`)
  }
}

/** A progress line on stderr for runs over many files, only when a person is watching. */
export function createProgress(io: Io, total: number): { tick(file: string): void; done(): void } {
  const isWatched = total > 1 && io.stderr.isTTY === true && io.stdout.isTTY === true && !io.env.CI
  let count = 0
  return {
    tick(file) {
      count++
      if (isWatched)
        io.stderr.write(`\r\u001b[2Kproofread: ${count}/${total} ${path.basename(file)}`)
    },
    done() {
      if (isWatched) io.stderr.write('\r\u001b[2K')
    },
  }
}
