import path from 'node:path'
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff'
import { VFile } from 'vfile'
import { writeFileAtomic } from './atomic-write.js'
import type { Encoding } from './decode.js'
import { encodeText } from './encode.js'
import { UsageError } from './errors.js'
import { applyEdits, planFixes } from './fix.js'
import { toResultPath, toResults } from './results.js'

/** What `check --fix` does: nothing, write the fixed files, or print their diffs. */
export type FixMode = 'off' | 'write' | 'dry-run'

/** Checks one file in place, adding its messages (the processor of the run). */
export type CheckOne = (file: VFile) => Promise<unknown>

/** The outcome of fixing a run's files. */
export interface FixOutcome {
  /** Each file as it is after fixing, checked again, so its messages are what is left. */
  files: VFile[]
  /** Unified diffs of the changed files, in input order. */
  patches: string[]
  /** How many spans were replaced, by result path, for the files that changed. */
  counts: Map<string, number>
}

// Fixing can expose another fix ("a a apple"); a few passes reach a fixed point.
const maxPasses = 4

/**
 * Applies the safe fixes of already checked files: each changed file is checked again (and fixed
 * again while that finds more), then written atomically in its original encoding unless
 * `mode` is `dry-run`. Files that need no fix are returned as they were.
 */
export async function fixFiles(
  files: readonly VFile[],
  options: { cwd: string; mode: Exclude<FixMode, 'off'>; check: CheckOne },
): Promise<FixOutcome> {
  const outcome: FixOutcome = { files: [], patches: [], counts: new Map() }
  for (const file of files) {
    const { fixed, count } = await fixToFixedPoint(file, options)
    outcome.files.push(fixed)
    if (count === 0) continue
    const display = toResultPath(file.path, options.cwd)
    outcome.counts.set(display, count)
    if (options.mode === 'dry-run') {
      outcome.patches.push(toPatch(display, String(file.value), String(fixed.value)))
    } else {
      await writeFixed(fixed, display)
    }
  }
  return outcome
}

async function fixToFixedPoint(
  file: VFile,
  options: { cwd: string; check: CheckOne },
): Promise<{ fixed: VFile; count: number }> {
  let current = file
  let count = 0
  for (let pass = 0; pass < maxPasses; pass++) {
    const text = String(current.value)
    const findings = toResults([current], options.cwd)[0]?.messages ?? []
    const edits = planFixes(text, findings)
    if (edits.length === 0) break
    count += edits.length
    const next = new VFile({ path: current.path, value: applyEdits(text, edits), cwd: options.cwd })
    next.data = { ...current.data }
    await options.check(next)
    current = next
  }
  return { fixed: current, count }
}

/**
 * A unified diff of one file's fix, with git-style `a/` and `b/` names for a path inside the
 * working directory (so `git apply` takes it), and the path as it is for one outside.
 */
export function toPatch(display: string, before: string, after: string): string {
  const isInside = !display.startsWith('../') && !path.isAbsolute(display)
  const [from, to] = isInside ? [`a/${display}`, `b/${display}`] : [display, display]
  return createTwoFilesPatch(from, to, before, after, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY,
  })
}

/**
 * Writes a fixed file over its original in the encoding (and with the BOM) it was read in.
 * @throws UsageError naming the file when it cannot be written
 */
export async function writeFixed(file: VFile, display: string): Promise<void> {
  const encoding = (file.data.encoding as Encoding | undefined) ?? 'utf-8'
  const bytes = encodeText(String(file.value), encoding, file.data.bom === true)
  try {
    await writeFileAtomic(file.path, bytes)
  } catch (error) {
    throw new UsageError(`Cannot write \`${display}\`: ${(error as Error).message}`)
  }
}

/** Refuses `--fix` on stdin: there is no file to write the fixes to (`--fix-dry-run` is fine). */
export function assertFixable(paths: readonly string[], mode: FixMode): void {
  if (mode === 'write' && paths.includes('-')) {
    throw new UsageError(
      "Cannot use `--fix` with stdin: there is no file to write to; name the draft's file, or use `--fix-dry-run`",
    )
  }
}

/**
 * The fix mode the `--fix` and `--fix-dry-run` options ask for.
 * @throws UsageError when both are given
 */
export function toFixMode(options: { fix?: unknown; fixDryRun?: unknown }): FixMode {
  if (options.fix === true && options.fixDryRun === true) {
    throw new UsageError('Cannot use `--fix` and `--fix-dry-run` together: choose one')
  }
  if (options.fix === true) return 'write'
  return options.fixDryRun === true ? 'dry-run' : 'off'
}

/** The stderr summary of a fix run: what was (or would be) fixed in which file. */
export function describeFixes(counts: ReadonlyMap<string, number>, mode: FixMode): string {
  const verb = mode === 'dry-run' ? 'Would fix' : 'Fixed'
  if (counts.size === 0) return 'proofread: Nothing to fix\n'
  return [...counts]
    .map(
      ([file, count]) =>
        `proofread: ${verb} ${count} ${count === 1 ? 'problem' : 'problems'} in \`${file}\`\n`,
    )
    .join('')
}
