import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable, Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import type { Io } from '../src/files.js'

/** The repository's root, from this file, so tests don't depend on the working directory. */
export const rootDir = fileURLToPath(new URL('..', import.meta.url))

/** A fixture's absolute path. */
export function fixturePath(name: string): string {
  return path.join(rootDir, 'fixtures', name)
}

/** A new empty temporary directory. */
export function makeTempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'proofread-'))
}

/** An `Io` for `run()` whose stdout and stderr are kept in memory. */
export interface CapturedIo {
  io: Io
  stdout(): string
  stderr(): string
}

/** Builds a captured `Io` working in `cwd`, with `stdin` piped in (empty unless given). */
export function captureIo(cwd: string, stdin = ''): CapturedIo {
  const out = captureStream()
  const err = captureStream()
  const input = Object.assign(Readable.from([Buffer.from(stdin)]), { isTTY: false })
  return {
    io: { stdout: out.stream, stderr: err.stream, stdin: input, cwd, env: {} },
    stdout: out.text,
    stderr: err.text,
  }
}

function captureStream() {
  const chunks: Buffer[] = []
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(Buffer.from(chunk))
      callback()
    },
  })
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') }
}
