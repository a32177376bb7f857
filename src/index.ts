/**
 * proofread's library API (the package's `exports`): the CLI's `run`, and the steps it is built
 * from, for tools that check drafts without spawning a process. Re-exports only.
 */
export { run } from './cli.js'
export type { CliFlags, Config, Dialect, EngineName } from './config.js'
export { loadConfig } from './config.js'
export type { HouseLists } from './dictionaries.js'
export { loadDictionaries } from './dictionaries.js'
export type { Io } from './files.js'
export type { Lexicon } from './lexicon.js'
export { createLexicon } from './lexicon.js'
export type { CheckOptions, ProcessorOptions, ProseProcessor, RuleSettings } from './pipeline.js'
export { checkFile, createProcessor, defaultRuleSettings } from './pipeline.js'
export { reporters } from './reporters/index.js'
export { exitCodeFor, toResults } from './results.js'
export type { ExitCode, FileResult, Finding, Reporter, ReporterOptions, Severity } from './types.js'
