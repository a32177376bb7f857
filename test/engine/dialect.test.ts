import { describe, expect, it } from 'vitest'
import { run } from '../../src/cli.js'
import { loadFastEngine } from '../../src/engine/fast.js'
import { createNspellEngine } from '../../src/engine/nspell.js'
import type { FileResult } from '../../src/types.js'
import { makeIo, writeTempFiles } from '../helpers.js'

const noLists = { words: [], names: [] }

describe('dialects', () => {
  it.each([
    ['colour', 'color'],
    ['organise', 'organize'],
    ['centre', 'center'],
  ])('flags the British %j in en-US and suggests %j', async (british, american) => {
    const engine = await loadFastEngine(noLists, 'en-US')
    expect(engine.isCorrect(british)).toBe(false)
    expect(engine.suggest(british)[0]).toBe(american)
  })

  it.each([
    ['colour', 'color'],
    ['organise', 'organize'],
    ['centre', 'center'],
  ])('accepts %j in en-GB and flags %j, suggesting the British form', async (british, american) => {
    const engine = await loadFastEngine(noLists, 'en-GB')
    expect(engine.isCorrect(british)).toBe(true)
    expect(engine.isCorrect(american)).toBe(false)
    expect(engine.suggest(american)).toContain(british)
  })

  it('gives the nspell engine the same dictionary', async () => {
    const british = await createNspellEngine(noLists, 'en-GB')
    const american = await createNspellEngine(noLists, 'en-US')
    expect(['colour', 'color'].map((word) => british.isCorrect(word))).toEqual([true, false])
    expect(['colour', 'color'].map((word) => american.isCorrect(word))).toEqual([false, true])
  })

  it.each([
    ['fast', 'en-GB', ['color']],
    ['retext-spell', 'en-GB', ['color']],
    ['retext-spell', 'en-US', ['colour']],
  ])('checks with --engine %s --dialect %s', async (engine, dialect, flagged) => {
    const cwd = writeTempFiles({ 'a.txt': 'The colour and the color.\n' })
    const { io, stdout } = makeIo({ cwd })
    const argv = ['--engine', engine, '--dialect', dialect, '--format', 'json', 'a.txt']
    expect(await run(argv, io)).toBe(1)
    const findings = (JSON.parse(stdout()) as FileResult[])[0]?.messages ?? []
    expect(findings.map((finding) => finding.actual)).toEqual(flagged)
  })
})
