import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundledLists, loadDictionaries, parseList } from '../src/dictionaries.js'
import { ConfigError } from '../src/errors.js'
import { writeTempFiles } from './helpers.js'

const utf8 = (text: string) => Buffer.from(text, 'utf8')

describe('parseList', () => {
  it('reads one entry a line', () => {
    expect(parseList(utf8('EncroChat\nEuropol\n'), 'names.txt')).toEqual(['EncroChat', 'Europol'])
  })

  it('ignores comments and blank lines', () => {
    const text = '# Names\n\nEncroChat\n   \n# more\nEuropol # the agency\n'
    expect(parseList(utf8(text), 'names.txt')).toEqual(['EncroChat', 'Europol'])
  })

  it('makes each word of an entry with spaces an entry', () => {
    expect(parseList(utf8('modus operandi\nGarda  Síochána\n'), 'words.txt')).toEqual([
      'modus',
      'operandi',
      'Garda',
      'Síochána',
    ])
  })

  it('trims stray whitespace and reads CRLF and CR line ends', () => {
    expect(parseList(utf8(' EncroChat \r\nEuropol\rEurojust'), 'names.txt')).toEqual([
      'EncroChat',
      'Europol',
      'Eurojust',
    ])
  })

  it('drops a UTF-8 BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('EncroChat\n')])
    expect(parseList(bytes, 'names.txt')).toEqual(['EncroChat'])
  })

  it('reads an empty list as no entries', () => {
    expect(parseList(utf8(''), 'names.txt')).toEqual([])
  })

  it('throws a ConfigError naming the file and line when the list is not UTF-8', () => {
    const bytes = Buffer.from('EncroChat\nCaf\xe9 Nord\n', 'latin1')
    expect(() => parseList(bytes, 'lists/names.txt')).toThrow(ConfigError)
    expect(() => parseList(bytes, 'lists/names.txt')).toThrow(
      /^Cannot read word list `lists\/names.txt`: line 2 is not valid UTF-8 \(byte 13\)/,
    )
  })

  it('throws a ConfigError naming the file and line when the list has a NUL byte', () => {
    const bytes = utf8('EncroChat\nEuro\0pol\n')
    expect(() => parseList(bytes, 'names.txt')).toThrow(
      /^Cannot read word list `names.txt`: line 2 has a NUL byte/,
    )
  })
})

describe('loadDictionaries', () => {
  const dir = writeTempFiles({
    'names-a.txt': '# A\nZorblatt\nQuillon Varnaby\n',
    'names-b.txt': 'Zorblatt\nFlimwick\n',
    'words.txt': 'flumbergast\n',
    'latin1.txt': Buffer.from('ok\nna\xefve\n', 'latin1'),
  })
  const at = (name: string) => path.join(dir, name)

  it('reads the names and words of every list given, once each, in order', async () => {
    const lists = await loadDictionaries({
      properNouns: [at('names-a.txt'), at('names-b.txt')],
      words: [at('words.txt')],
    })
    expect(lists.names).toEqual(['Zorblatt', 'Quillon', 'Varnaby', 'Flimwick'])
    expect(lists.words).toEqual(['flumbergast'])
  })

  it('reads the bundled lists, which hold the article’s names and house words', async () => {
    const lists = await loadDictionaries(bundledLists)
    expect(lists.names).toEqual(expect.arrayContaining(['EncroChat', 'Europol', 'Gendarmerie']))
    expect(lists.words).toEqual(expect.arrayContaining(['cyber', 'modus', 'operandi']))
  })

  it('ships the bundled lists in dictionaries/', () => {
    for (const file of [...bundledLists.properNouns, ...bundledLists.words]) {
      expect(existsSync(file)).toBe(true)
      expect(path.basename(path.dirname(file))).toBe('dictionaries')
    }
  })

  it('rejects a missing list with a ConfigError naming it', async () => {
    const missing = at('no-such-list.txt')
    const loading = loadDictionaries({ properNouns: [missing], words: [] })
    await expect(loading).rejects.toThrow(ConfigError)
    await expect(loadDictionaries({ properNouns: [], words: [missing] })).rejects.toThrow(
      `Cannot read word list \`${missing}\`: no such file`,
    )
  })

  it('rejects a list that is not UTF-8 with a ConfigError naming the file and line', async () => {
    await expect(loadDictionaries({ properNouns: [], words: [at('latin1.txt')] })).rejects.toThrow(
      new RegExp(`${at('latin1.txt').replace(/[.\\]/g, '\\$&')}.*line 2`),
    )
  })
})
