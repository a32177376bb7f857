import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable, Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { VFile } from 'vfile'
import { loadConfig } from '../src/config.js'
import { loadDictionaries } from '../src/dictionaries.js'
import type { Io } from '../src/files.js'
import { createLexicon } from '../src/lexicon.js'
import { checkFile, createProcessor, type ProseProcessor } from '../src/pipeline.js'
import { toResults } from '../src/results.js'
import type { FileResult, Finding } from '../src/types.js'

/**
 * Builds a finding with sensible defaults: a `proper-noun` warning on `EnroChat` at line 1,
 * column 1. Pass only what the test is about.
 */
export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  const actual = overrides.actual ?? 'EnroChat'
  const expected = overrides.expected ?? ['EncroChat']
  const line = overrides.line ?? 1
  const column = overrides.column ?? 1
  return {
    line,
    column,
    endLine: overrides.endLine ?? line,
    endColumn: overrides.endColumn ?? column + actual.length,
    severity: overrides.severity ?? 'warning',
    ruleId: overrides.ruleId ?? 'proper-noun',
    source: overrides.source ?? 'proofread',
    actual,
    expected,
    reason:
      overrides.reason ??
      `Unexpected \`${actual}\`${expected[0] === undefined ? '' : `, expected \`${expected[0]}\``}`,
  }
}

/** Builds the result of one checked file. */
export function makeResult(path: string, findings: Finding[] = []): FileResult {
  return { path, messages: findings }
}

/** The repository root, resolved from this file so tests don't depend on the working directory. */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '')

/** What `makeIo()` is given: stdin's text and whether each stream is a terminal. */
export interface MakeIoOptions {
  stdin?: string | Uint8Array
  stdinIsTTY?: boolean
  stdoutIsTTY?: boolean
  env?: Record<string, string | undefined>
  cwd?: string
}

/** An `Io` for `run()` that keeps stdout and stderr in memory. */
export interface TestIo {
  io: Io
  stdout(): string
  stderr(): string
}

/**
 * Builds an `Io` with in-memory stdout/stderr and a stdin stream holding `stdin` (empty unless
 * given). The environment is empty and the working directory is the repository root unless given.
 */
export function makeIo(options: MakeIoOptions = {}): TestIo {
  const out = captureStream(options.stdoutIsTTY ?? false)
  const err = captureStream(false)
  const bytes = typeof options.stdin === 'string' ? Buffer.from(options.stdin) : options.stdin
  const stdin = Object.assign(Readable.from(bytes ? [Buffer.from(bytes)] : []), {
    isTTY: options.stdinIsTTY ?? false,
  })
  return {
    io: {
      stdout: out.stream,
      stderr: err.stream,
      stdin,
      cwd: options.cwd ?? repoRoot,
      env: options.env ?? {},
    },
    stdout: out.text,
    stderr: err.text,
  }
}

function captureStream(isTTY: boolean) {
  const chunks: Buffer[] = []
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        chunks.push(Buffer.from(chunk))
        callback()
      },
    }),
    { isTTY },
  )
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') }
}

/** Which lists and engine `checkText()` checks with; list paths are relative to the repo root. */
export interface CheckTextOptions {
  properNouns?: string[]
  words?: string[]
  bundledLists?: boolean
  engine?: 'fast' | 'retext-spell'
}

// Processors by options: building the lists, lexicon and processor is the slow part.
const processors = new Map<string, Promise<ProseProcessor>>()

/**
 * Checks `text` as the CLI would (bundled lists and default config unless `options` say
 * otherwise) and returns its findings. The processor is built once per distinct `options`.
 */
export async function checkText(text: string, options: CheckTextOptions = {}): Promise<Finding[]> {
  const key = JSON.stringify(options)
  let processor = processors.get(key)
  if (!processor) {
    processor = buildProcessor(options)
    processors.set(key, processor)
  }
  const file = new VFile({ path: path.join(repoRoot, 'draft.txt'), value: text, cwd: repoRoot })
  await checkFile(await processor, file)
  return toResults([file], repoRoot)[0]?.messages ?? []
}

async function buildProcessor(options: CheckTextOptions): Promise<ProseProcessor> {
  const config = await loadConfig(repoRoot, { files: [], ...options })
  const lists = await loadDictionaries(config)
  const lexicon = await createLexicon(config.engine, lists)
  return createProcessor({ lexicon, rules: config.rules, engine: config.engine, lists })
}

/**
 * Writes `files` (name → text or bytes) into a new temporary directory and returns its path,
 * for tests that need list files or drafts the repository does not hold.
 */
export function writeTempFiles(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'proofread-test-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

let sharedLists: { names: string; words: string } | undefined

/**
 * Paths of list files the tests share, written on first use: made-up names (`Zorblatt`, and
 * `Quillon Varnaby`, an entry with spaces) and a made-up house word (`flumbergast`).
 */
export function testLists(): { names: string; words: string } {
  if (!sharedLists) {
    const dir = writeTempFiles({
      'extra-names.txt':
        '# Extra names for tests.\n\nQuillon Varnaby\nZorblatt # a comment after an entry\n',
      'extra-words.txt': '# Extra house words for tests.\n\nflumbergast\n',
    })
    sharedLists = {
      names: path.join(dir, 'extra-names.txt'),
      words: path.join(dir, 'extra-words.txt'),
    }
  }
  return sharedLists
}

/** Where the 11 `EnroChat` of `fixtures/encrochat-draft.txt` stand: [line, column], 1-based. */
export const encrochatDraftPlaces: readonly (readonly [number, number])[] = [
  [1, 10],
  [2, 95],
  [8, 181],
  [9, 164],
  [12, 127],
  [13, 9],
  [14, 98],
  [16, 1],
  [17, 57],
  [18, 20],
  [19, 153],
]
