import { readFile } from 'node:fs/promises'
import { writeFileAtomic } from './atomic-write.js'
import type { Config } from './config.js'
import { bundledLists } from './dictionaries.js'
import { UsageError } from './errors.js'
import { addToList, type Refusal } from './house-list.js'

/** Which kind of house list: proper nouns (case kept) or house words. */
export type ListKind = 'names' | 'words'

/**
 * The lists the run was given besides the bundled ones (config file first, then flags), for
 * the list kind asked for.
 */
export function ownLists(config: Pick<Config, 'properNouns' | 'words'>, kind: ListKind): string[] {
  const lists = kind === 'names' ? config.properNouns : config.words
  const bundled: readonly string[] =
    kind === 'names' ? bundledLists.properNouns : bundledLists.words
  return lists.filter((list) => !bundled.includes(list))
}

/**
 * The list `nouns add` writes to without `--list`: the first proper-noun list of the config file
 * or `--proper-nouns`, else the bundled `dictionaries/proper-nouns.txt`.
 */
export function defaultNounList(config: Pick<Config, 'properNouns' | 'words'>): string {
  return ownLists(config, 'names')[0] ?? (bundledLists.properNouns[0] as string)
}

/**
 * Adds `names` to the list file at `list` (absolute; created when missing), keeping it sorted,
 * and writes it atomically. Nothing is written when any name is refused.
 * @param display the list's path as the user sees it, for messages
 * @throws UsageError naming each refused name and why, or when the list cannot be read or written
 */
export async function addNames(
  list: string,
  names: readonly string[],
  display: string,
): Promise<string[]> {
  const text = await readListText(list, display)
  const update = addToList(text, names)
  if (update.refused.length > 0) throw new UsageError(describeRefusals(update.refused, display))
  if (update.added.length === 0) return []
  try {
    await writeFileAtomic(list, Buffer.from(update.text, 'utf8'))
  } catch (error) {
    throw new UsageError(`Cannot write list \`${display}\`: ${(error as Error).message}`)
  }
  return update.added
}

/** One line per refused name: ``Cannot add `x` to `list`: why``. */
export function describeRefusals(refused: readonly Refusal[], display: string): string {
  return refused
    .map((refusal) => `Cannot add \`${refusal.name}\` to \`${display}\`: ${refusal.reason}`)
    .join('\nproofread: ')
}

async function readListText(list: string, display: string): Promise<string> {
  try {
    return await readFile(list, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ''
    throw new UsageError(`Cannot read list \`${display}\`: ${(error as Error).message}`)
  }
}
