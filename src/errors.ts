/** A problem with how proofread was called or with an input file: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A problem with a config file or a word list: exit code 2. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}
