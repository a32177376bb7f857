import path from 'node:path'
import { type ConfigFile, findConfigFile, isRecord } from './config-file.js'
import { bundledLists } from './dictionaries.js'
import { ConfigError, UsageError } from './errors.js'
import { defaultFrontMatterKeys } from './markup.js'
import { defaultRuleSettings, type RuleSettings } from './pipeline.js'
import { formatNames } from './reporters/index.js'
import type { Severity } from './types.js'

/** The spelling engines `--engine` selects. */
export const engineNames = ['fast', 'retext-spell'] as const

/** A spelling engine name. */
export type EngineName = (typeof engineNames)[number]

/** The English dialects proofread checks against. */
export const dialects = ['en-US', 'en-GB'] as const

/** A dialect name. */
export type Dialect = (typeof dialects)[number]

/** Everything one run needs to know, resolved: defaults < config file < flags. */
export interface Config {
  /** Inputs as given: paths, directories or globs relative to the working directory, or `-`. */
  files: readonly string[]
  format: string
  /** Proper-noun list files, absolute. */
  properNouns: readonly string[]
  /** House-word list files, absolute. */
  words: readonly string[]
  /** Globs (gitignore syntax) of files never checked, relative to `ignoreBase`. */
  ignore: readonly string[]
  /** The directory `ignore` globs are relative to: the config file's, else the working one. */
  ignoreBase: string
  /** File extensions a directory walk picks up. */
  extensions: readonly string[]
  frontMatterKeys: readonly string[]
  dialect: Dialect
  engine: EngineName
  stdinFilename: string | undefined
  rules: RuleSettings
  /** Warnings allowed before the run fails; -1 means any warning fails it. */
  maxWarnings: number
  /** Where the report goes; undefined for stdout. */
  output: string | undefined
  /** The config file used, if any. */
  configPath: string | undefined
}

/** What the command line says; a flag that was not given is undefined. */
export interface CliFlags {
  files: readonly string[]
  config?: string | undefined
  format?: string | undefined
  properNouns?: readonly string[] | undefined
  words?: readonly string[] | undefined
  bundledLists?: boolean | undefined
  engine?: string | undefined
  dialect?: string | undefined
  stdinFilename?: string | undefined
  maxWarnings?: string | undefined
  output?: string | undefined
}

const defaults = {
  format: 'stylish',
  extensions: ['.md', '.markdown', '.html', '.htm', '.txt'],
  dialect: 'en-US' as Dialect,
  engine: 'fast' as EngineName,
}

const settingNames = [
  'properNouns',
  'words',
  'bundledLists',
  'ignore',
  'extensions',
  'frontMatterKeys',
  'dialect',
  'rules',
  'format',
  'engine',
  'maxWarnings',
]

const ruleLevels = ['off', 'info', 'warning', 'error'] as const

/**
 * Resolves the configuration of a run: defaults < the config file (found from `cwd` upward, or
 * `--config`) < flags. Paths in a config file are relative to that file.
 * @throws ConfigError naming the file and key when the config file is invalid
 * @throws UsageError when a flag's value is not one proofread knows
 */
export async function loadConfig(cwd: string, flags: CliFlags): Promise<Readonly<Config>> {
  const file = await findConfigFile(cwd, flags.config)
  const fromFile = file ? validateSettings(file) : {}
  const base = file ? path.dirname(file.path) : cwd
  const resolveFrom = (directory: string, files: readonly string[] | undefined) =>
    (files ?? []).map((entry) => path.resolve(directory, entry))
  const withBundled = flags.bundledLists ?? fromFile.bundledLists ?? true
  const format = flags.format ?? fromFile.format ?? defaults.format
  checkChoice('format', format, formatNames, UsageError)
  const engine = flags.engine ?? fromFile.engine ?? defaults.engine
  checkChoice('engine', engine, engineNames, UsageError)
  const dialect = flags.dialect ?? fromFile.dialect ?? defaults.dialect
  checkChoice('dialect', dialect, dialects, UsageError)
  return Object.freeze({
    files: flags.files,
    format,
    properNouns: [
      ...(withBundled ? bundledLists.properNouns : []),
      ...resolveFrom(base, fromFile.properNouns),
      ...resolveFrom(cwd, flags.properNouns),
    ],
    words: [
      ...(withBundled ? bundledLists.words : []),
      ...resolveFrom(base, fromFile.words),
      ...resolveFrom(cwd, flags.words),
    ],
    ignore: fromFile.ignore ?? [],
    ignoreBase: base,
    extensions: fromFile.extensions ?? defaults.extensions,
    frontMatterKeys: fromFile.frontMatterKeys ?? defaultFrontMatterKeys,
    dialect: dialect as Dialect,
    engine: engine as EngineName,
    stdinFilename: flags.stdinFilename,
    rules: { ...defaultRuleSettings, ...fromFile.rules },
    maxWarnings:
      flags.maxWarnings === undefined
        ? (fromFile.maxWarnings ?? -1)
        : parseMaxWarnings(flags.maxWarnings),
    output: flags.output,
    configPath: file?.path,
  })
}

