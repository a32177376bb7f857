import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { VFile } from 'vfile'
import { decodeText } from './decode.js'

/** Streams and facts about the process that `run()` is given instead of touching globals. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  stdin: NodeJS.ReadableStream & { isTTY?: boolean }
  cwd: string
  env: Readonly<Record<string, string | undefined>>
}

/** The readable drafts of a run, and what went wrong with the others. */
export interface Inputs {
  files: VFile[]
  /** Inputs that could not be read: each message names the path and says why (exit 2). */
  errors: string[]
  /** Inputs skipped on purpose, such as binary files (a warning, not a failure). */
  warnings: string[]
}

/** The name stdin gets in reports unless `--stdin-filename` gives one. */
export const stdinName = '<stdin>'

/**
 * Reads the inputs: paths relative to `io.cwd`, or `-` for stdin. A file that cannot be read is
 * reported in `errors` and the rest are still read.
 */
export async function readInputs(
  paths: readonly string[],
  io: Io,
  stdinFilename: string | undefined,
): Promise<Inputs> {
  const inputs: Inputs = { files: [], errors: [], warnings: [] }
  for (const input of paths) {
    const isStdin = input === '-'
    const display = isStdin ? (stdinFilename ?? stdinName) : input
    const absolute = isStdin
      ? path.resolve(io.cwd, stdinFilename ?? stdinName)
      : path.resolve(io.cwd, input)
    let bytes: Uint8Array
    try {
      bytes = isStdin ? await readStream(io.stdin) : await readPath(absolute)
    } catch (error) {
      inputs.errors.push(`Cannot read \`${display}\`: ${describeReadError(error)}`)
      continue
    }
    const decoded = decodeText(bytes)
    if (decoded.kind === 'binary') {
      inputs.warnings.push(`Skipped \`${display}\`: it looks binary (it has NUL bytes), not text`)
    } else if (decoded.kind === 'invalid') {
      inputs.errors.push(
        `Cannot read \`${display}\`: invalid UTF-8 at byte ${decoded.offset} (line ${decoded.line}); save it as UTF-8`,
      )
    } else {
      const file = new VFile({ path: absolute, value: decoded.text, cwd: io.cwd })
      file.data.encoding = decoded.encoding
      file.data.bom = decoded.bom
      inputs.files.push(file)
    }
  }
  return inputs
}

async function readPath(absolute: string): Promise<Uint8Array> {
  const info = await stat(absolute)
  if (info.isDirectory()) {
    throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
  }
  return readFile(absolute)
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer | string))
  return Buffer.concat(chunks)
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file or directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'it is a directory; give the files in it'
  return error instanceof Error ? error.message : String(error)
}
