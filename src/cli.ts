import { setFlagsFromString } from 'node:v8'
import { Chalk } from 'chalk'
import { Command, CommanderError, Option } from 'commander'
import { chalkFor } from './color.js'
import { type CliFlags, type Config, dialects, engineNames, loadConfig } from './config.js'
import { loadDictionaries } from './dictionaries.js'
import { addEditorialCommands } from './editorial-commands.js'
import { ConfigError, UsageError } from './errors.js'
import { type Io, readInputs } from './files.js'
import { assertFixable, describeFixes, type FixMode, fixFiles, toFixMode } from './fix-files.js'
import { checkFiles } from './parallel.js'
import { checkFile, warningsOf } from './pipeline.js'
import { createProgress, writeReport } from './report-output.js'
import { formatNames, reporters } from './reporters/index.js'
import { exitCodeFor, toResultPath, toResults } from './results.js'
import { createRunProcessor } from './run-checker.js'
import type { ExitCode } from './types.js'
import { version } from './version.js'
import { expandInputs } from './walk.js'

const examples = `
Examples:
  $ proofread check draft.txt                 check one draft
  $ proofread draft.txt notes.md              "check" is the default command
  $ cat draft.txt | proofread --stdin-filename draft.txt
  $ proofread --format json draft.txt > report.json
  $ proofread --proper-nouns desk-names.txt draft.txt
  $ proofread check --fix draft.txt           apply safe fixes, report what is left
  $ proofread check --fix-dry-run draft.txt > fixes.patch

Exit codes: 0 no problems, 1 findings (warnings or errors), 2 usage or I/O error.
Run "proofread check --help" for every check option.`

/**
 * Runs proofread with `argv` (without `node` and the script) and returns the exit code.
 * Exit codes: 0 clean (info findings allowed); 1 findings of severity warning or error; 2 a usage
 * error, an invalid list or config, an unreadable input, or a crash.
 */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  let code: ExitCode = 0
  const debug = argv.includes('--debug')
  const program = createProgram(io, async (flags, fix) => {
    code = await check(flags, io, fix)
  })
  addEditorialCommands(program, io, chalkFor(io), (result) => {
    code = result
  })
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return code
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0; usage errors were printed already.
      return error.exitCode === 0 ? 0 : 2
    }
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr.write(`proofread: ${error.message}\n`)
    } else {
      const stack = error instanceof Error && debug ? `\n${error.stack}` : ''
      io.stderr.write(`proofread: Cannot finish the check: ${String(error)}${stack}\n`)
    }
    return 2
  }
}

function createProgram(io: Io, onCheck: (flags: CliFlags, fix: FixMode) => Promise<void>): Command {
  const program = new Command('proofread')
    .description('Proofread drafts: misspellings and near misses of house proper nouns.')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(run `proofread --help` for usage)')
  const check = program
    .command('check', { isDefault: true })
    .description('check drafts (the default command)')
    .argument('[paths...]', 'draft files; `-` (or none, with piped input) reads stdin')
    .addOption(new Option('-f, --format <name>', 'report format').choices(formatNames))
    .option('--proper-nouns <file>', 'extra proper-noun list (repeatable)', collect)
    .option('--words <file>', 'extra house-word list (repeatable)', collect)
    .option('--no-bundled-lists', 'use only the lists given, not the bundled ones')
    .option('--stdin-filename <name>', 'name stdin in reports')
    .option('--max-warnings <n>', 'warnings allowed before exit code 1 (default: none)')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .addOption(new Option('--dialect <name>', 'English dialect').choices(dialects))
    .addOption(new Option('--engine <name>', 'spelling engine').choices(engineNames))
    .option('--debug', 'print stack traces of crashes')
    .option('--fix', 'apply every safe single fix, write the files, report what is left')
    .option('--fix-dry-run', 'print the fixes as a unified diff instead of writing them')
    .addHelpText('after', examples)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(run `proofread check --help` for usage)')
    .action(async (paths: string[], options: Record<string, unknown>) => {
      await onCheck(
        {
          files: paths,
          format: options.format as string | undefined,
          properNouns: options.properNouns as string[] | undefined,
          words: options.words as string[] | undefined,
          bundledLists: options.bundledLists as boolean | undefined,
          engine: options.engine as string | undefined,
          stdinFilename: options.stdinFilename as string | undefined,
          maxWarnings: options.maxWarnings as string | undefined,
          output: options.output as string | undefined,
          config: options.config as string | undefined,
          dialect: options.dialect as string | undefined,
        },
        toFixMode(options),
      )
    })
  program
    .command('print-config')
    .description('print the resolved configuration as JSON')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .exitOverride()
    .action(async (options: { config?: string }) => {
      const config = await loadConfig(io.cwd, { files: [], config: options.config })
      io.stdout.write(`${JSON.stringify(describeConfig(config, io.cwd), null, 2)}\n`)
    })
  program.addHelpText('after', examples)
  return check.parent ?? program
}