interface FileSettings {
  properNouns?: string[]
  words?: string[]
  bundledLists?: boolean
  ignore?: string[]
  extensions?: string[]
  frontMatterKeys?: string[]
  dialect?: string
  rules?: Record<string, Severity | 'off'>
  format?: string
  engine?: string
  maxWarnings?: number
}

function validateSettings(file: ConfigFile): FileSettings {
  const fail = (key: string, expected: string): never => {
    throw new ConfigError(
      `Cannot read config \`${file.path}\`: expected \`${key}\` to be ${expected}`,
    )
  }
  const settings: FileSettings = {}
  for (const key of Object.keys(file.settings)) {
    if (!settingNames.includes(key)) {
      throw new ConfigError(
        `Cannot read config \`${file.path}\`: unknown key \`${key}\`; expected one of ${settingNames.map((name) => `\`${name}\``).join(', ')}`,
      )
    }
  }
  const s = file.settings
  for (const key of ['properNouns', 'words', 'ignore', 'frontMatterKeys', 'extensions'] as const) {
    if (s[key] === undefined) continue
    const value = s[key]
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item !== '')) {
      fail(key, key === 'ignore' ? 'an array of globs' : 'an array of non-empty strings')
    }
    settings[key] = value as string[]
  }
  if (settings.extensions) {
    settings.extensions = settings.extensions.map((ext) =>
      (ext.startsWith('.') ? ext : `.${ext}`).toLowerCase(),
    )
  }
  if (s.bundledLists !== undefined) {
    if (typeof s.bundledLists !== 'boolean') fail('bundledLists', '`true` or `false`')
    settings.bundledLists = s.bundledLists as boolean
  }
  for (const [key, choices] of [
    ['dialect', dialects],
    ['format', formatNames],
    ['engine', engineNames],
  ] as const) {
    if (s[key] === undefined) continue
    if (typeof s[key] !== 'string' || !(choices as readonly string[]).includes(s[key] as string)) {
      fail(key, `one of ${choices.map((choice) => `\`${choice}\``).join(', ')}`)
    }
    settings[key] = s[key] as string
  }
  if (s.maxWarnings !== undefined) {
    if (!Number.isInteger(s.maxWarnings) || (s.maxWarnings as number) < -1) {
      fail('maxWarnings', 'a whole number (-1 for none allowed)')
    }
    settings.maxWarnings = s.maxWarnings as number
  }
  if (s.rules !== undefined) settings.rules = validateRules(s.rules, fail)
  return settings
}

function validateRules(
  value: unknown,
  fail: (key: string, expected: string) => never,
): Record<string, Severity | 'off'> {
  if (!isRecord(value)) return fail('rules', 'an object of ruleId: level')
  const rules: Record<string, Severity | 'off'> = {}
  for (const [ruleId, level] of Object.entries(value)) {
    if (!(ruleId in defaultRuleSettings)) {
      fail(
        `rules.${ruleId}`,
        `a known rule (${Object.keys(defaultRuleSettings)
          .map((id) => `\`${id}\``)
          .join(', ')})`,
      )
    }
    if (typeof level !== 'string' || !(ruleLevels as readonly string[]).includes(level)) {
      fail(`rules.${ruleId}`, `one of ${ruleLevels.map((name) => `\`${name}\``).join(', ')}`)
    }
    rules[ruleId] = level as Severity | 'off'
  }
  return rules
}

function checkChoice(
  name: string,
  value: string,
  choices: readonly string[],
  ErrorType: typeof UsageError | typeof ConfigError,
): void {
  if (!choices.includes(value)) {
    throw new ErrorType(
      `Cannot use ${name} \`${value}\`: expected one of ${choices.map((choice) => `\`${choice}\``).join(', ')}`,
    )
  }
}

function parseMaxWarnings(value: string): number {
  if (!/^\d+$/.test(value)) {
    throw new UsageError(
      `Cannot use --max-warnings \`${value}\`: expected a whole number, 0 or more`,
    )
  }
  return Number(value)
}
