import path from 'node:path'
import type { ChalkInstance } from 'chalk'
import { VFile } from 'vfile'
import { loadConfig } from './config.js'
import { UsageError } from './errors.js'
import { type Io, readInputs } from './files.js'
import { writeFixed } from './fix-files.js'
import { addNames, ownLists } from './nouns.js'
import { toResultPath, toResults } from './results.js'
import { type ListAddition, reviewOutcome, startReview } from './review.js'
import { createTtyTerminal, runReview, type Terminal } from './review-terminal.js'
import { createRunChecker } from './run-checker.js'
import type { ExitCode } from './types.js'

/** What `proofread review` is given on the command line. */
export interface ReviewFlags {
  file: string
  properNouns?: readonly string[] | undefined
  words?: readonly string[] | undefined
  bundledLists?: boolean | undefined
  config?: string | undefined
}

/** Opens the terminal a review runs in; tests pass a scripted one. */
export type OpenTerminal = (io: Io) => Terminal & { close(): void }

const openTty: OpenTerminal = (io) =>
  createTtyTerminal(io.stdin as NodeJS.ReadStream, io.stdout as NodeJS.WritableStream)

/**
 * Reviews one draft's findings with the editor, then writes the fixes (atomically, in the
 * draft's encoding) and list additions once, at the end. Exit code 0, or 2 when something
 * could not be read or written.
 */
export async function reviewFile(
  flags: ReviewFlags,
  io: Io,
  options: { chalk: ChalkInstance; openTerminal?: OpenTerminal },
): Promise<ExitCode> {
  const openTerminal = options.openTerminal ?? openTty
  const config = await loadConfig(io.cwd, { ...flags, files: [flags.file] })
  const checker = await createRunChecker(config)
  const inputs = await readInputs([flags.file], io, undefined)
  const file = inputs.files[0]
  if (!file) throw new UsageError(inputs.errors[0] ?? inputs.warnings[0] ?? 'Cannot review')
  await checker.check(file)
  const display = toResultPath(file.path, io.cwd)
  const findings = toResults([file], io.cwd)[0]?.messages ?? []
  if (findings.length === 0) {
    io.stdout.write(`No problems in \`${display}\`\n`)
    return 0
  }
  if (openTerminal === openTty && (!io.stdin.isTTY || !io.stdout.isTTY)) {
    throw new UsageError(
      `Cannot review \`${display}\`: it needs a terminal; in scripts use \`proofread check --fix\``,
    )
  }
  const terminal = openTerminal(io)
  const session = {
    display,
    lists: { names: ownLists(config, 'names')[0], words: ownLists(config, 'words')[0] },
    chalk: options.chalk,
  }
  let final: Awaited<ReturnType<typeof runReview>>
  try {
    final = await runReview(startReview(String(file.value), findings), session, terminal)
  } finally {
    terminal.close()
  }
  if (!final) {
    io.stdout.write('\nReview aborted: nothing written\n')
    return 0
  }
  const { fixed, added, ignored, skipped } = final.tally
  io.stdout.write(
    `\nFixed ${fixed}, added ${added} to lists, ignored ${ignored}, skipped ${skipped} in \`${display}\`\n`,
  )
  return writeOutcome(file, display, reviewOutcome(final), io)
}

async function writeOutcome(
  file: VFile,
  display: string,
  outcome: ReturnType<typeof reviewOutcome>,
  io: Io,
): Promise<ExitCode> {
  if (outcome.changed) {
    const fixed = new VFile({ path: file.path, value: outcome.text, cwd: io.cwd })
    fixed.data = { ...file.data }
    await writeFixed(fixed, display)
    io.stdout.write(`Wrote \`${display}\`\n`)
  }
  let code: ExitCode = 0
  for (const [list, words] of groupByList(outcome.additions)) {
    const listDisplay = toResultPath(path.resolve(io.cwd, list), io.cwd)
    try {
      const added = await addNames(path.resolve(io.cwd, list), words, listDisplay)
      for (const word of added) io.stdout.write(`Added \`${word}\` to \`${listDisplay}\`\n`)
    } catch (error) {
      if (!(error instanceof UsageError)) throw error
      io.stderr.write(`proofread: ${error.message}\n`)
      code = 2
    }
  }
  return code
}

function groupByList(additions: readonly ListAddition[]): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  for (const addition of additions) {
    const words = groups.get(addition.path) ?? []
    if (!words.includes(addition.word)) words.push(addition.word)
    groups.set(addition.path, words)
  }
  return groups
}