/** The resolved config as print-config shows it: paths relative to the working directory. */
function describeConfig(config: Config, cwd: string): Record<string, unknown> {
  const relative = (file: string) => toResultPath(file, cwd)
  return {
    configPath: config.configPath ? relative(config.configPath) : null,
    format: config.format,
    engine: config.engine,
    dialect: config.dialect,
    properNouns: config.properNouns.map(relative),
    words: config.words.map(relative),
    ignore: config.ignore,
    ignoreBase: toResultPath(config.ignoreBase, cwd) || '.',
    extensions: config.extensions,
    frontMatterKeys: config.frontMatterKeys,
    rules: config.rules,
    maxWarnings: config.maxWarnings,
  }
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value]
}

async function check(flags: CliFlags, io: Io, fix: FixMode): Promise<ExitCode> {
  const config = await loadConfig(io.cwd, { ...flags, files: resolveInputs(flags.files, io) })
  const lists = await loadDictionaries(config)
  const { processor } = await createRunProcessor(config, lists)
  const expanded = await expandInputs(config.files, {
    cwd: io.cwd,
    extensions: config.extensions,
    ignoreGlobs: config.ignore,
    ignoreBase: config.ignoreBase,
  })
  assertFixable(expanded.paths, fix)
  const inputs = await readInputs(expanded.paths, io, config.stdinFilename)
  const progress = createProgress(io, inputs.files.length)
  await checkFiles(inputs.files, {
    processor,
    setup: { config, lists },
    onChecked: (file) => progress.tick(file.path),
    ...parallelThreshold(io.env),
  })
  progress.done()
  const fixed =
    fix === 'off'
      ? undefined
      : await fixFiles(inputs.files, {
          cwd: io.cwd,
          mode: fix,
          check: (file) => checkFile(processor, file, { frontMatterKeys: config.frontMatterKeys }),
        })
  const checked = fixed?.files ?? inputs.files
  const results = toResults(checked, io.cwd)
  const sources = new Map(
    checked.map((file) => [toResultPath(file.path, io.cwd), String(file.value)]),
  )
  const reporter = reporters[config.format]
  if (!reporter) throw new UsageError(`Cannot use format \`${config.format}\``)
  const useColor = config.output === undefined
  const report =
    fix === 'dry-run'
      ? (fixed?.patches.join('') ?? '')
      : reporter(results, { chalk: useColor ? chalkFor(io) : new Chalk({ level: 0 }), sources })
  await writeReport(report, config.output, io)
  if (fixed) io.stderr.write(describeFixes(fixed.counts, fix))
  const warnings = [...inputs.warnings, ...inputs.files.flatMap(warningsOf)]
  for (const warning of warnings) io.stderr.write(`proofread: ${warning}\n`)
  const errors = [...expanded.errors, ...inputs.errors]
  for (const error of errors) io.stderr.write(`proofread: ${error}\n`)
  return errors.length > 0 ? 2 : exitCodeFor(results, config.maxWarnings)
}

/**
 * `PROOFREAD_PARALLEL_MIN_BYTES`: how much text makes a run use worker threads, for many files
 * and for one large plain-text file alike (tuning, tests).
 */
function parallelThreshold(env: Io['env']): { minParallelSize?: number; minSplitSize?: number } {
  const value = Number(env.PROOFREAD_PARALLEL_MIN_BYTES)
  return env.PROOFREAD_PARALLEL_MIN_BYTES && Number.isFinite(value)
    ? { minParallelSize: value, minSplitSize: value }
    : {}
}

/** No paths: read stdin when something is piped in, else there is nothing to check. */
function resolveInputs(paths: readonly string[], io: Io): string[] {
  if (paths.length > 0) return [...paths]
  if (io.stdin.isTTY) {
    throw new UsageError('Cannot check: no drafts given; name files, or pipe text in with `-`')
  }
  return ['-']
}

/** Runs proofread on this process's arguments and streams; sets the exit code, never exits. */
export async function main(): Promise<void> {
  limitHeapGrowth()
  limitInlining()
  // A reader that stops early (`proofread … | head -1`) closes the pipe: stop writing quietly
  // instead of dying with an EPIPE stack trace.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', ignoreClosedPipe)
  process.exitCode = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
  })
}

/**
 * V8 lets the heap grow to several times its live data when collecting is cheap, which it is for
 * us: a 6 MB draft peaked at 340 MB of memory over ~50 MB of live data. Growing by 15% at a time
 * kept that peak at 233–239 MB (30%: 241–251 MB) with no wall-time change we could measure. The
 * flag is read each time V8 sizes the heap, so setting it at start-up works; workers share it.
 */
function limitHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=15')
}

/**
 * TurboFan inlines functions of up to 460 bytes of bytecode into their callers. Our hot loops
 * call large helpers (a run's shape, a token's checks) whose rare paths then deoptimise the whole
 * loop, and each re-optimisation compiles it all again on V8's helper threads, which on a 2-core
 * machine compete with the check itself: compiling took ~2 s of CPU in a 6 MB run. Inlining up to
 * 150 bytes cut the helper threads' CPU from ~4.2 s to ~2.7 s and the wall time from 5.1–5.7 s to
 * 4.3–4.9 s (alternating runs; 80 and 250 bytes did less well), with no change on a short draft.
 * The flag is read at each compile, so setting it at start-up works, workers included.
 */
function limitInlining(): void {
  setFlagsFromString('--max-inlined-bytecode-size=150')
}

function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error
}

export type { Config }
