import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { locateInvalidUtf8 } from './decode.js'
import { ConfigError } from './errors.js'
import { packageRoot } from './package-root.js'

/** The words the house lists add: names keep their case, words follow ordinary case rules. */
export interface HouseLists {
  /** Listed proper nouns, as written (an entry with spaces contributes each of its words). */
  names: string[]
  /** House vocabulary, as written. */
  words: string[]
  /** Known wrong forms and their corrections, from `Wrong -> Right` lines. */
  corrections: Map<string, string>
  /** Words the house forbids though dictionary-en accepts them, from `!word` lines. */
  forbidden: Set<string>
}

/** What one list file holds. */
export interface ParsedList {
  /** Accepted words: each word of every plain entry. */
  entries: string[]
  /** `Wrong -> Right` lines: the wrong form (one word) and its correction. */
  corrections: Map<string, string>
  /** `!word` lines: the forbidden word. */
  forbidden: Set<string>
}

/** Where the lists that ship with proofread live. */
export const bundledListsDir = path.join(packageRoot, 'dictionaries')

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
  const [names, words] = await Promise.all([readLists(lists.properNouns), readLists(lists.words)])
  const both = [...names, ...words]
  return {
    names: unique(names.flatMap((list) => list.entries)),
    words: unique(words.flatMap((list) => list.entries)),
    corrections: new Map(both.flatMap((list) => [...list.corrections])),
    forbidden: new Set(both.flatMap((list) => [...list.forbidden])),
  }
}

async function readLists(files: readonly string[]): Promise<ParsedList[]> {
  return Promise.all(files.map(async (file) => parseHouseList(await readListFile(file), file)))
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
 * Parses one list's accepted words: UTF-8, one entry a line, `#` starts a comment, blank lines
 * ignored; an entry with spaces contributes each of its words. Correction and `!` lines are
 * left out (see `parseHouseList`).
 * @param file the list's path, for error messages
 * @throws ConfigError when the bytes are not UTF-8 text or a line is malformed
 */
export function parseList(bytes: Uint8Array, file: string): string[] {
  return parseHouseList(bytes, file).entries
}

/**
 * Parses one list: plain entries (as `parseList`), `Wrong -> Right` lines that record a known
 * wrong form (one word) and its correction (one or more words), and `!word` lines that forbid
 * a word dictionary-en would accept. Neither the wrong form nor the forbidden word is accepted.
 * @param file the list's path, for error messages
 * @throws ConfigError naming the file and line when the bytes are not UTF-8 text or a line is
 * malformed (`A ->`, `-> B`, `A -> B -> C`, `A B -> C`, `A -> A`, `!`, `!a b`)
 */
export function parseHouseList(bytes: Uint8Array, file: string): ParsedList {
  const text = decodeUtf8(bytes, file)
  const list: ParsedList = { entries: [], corrections: new Map(), forbidden: new Set() }
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim()
    if (!line) return
    const fail = (why: string): never => {
      throw new ConfigError(`Cannot read word list \`${file}\`: line ${index + 1} ${why}`)
    }
    if (line.includes('->')) {
      const [wrong, right] = parseCorrection(line, fail)
      list.corrections.set(wrong, right)
    } else if (line.startsWith('!')) {
      list.forbidden.add(parseForbidden(line, fail))
    } else {
      list.entries.push(...line.split(/\s+/))
    }
  })
  return list
}

function parseCorrection(line: string, fail: (why: string) => never): [string, string] {
  const parts = line.split('->').map((part) => part.trim())
  const [wrong = '', right = ''] = parts
  const usage = 'write one correction a line as `Wrong -> Right`'
  if (parts.length > 2) fail(`has more than one \`->\`; ${usage}`)
  if (!wrong) fail(`has nothing before \`->\`; ${usage}`)
  if (!right) fail(`has nothing after \`->\`; ${usage}`)
  if (/\s/.test(wrong)) fail(`has more than one word before \`->\`; ${usage}`)
  if (wrong === right) fail(`corrects \`${wrong}\` to itself; ${usage}`)
  return [wrong, right.split(/\s+/).join(' ')]
}

function parseForbidden(line: string, fail: (why: string) => never): string {
  const word = line.slice(1).trim()
  if (!word) fail('has nothing after `!`; write `!word` to forbid a word')
  if (/\s/.test(word)) fail('forbids more than one word; write one `!word` a line')
  return word
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
