/**
 * Starting Node again with one V8 helper thread and a larger first old generation, for large
 * drafts on small machines.
 *
 * V8 compiles and collects garbage on a pool of helper threads, four by default. On a machine
 * with two cores they compete with the check and its suggestion thread: on the 6 MB Brown corpus
 * `--v8-pool-size=1` cut the median wall time from ~5.2 s to ~4.6 s (4 alternating runs), with
 * less spread. A check of a few megabytes also keeps ~100 MB alive at its peak (the runs it has
 * read, the findings), which V8's old generation, started small, reaches through a mark-compact
 * every few megabytes: starting it at 96 MB (`--initial-old-space-size`) spares most of them
 * (the 6 MB corpus: median 4.12 s and 6.9 s of CPU against 4.39 s and 7.5 s, 6 alternating
 * runs; 80 MB was no better than the default; peak RSS ~230 MB against ~215 MB).
 *
 * That Node also lets a function run twice as long as V8's default before TurboFan compiles it
 * (`--interrupt-budget`, 132 KB against 66 KB, the value newer V8 releases default to). On the
 * 6 MB corpus the one helper thread compiled 300–340 functions, ~1.7 s of its CPU, and a fifth of
 * them again after a deoptimisation, mostly on type feedback the first compile had not yet seen:
 * with the larger budget 240 functions, 38 deoptimisations against 62 (`--trace-opt
 * --trace-deopt`), and the helper thread's CPU fell from 1.88 s to 1.58 s, the whole process's
 * from 6.50 s to 6.10 s, median wall time 3.49 s to 3.29 s (10 alternating runs). Three and four
 * times the default compiled fewer still but ran the check itself slower.
 *
 * All are set when Node starts, so `bin/proofread.js` asks this module first, before loading the
 * CLI, and starts Node again with the flags when the files named are large enough for that to
 * pay (a second start of Node costs ~0.1 s here, `node -e 0`).
 */
import { statSync } from 'node:fs'
import { availableParallelism, constants } from 'node:os'
import { resolve } from 'node:path'

/** Files named on the command line adding up to this many bytes are worth a second start. */
export const relaunchMinBytes = 2 * 1024 * 1024

// Set in the second process, so that it never starts a third.
const relaunched = 'PROOFREAD_RELAUNCHED'

/** What the decision to start again looks at. */
export interface LaunchContext {
  /** The script and its arguments: `process.argv.slice(1)`. */
  argv: readonly string[]
  execArgv: readonly string[]
  env: Readonly<Record<string, string | undefined>>
  cores: number
  /** The size of a regular file at `path`, or 0 for anything else (a directory, an option). */
  sizeOf(path: string): number
}

/** The Node arguments to start again with, or undefined to check in this process. */
export function relaunchArgs(context: LaunchContext): string[] | undefined {
  const { argv, execArgv, env } = context
  if (env[relaunched] || context.cores > 2) return undefined
  const nodeOptions = (env.NODE_OPTIONS ?? '').split(/\s+/)
  if ([...execArgv, ...nodeOptions].some((flag) => flag.startsWith('--v8-pool-size'))) {
    return undefined
  }
  let total = 0
  for (const arg of argv.slice(1)) total += context.sizeOf(arg)
  if (total < relaunchMinBytes) return undefined
  // Heap sizes given to Node are the user's to keep.
  const setsOldSpace = [...execArgv, ...nodeOptions].some((flag) =>
    /^--(?:initial|max)-old-space-size/.test(flag),
  )
  // (NODE_OPTIONS takes no V8 flag of this kind.)
  const setsBudget = execArgv.some((flag) => flag.startsWith('--interrupt-budget'))
  return [
    ...execArgv,
    '--v8-pool-size=1',
    ...(setsOldSpace ? [] : [initialOldSpace]),
    ...(setsBudget ? [] : [interruptBudget]),
    ...argv,
  ]
}

// The old generation's first size and TurboFan's budget for a large draft (see the module
// comment).
const initialOldSpace = '--initial-old-space-size=96'
const interruptBudget = '--interrupt-budget=135168'

/**
 * Runs Node with `args` on this process's streams and gives its exit code (128 + the signal's
 * number when a signal ended it), or undefined when it could not be started, to check here
 * instead. Ctrl-C reaches both processes; this one waits for the other to finish, and passes on
 * a SIGTERM sent to it alone.
 */
export async function runNode(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<number | undefined> {
  // Loaded only to start again: it loads ~6 ms of Node's own modules, a few percent of a short
  // draft, which never does.
  const { spawn } = await import('node:child_process')
  return new Promise((done) => {
    const child = spawn(process.execPath, args, {
      stdio: 'inherit',
      env: { ...env, [relaunched]: '1' },
    })
    const wait = (): void => {}
    const forward = (): void => {
      child.kill('SIGTERM')
    }
    process.on('SIGINT', wait)
    process.on('SIGTERM', forward)
    const finish = (code: number | undefined): void => {
      process.off('SIGINT', wait)
      process.off('SIGTERM', forward)
      done(code)
    }
    child.on('error', () => finish(undefined))
    child.on('exit', (code, signal) => {
      finish(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0))
    })
  })
}

/**
 * Starts Node again with one helper thread when `relaunchArgs` says so; true when that process
 * ran the check (and this one's exit code is set), false to check in this process.
 */
export async function relaunchIfWorthIt(): Promise<boolean> {
  const args = relaunchArgs({
    argv: process.argv.slice(1),
    execArgv: process.execArgv,
    env: process.env,
    cores: availableParallelism(),
    sizeOf: sizeOfFile,
  })
  if (!args) return false
  const code = await runNode(args, process.env)
  if (code === undefined) return false
  process.exitCode = code
  return true
}

function sizeOfFile(path: string): number {
  try {
    const stats = statSync(resolve(path), { throwIfNoEntry: false })
    return stats?.isFile() ? stats.size : 0
  } catch {
    return 0
  }
}
