import path from 'node:path'
import type { ChalkInstance } from 'chalk'
import { loadConfig } from './config.js'
import { UsageError } from './errors.js'
import { type Io, readInputs } from './files.js'
import { isKnownWord } from './lexicon.js'
import { addNames, defaultNounList } from './nouns.js'
import { collectCandidates, formatCandidates, groupCandidates } from './nouns-suggest.js'
import { toResultPath, toResults } from './results.js'
import { createRunChecker } from './run-checker.js'
import type { ExitCode } from './types.js'
import { expandInputs } from './walk.js'

/** Options of the `nouns` commands that choose lists and config, as on `check`. */
export interface NounsFlags {
  properNouns?: readonly string[] | undefined
  words?: readonly string[] | undefined
  bundledLists?: boolean | undefined
  config?: string | undefined
}

/**
 * `proofread nouns add`: adds names to `list`, or to the first proper-noun list of the config file
 * or `--proper-nouns`, else to the bundled list. Exit 0, or 2 when a name is refused (nothing is
 * written then).
 */
export async function runNounsAdd(
  names: readonly string[],
  flags: NounsFlags & { list?: string | undefined },
  io: Io,
): Promise<ExitCode> {
  const config = await loadConfig(io.cwd, { ...flags, files: [] })
  const list = flags.list === undefined ? defaultNounList(config) : path.resolve(io.cwd, flags.list)
  const display = toResultPath(list, io.cwd)
  const added = await addNames(list, names, display)
  for (const name of added) io.stdout.write(`Added \`${name}\` to \`${display}\`\n`)
  return 0
}

/**
 * `proofread nouns suggest`: the capitalised words of `paths` that no dictionary or list knows,
 * with counts, files and near-variants, as a table or JSON. Exit 0, or 2 when an input cannot be
 * read.
 */
export async function runNounsSuggest(
  paths: readonly string[],
  flags: NounsFlags & { format?: string | undefined },
  io: Io,
  chalk: ChalkInstance,
): Promise<ExitCode> {
  if (flags.format !== undefined && !['stylish', 'json'].includes(flags.format)) {
    throw new UsageError(`Cannot use format \`${flags.format}\`: expected \`stylish\` or \`json\``)
  }
  const config = await loadConfig(io.cwd, { ...flags, format: undefined, files: paths })
  // Spelling and proper-noun findings are what mark a word as unknown, whatever the config says.
  const checker = await createRunChecker(config, {
    ...config.rules,
    spelling: 'warning',
    'proper-noun': 'warning',
  })
  const expanded = await expandInputs(paths, {
    cwd: io.cwd,
    extensions: config.extensions,
    ignoreGlobs: config.ignore,
  })
  const inputs = await readInputs(expanded.paths, io, undefined)
  for (const file of inputs.files) await checker.check(file)
  const isKnown = (word: string) => isKnownWord(checker.lexicon, word.replace(/’/g, "'"))
  const groups = groupCandidates(collectCandidates(toResults(inputs.files, io.cwd), isKnown))
  io.stdout.write(
    flags.format === 'json'
      ? `${JSON.stringify(groups, null, 2)}\n`
      : formatCandidates(groups, chalk),
  )
  const errors = [...expanded.errors, ...inputs.errors]
  for (const error of errors) io.stderr.write(`proofread: ${error}\n`)
  return errors.length > 0 ? 2 : 0
}
