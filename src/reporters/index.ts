import type { Reporter } from '../types.js'
import { jsonReporter } from './json.js'
import { stylishReporter } from './stylish.js'

/** Reporters by their `--format` name. */
export const reporters: Readonly<Record<string, Reporter>> = {
  stylish: stylishReporter,
  json: jsonReporter,
}

/** The `--format` values, for help and error messages. */
export const formatNames = Object.keys(reporters)
