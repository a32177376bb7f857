import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/cli.js'
import { bundledLists } from '../src/dictionaries.js'
import { addToList, compareEntries } from '../src/house-list.js'
import { defaultNounList } from '../src/nouns.js'
import { type Candidate, groupCandidates, isNearVariant } from '../src/nouns-suggest.js'
import { captureIo, fixturePath, makeTempDir } from './capture-io.js'

const header = '# Names.\n\n'

describe('addToList', () => {
  it('puts each name at its sorted place, keeping the header', () => {
    const update = addToList(`${header}Adyen\nEuropol\nZara\n`, ['EncroChat', 'Aardvark', 'Zygote'])
    expect(update.text).toBe(`${header}Aardvark\nAdyen\nEncroChat\nEuropol\nZara\nZygote\n`)
    expect(update.added).toEqual(['EncroChat', 'Aardvark', 'Zygote'])
  })

  it('sorts as the bundled lists do: case-insensitively, ties by code point', () => {
    const update = addToList('ANSSI\nAttal\n', ['Anthropic', 'airbnb'])
    const entries = update.text.trim().split('\n')
    expect(entries).toEqual(['airbnb', 'ANSSI', 'Anthropic', 'Attal'])
    expect(entries).toEqual([...entries].sort(compareEntries))
  })

  it('keeps CRLF line endings', () => {
    expect(addToList('Adyen\r\nZara\r\n', ['Europol']).text).toBe('Adyen\r\nEuropol\r\nZara\r\n')
  })

  it('adds to an empty list', () => {
    expect(addToList('', ['Europol']).text).toBe('Europol\n')
  })

  it('refuses a name already listed, and says where', () => {
    const update = addToList(`${header}Europol\n`, ['Europol'])
    expect(update.refused).toEqual([
      { name: 'Europol', reason: 'it is already listed (line 3: `Europol`)' },
    ])
    expect(update.text).toBe(`${header}Europol\n`)
  })

  it('refuses a name that differs only by case, and says from which entry', () => {
    const update = addToList('EncroChat\n', ['Encrochat'])
    expect(update.refused[0]?.reason).toBe(
      'it differs only in case or accents from `EncroChat` (line 1)',
    )
  })

  it('refuses a listed wrong form and names given twice or malformed', () => {
    const update = addToList('EnroChat -> EncroChat\n', ['EnroChat', 'Lemont', 'Lemont', ' Pad '])
    expect(update.refused.map((refusal) => refusal.name)).toEqual(['EnroChat', 'Lemont', ' Pad '])
    expect(update.added).toEqual(['Lemont'])
  })
})

describe('defaultNounList', () => {
  it('is the first list besides the bundled one, else the bundled one', () => {
    const bundled = bundledLists.properNouns[0] as string
    expect(defaultNounList({ properNouns: [bundled, '/desk.txt'], words: [] })).toBe('/desk.txt')
    expect(defaultNounList({ properNouns: [bundled], words: [] })).toBe(bundled)
  })
})

async function nouns(dir: string, ...args: string[]) {
  const captured = captureIo(dir)
  const code = await run(['nouns', ...args], captured.io)
  return { code, stdout: captured.stdout(), stderr: captured.stderr() }
}

describe('proofread nouns add', () => {
  it('adds names to --list and says so', async () => {
    const dir = await makeTempDir()
    await writeFile(path.join(dir, 'desk.txt'), `${header}Adyen\nZara\n`)
    const result = await nouns(dir, 'add', 'Lemont', 'Garda Síochána', '--list', 'desk.txt')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      'Added `Lemont` to `desk.txt`\nAdded `Garda Síochána` to `desk.txt`\n',
    )
    expect(await readFile(path.join(dir, 'desk.txt'), 'utf8')).toBe(
      `${header}Adyen\nGarda Síochána\nLemont\nZara\n`,
    )
  })

  it('writes to the first --proper-nouns list without --list', async () => {
    const dir = await makeTempDir()
    await writeFile(path.join(dir, 'desk.txt'), 'Adyen\n')
    expect((await nouns(dir, 'add', 'Lemont', '--proper-nouns', 'desk.txt')).code).toBe(0)
    expect(await readFile(path.join(dir, 'desk.txt'), 'utf8')).toBe('Adyen\nLemont\n')
  })

  it('refuses a case variant with exit 2 and writes nothing', async () => {
    const dir = await makeTempDir()
    await writeFile(path.join(dir, 'desk.txt'), 'EncroChat\n')
    const result = await nouns(dir, 'add', 'Lemont', 'ENCROCHAT', '--list', 'desk.txt')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'proofread: Cannot add `ENCROCHAT` to `desk.txt`: it differs only in case or accents from `EncroChat` (line 1)\n',
    )
    expect(await readFile(path.join(dir, 'desk.txt'), 'utf8')).toBe('EncroChat\n')
  })
})

function candidate(word: string, count: number): Candidate {
  return { word, count, files: ['a.txt'] }
}

describe('nouns suggest', () => {
  it('treats case differences and one or two edits as near-variants', () => {
    expect(isNearVariant('EnroChat', 'EncroChat')).toBe(true)
    expect(isNearVariant('ENCROCHAT', 'EnroChat')).toBe(true)
    expect(isNearVariant('Lemont', 'Europol')).toBe(false)
    expect(isNearVariant('NCA', 'NSA')).toBe(false)
  })

  it('groups near-variants under the most frequent form, groups by total count', () => {
    const groups = groupCandidates([
      candidate('Lemont', 3),
      candidate('ENCROCHAT', 1),
      candidate('EnroChat', 11),
      candidate('EncroChat', 2),
    ])
    expect(groups.map((group) => [group.word, group.variants.map((v) => v.word)])).toEqual([
      ['EnroChat', ['EncroChat', 'ENCROCHAT']],
      ['Lemont', []],
    ])
  })

  it('finds the draft’s unknown names, EnroChat with ENCROCHAT, as JSON', async () => {
    const dir = await makeTempDir()
    const result = await nouns(
      dir,
      'suggest',
      '--no-bundled-lists',
      '--format',
      'json',
      fixturePath('encrochat-draft.txt'),
    )
    expect(result.code).toBe(0)
    const groups = JSON.parse(result.stdout) as {
      word: string
      count: number
      variants: Candidate[]
    }[]
    expect(groups[0]).toMatchObject({ word: 'EnroChat', count: 11 })
    expect(groups[0]?.variants.map((variant) => [variant.word, variant.count])).toEqual([
      ['ENCROCHAT', 1],
    ])
    expect(groups.map((group) => group.word)).toContain('Lemont')
  })

  it('prints a table with the bundled lists', async () => {
    const result = await nouns(
      await makeTempDir(),
      'suggest',
      fixturePath('encrochat-published.txt'),
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('✔ No unknown capitalised words')
  })
})
