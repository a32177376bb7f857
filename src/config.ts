import path from 'node:path'
import { bundledLists } from './dictionaries.js'
import { UsageError } from './errors.js'
import { defaultRuleSettings, type RuleSettings } from './pipeline.js'
import { formatNames } from './reporters/index.js'

/** The spelling engines `--engine` selects. */
export const engineNames = ['fast', 'retext-spell'] as const

/** A spelling engine name. */
export type EngineName = (typeof engineNames)[number]

/** Everything one run needs to know, resolved: defaults < config file < flags. */
export interface Config {
  /** Inputs as given: paths relative to the working directory, or `-` for stdin. */
  files: readonly string[]
  format: string
  /** Proper-noun list files, absolute. */
  properNouns: readonly string[]
  /** House-word list files, absolute. */
  words: readonly string[]
  engine: EngineName
  stdinFilename: string | undefined
  rules: RuleSettings
  /** Warnings allowed before the run fails; -1 means any warning fails it. */
  maxWarnings: number
}

/** What the command line says; a flag that was not given is undefined. */
export interface CliFlags {
  files: readonly string[]
  format?: string | undefined
  properNouns?: readonly string[] | undefined
  words?: readonly string[] | undefined
  bundledLists?: boolean | undefined
  engine?: string | undefined
  stdinFilename?: string | undefined
  maxWarnings?: string | undefined
}

/**
 * Resolves the configuration of a run from the flags (paths relative to `cwd`).
 * @throws UsageError when a flag's value is not one proofread knows
 */
export function loadConfig(cwd: string, flags: CliFlags): Readonly<Config> {
  const format = flags.format ?? 'stylish'
  if (!formatNames.includes(format)) {
    throw new UsageError(
      `Cannot use format \`${format}\`: expected one of ${formatNames.map((name) => `\`${name}\``).join(', ')}`,
    )
  }
  const engine = flags.engine ?? 'fast'
  if (!isEngineName(engine)) {
    throw new UsageError(
      `Cannot use engine \`${engine}\`: expected ${engineNames.map((name) => `\`${name}\``).join(' or ')}`,
    )
  }
  const withBundled = flags.bundledLists ?? true
  const resolve = (files: readonly string[] | undefined) =>
    (files ?? []).map((file) => path.resolve(cwd, file))
  return Object.freeze({
    files: flags.files,
    format,
    properNouns: [...(withBundled ? bundledLists.properNouns : []), ...resolve(flags.properNouns)],
    words: [...(withBundled ? bundledLists.words : []), ...resolve(flags.words)],
    engine,
    stdinFilename: flags.stdinFilename,
    rules: defaultRuleSettings,
    maxWarnings: parseMaxWarnings(flags.maxWarnings),
  })
}

function isEngineName(value: string): value is EngineName {
  return (engineNames as readonly string[]).includes(value)
}

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1
  if (!/^\d+$/.test(value)) {
    throw new UsageError(
      `Cannot use --max-warnings \`${value}\`: expected a whole number, 0 or more`,
    )
  }
  return Number(value)
}
