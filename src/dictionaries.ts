import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { locateInvalidUtf8 } from './decode.js'
import { ConfigError } from './errors.js'

/** The words the house lists add: names keep their case, words follow ordinary case rules. */
export interface HouseLists {
  /** Listed proper nouns, as written (an entry with spaces contributes each of its words). */
  names: string[]
  /** House vocabulary, as written. */
  words: string[]
}

/** Where the lists that ship with proofread live. */
export const bundledListsDir = fileURLToPath(new URL('../dictionaries/', import.meta.url))

/** The bundled proper-noun list and house-word list. */
export const bundledLists = {
  properNouns: [path.join(bundledListsDir, 'proper-nouns.txt')],
  words: [path.join(bundledListsDir, 'words.txt')],
} as const

/**
 * Reads the proper-noun lists and house-word lists.
 * @throws ConfigError naming the file (and line) when one cannot be read or is not UTF-8 text.
 */
export async function loadDictionaries(lists: {
  properNouns: readonly string[]
  words: readonly string[]
}): Promise<HouseLists> {
  const [names, words] = await Promise.all([
    readEntries(lists.properNouns),
    readEntries(lists.words),
  ])
  return { names: unique(names), words: unique(words) }
}

async function readEntries(files: readonly string[]): Promise<string[]> {
  const perFile = await Promise.all(
    files.map(async (file) => parseList(await readListFile(file), file)),
  )
  return perFile.flat()
}

async function readListFile(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file)
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)
    throw new ConfigError(`Cannot read word list \`${file}\`: ${why}`)
  }
}

/**
 * Parses one list: UTF-8, one entry a line, `#` starts a comment, blank lines ignored; an entry
 * with spaces contributes each of its words.
 * @param file the list's path, for error messages
 * @throws ConfigError when the bytes are not UTF-8 text
 */
export function parseList(bytes: Uint8Array, file: string): string[] {
  const text = decodeUtf8(bytes, file)
  const entries: string[] = []
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim()
    if (line) entries.push(...line.split(/\s+/))
  }
  return entries
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    const { line, offset } = locateInvalidUtf8(bytes)
    throw new ConfigError(
      `Cannot read word list \`${file}\`: line ${line} is not valid UTF-8 (byte ${offset}); save the list as UTF-8`,
    )
  }
  const nul = text.indexOf('\0')
  if (nul !== -1) {
    const line = text.slice(0, nul).split('\n').length
    throw new ConfigError(
      `Cannot read word list \`${file}\`: line ${line} has a NUL byte; a list must be plain text`,
    )
  }
  return text
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}
