import type { ChalkInstance } from 'chalk'
import { type Command, Option } from 'commander'
import type { Io } from './files.js'
import { runNounsAdd, runNounsSuggest } from './nouns-command.js'
import { reviewFile } from './review-command.js'
import type { ExitCode } from './types.js'

const reviewExamples = `
Keys: 1-5 take a suggestion, r type a replacement, n add the word to a proper-noun list,
w add it to a house-word list, i ignore once, f ignore in this file, s skip, q quit and
write, Ctrl-C abort without writing. Changes are written once, at the end.

Examples:
  $ proofread review draft.txt
  $ proofread review --proper-nouns desk-names.txt draft.md   n adds to desk-names.txt`

const addExamples = `
Without --list, names go to the first proper-noun list of proofread.config.json or
--proper-nouns, else to the bundled dictionaries/proper-nouns.txt.

Examples:
  $ proofread nouns add EncroChat Europol
  $ proofread nouns add "Garda Síochána" --list desk-names.txt`

const suggestExamples = `
Examples:
  $ proofread nouns suggest published/
  $ proofread nouns suggest --format json published/*.md > candidates.json`

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value]
}

/** Adds the list options `check` has, so a command sees the same lists and config. */
function withListOptions(command: Command): Command {
  return command
    .option('--proper-nouns <file>', 'extra proper-noun list (repeatable)', collect)
    .option('--words <file>', 'extra house-word list (repeatable)', collect)
    .option('--no-bundled-lists', 'use only the lists given, not the bundled ones')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
}

/**
 * Registers `review`, `nouns add` and `nouns suggest` on the program; each reports its exit code
 * through `onCode`.
 */
export function addEditorialCommands(
  program: Command,
  io: Io,
  chalk: ChalkInstance,
  onCode: (code: ExitCode) => void,
): void {
  withListOptions(
    program
      .command('review')
      .description('walk a draft’s findings one by one in a terminal and fix them')
      .argument('<file>', 'the draft to review'),
  )
    .addHelpText('after', reviewExamples)
    .action(async (file: string, options: Record<string, unknown>) => {
      onCode(await reviewFile({ file, ...listFlags(options) }, io, { chalk }))
    })
  const nouns = program.command('nouns').description('grow the house proper-noun list')
  withListOptions(
    nouns
      .command('add')
      .description('add names to a proper-noun list, keeping it sorted')
      .argument('<name...>', 'names, as written (quote a name with spaces)')
      .option('--list <file>', 'the list to add to'),
  )
    .addHelpText('after', addExamples)
    .action(async (names: string[], options: Record<string, unknown>) => {
      const list = options.list as string | undefined
      onCode(await runNounsAdd(names, { ...listFlags(options), list }, io))
    })
  withListOptions(
    nouns
      .command('suggest')
      .description('list capitalised words of published articles that no list knows')
      .argument('<paths...>', 'published articles: files, directories or globs')
      .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json'])),
  )
    .addHelpText('after', suggestExamples)
    .action(async (paths: string[], options: Record<string, unknown>) => {
      const format = options.format as string | undefined
      onCode(await runNounsSuggest(paths, { ...listFlags(options), format }, io, chalk))
    })
}

function listFlags(options: Record<string, unknown>) {
  return {
    properNouns: options.properNouns as string[] | undefined,
    words: options.words as string[] | undefined,
    bundledLists: options.bundledLists as boolean | undefined,
    config: options.config as string | undefined,
  }
}
