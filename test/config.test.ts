import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../src/config.js'
import { bundledLists } from '../src/dictionaries.js'
import { UsageError } from '../src/errors.js'
import { writeTempFiles } from './helpers.js'

// A working directory with no config file in it, so only defaults and flags apply.
const cwd = writeTempFiles({ 'draft.txt': 'A draft.\n' })

describe('loadConfig', () => {
  it('gives the defaults when no flag is given', async () => {
    const config = await loadConfig(cwd, { files: ['draft.txt'] })
    expect(config).toMatchObject({
      files: ['draft.txt'],
      format: 'stylish',
      engine: 'fast',
      stdinFilename: undefined,
      maxWarnings: -1,
    })
    expect(config.properNouns).toEqual(bundledLists.properNouns)
    expect(config.words).toEqual(bundledLists.words)
    expect(config.rules).toMatchObject({ 'proper-noun': 'error', spelling: 'warning' })
  })

  it('returns a frozen config', async () => {
    expect(Object.isFrozen(await loadConfig(cwd, { files: [] }))).toBe(true)
  })

  it('adds extra lists after the bundled ones, resolved against the working directory', async () => {
    const config = await loadConfig(cwd, {
      files: [],
      properNouns: ['desk-names.txt', 'more/names.txt'],
      words: ['desk-words.txt'],
    })
    expect(config.properNouns).toEqual([
      ...bundledLists.properNouns,
      path.join(cwd, 'desk-names.txt'),
      path.join(cwd, 'more', 'names.txt'),
    ])
    expect(config.words).toEqual([...bundledLists.words, path.join(cwd, 'desk-words.txt')])
  })

  it('leaves the bundled lists out when bundledLists is false', async () => {
    const config = await loadConfig(cwd, {
      files: [],
      bundledLists: false,
      properNouns: ['desk-names.txt'],
    })
    expect(config.properNouns).toEqual([path.join(cwd, 'desk-names.txt')])
    expect(config.words).toEqual([])
  })

  it('takes the format, engine and stdin name from the flags', async () => {
    const config = await loadConfig(cwd, {
      files: ['-'],
      format: 'json',
      engine: 'retext-spell',
      stdinFilename: 'piped.txt',
    })
    expect(config).toMatchObject({
      format: 'json',
      engine: 'retext-spell',
      stdinFilename: 'piped.txt',
    })
  })

  it('parses --max-warnings as a whole number', async () => {
    expect((await loadConfig(cwd, { files: [], maxWarnings: '0' })).maxWarnings).toBe(0)
    expect((await loadConfig(cwd, { files: [], maxWarnings: '12' })).maxWarnings).toBe(12)
  })

  it.each(['-1', '1.5', 'many', ''])('rejects --max-warnings %j', async (value) => {
    await expect(async () => loadConfig(cwd, { files: [], maxWarnings: value })).rejects.toThrow(
      UsageError,
    )
  })

  it('rejects an unknown format, naming it and the known ones', async () => {
    await expect(async () => loadConfig(cwd, { files: [], format: 'xml' })).rejects.toThrow(
      /^Cannot use format `xml`: expected .*`stylish`.*`json`/,
    )
  })

  it('rejects an unknown engine as a usage error', async () => {
    await expect(async () => loadConfig(cwd, { files: [], engine: 'hunspell' })).rejects.toThrow(
      UsageError,
    )
  })
})
