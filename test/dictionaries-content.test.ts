import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/** The documented order of both lists: case- and accent-insensitive, ties broken by code point. */
const collator = new Intl.Collator('en', { sensitivity: 'base' })
function compareEntries(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
}

interface Line {
  number: number
  text: string
}

interface List {
  name: string
  bytes: Buffer
  lines: Line[]
  entries: Line[]
}

function readList(name: string): List {
  const bytes = readFileSync(fileURLToPath(new URL(`../dictionaries/${name}`, import.meta.url)))
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  const lines = text
    .replace(/\n$/, '')
    .split('\n')
    .map((line, index) => ({ number: index + 1, text: line }))
  const entries = lines.filter((line) => line.text.trim() !== '' && !line.text.startsWith('#'))
  return { name, bytes, lines, entries }
}

const properNouns = readList('proper-nouns.txt')
const words = readList('words.txt')

// The names of the published EncroChat article that dictionary-en lacks or that the
// proper-noun rule must catch near misses of (`Cresida` → `Cressida`).
const articleNames = ['EncroChat', 'Europol', 'Eurojust', 'Gendarmerie', 'Cressida', 'Lemont']

describe.each([properNouns, words])('dictionaries/$name', (list) => {
  it('is UTF-8 without a byte-order mark', () => {
    expect([...list.bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf])
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(list.bytes)).not.toThrow()
  })

  it('uses LF line endings and ends with a newline', () => {
    expect(list.bytes.includes(0x0d)).toBe(false)
    expect(list.bytes.at(-1)).toBe(0x0a)
  })

  it('has entries', () => {
    expect(list.entries.length).toBeGreaterThan(0)
  })

  it('keeps comments in the header above the first entry', () => {
    const firstEntry = list.entries[0]?.number ?? Number.POSITIVE_INFINITY
    const lateComments = list.lines.filter(
      (line) => line.text.trimStart().startsWith('#') && line.number > firstEntry,
    )
    expect(lateComments).toEqual([])
  })

  it('has no stray whitespace: no tabs, no padding, single spaces between words', () => {
    const stray = list.lines.filter(
      (line) =>
        /[^\S ]/.test(line.text) ||
        (line.text !== '' && line.text !== line.text.trim()) ||
        / {2}/.test(line.text),
    )
    expect(stray).toEqual([])
  })

  it('is sorted case-insensitively, with no duplicates', () => {
    const texts = list.entries.map((entry) => entry.text)
    expect(texts).toEqual([...texts].sort(compareEntries))
    const repeated = texts.filter((text, index) => texts.indexOf(text) !== index)
    expect(repeated).toEqual([])
  })

  it('has no two entries that differ only in case or accents', () => {
    const clashes = list.entries.filter(
      (entry, index) =>
        index > 0 && collator.compare(list.entries[index - 1]?.text ?? '', entry.text) === 0,
    )
    expect(clashes).toEqual([])
  })
})

describe('dictionaries across files', () => {
  it('lists no entry in both files, ignoring case', () => {
    const names = new Set(properNouns.entries.map((entry) => entry.text.toLowerCase()))
    const both = words.entries.filter((entry) => names.has(entry.text.toLowerCase()))
    expect(both).toEqual([])
  })

  it('keeps house words in lower case, as ordinary case rules expect', () => {
    const capitalised = words.entries.filter((entry) => entry.text !== entry.text.toLowerCase())
    expect(capitalised).toEqual([])
  })

  it.each(articleNames)('lists the article name %s as written', (name) => {
    expect(properNouns.entries.map((entry) => entry.text)).toContain(name)
  })

  it.each(['cyber', 'modus operandi'])('lists the article word %s as house vocabulary', (word) => {
    expect(words.entries.map((entry) => entry.text)).toContain(word)
  })

  it.each(['Europl', 'Gendarmarie', 'EnroChat', 'Cresida'])(
    'does not list the misspelling %s',
    (misspelling) => {
      const all = [...properNouns.entries, ...words.entries].map((entry) => entry.text)
      expect(all).not.toContain(misspelling)
    },
  )
})
