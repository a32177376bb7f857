import type { Reporter } from '../types.js'
import { compactReporter } from './compact.js'
import { githubReporter } from './github.js'
import { htmlReporter } from './html.js'
import { jsonReporter } from './json.js'
import { junitReporter } from './junit.js'
import { sarifReporter } from './sarif.js'
import { stylishReporter } from './stylish.js'

/** Reporters by their `--format` name. */
export const reporters: Readonly<Record<string, Reporter>> = {
  stylish: stylishReporter,
  json: jsonReporter,
  compact: compactReporter,
  github: githubReporter,
  sarif: sarifReporter,
  junit: junitReporter,
  html: htmlReporter,
}

/** The `--format` values, for help and error messages. */
export const formatNames = Object.keys(reporters)
