import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { run } from '../../src/cli.js'
import type { FileResult } from '../../src/types.js'
import { makeIo, repoRoot, writeTempFiles } from '../helpers.js'

/** What one in-process run of the CLI gave. */
export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI in process with `cwd` as its working directory. */
export async function runCli(argv: string[], cwd: string, stdin?: string): Promise<CliRun> {
  const { io, stdout, stderr } = makeIo(stdin === undefined ? { cwd } : { cwd, stdin })
  const code = await run(argv, io)
  return { code, stdout: stdout(), stderr: stderr() }
}

/** The findings of a `--format json` run, by path. */
export function findingsByPath(stdout: string): Map<string, FileResult['messages']> {
  const results = JSON.parse(stdout) as FileResult[]
  return new Map(results.map((result) => [result.path, result.messages]))
}

/** The built entry point that child-process tests run (`npm run build` makes it). */
export const builtCli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

/** Whether `dist/` is built, so `bin/proofread.js` can run in a child process. */
export const isBuilt = existsSync(builtCli)

/** `bin/proofread.js`, absolute. */
export const binPath = `${repoRoot}/bin/proofread.js`

/**
 * Writes `files` into a new temporary directory that every user can read (tests that run the
 * CLI as another user need that), and returns its path.
 */
export function writeDrafts(files: Record<string, string | Uint8Array>): string {
  const dir = writeTempFiles(files)
  chmodSync(dir, 0o755)
  return dir
}

/** Whether `setpriv` can run the CLI as `nobody` here (it needs root and a reachable checkout). */
export function canRunAsNobody(): boolean {
  if (process.getuid?.() !== 0) return false
  // Probe with the CLI itself: a checkout inside a directory only root may enter (mktemp -d
  // makes such directories) cannot be run as `nobody` at all.
  const probe = spawnSync('setpriv', [...asNobody, process.execPath, binPath, '--version'])
  return probe.status === 0
}

/** The `setpriv` arguments that drop to user and group `nobody`. */
export const asNobody = ['--reuid=nobody', '--regid=nogroup', '--clear-groups']
