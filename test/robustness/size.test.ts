import path from 'node:path'
import { VFile } from 'vfile'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.js'
import { loadDictionaries } from '../../src/dictionaries.js'
import { createLexicon } from '../../src/lexicon.js'
import { checkFile, createProcessor } from '../../src/pipeline.js'
import { toResults } from '../../src/results.js'
import type { Finding } from '../../src/types.js'
import { repoRoot } from '../helpers.js'
import { type CliRun, findingsByPath, runCli, writeDrafts } from './run-cli.js'

// Huge and deeply nested drafts: each must complete with every finding, never crash. The tests
// assert on results only; how long they take is bench/limits.mjs's business.

const sentence = 'The police seized the phones and read the messages. '
// A typo mid-line, between two sentences: the line is exactly 100,000 characters.
const beforeTypo = sentence.repeat(Math.floor(50_000 / sentence.length))
const longLine = `${beforeTypo}secnd ${sentence.repeat(1000)}`.slice(0, 100_000)
const longWord = 'abcdefghij'.repeat(500)
const consonants = 'bcdfghjklmnpqrstvwxz'

/** The `n`th of 10,000 made-up words, none of them English: `qxbabebibo`, `qxcabebibo`, … */
function madeUpWord(n: number): string {
  let word = 'qx'
  let rest = n
  for (const vowel of 'aeio') {
    word += `${consonants[rest % consonants.length]}${vowel}`
    rest = Math.floor(rest / consonants.length)
  }
  return word
}

const madeUpWords = Array.from({ length: 10_000 }, (_, n) => madeUpWord(n))
const depth = 1000

const dir = writeDrafts({
  'long-line.txt': longLine,
  'long-word.txt': `Start ${longWord} end.\n`,
  'misspellings.txt': `${madeUpWords.join(' ')}\n`,
  'blockquotes.md': `${'> '.repeat(depth)}A secnd look.\n`,
  'lists.md': `${'- '.repeat(depth)}A secnd look.\n`,
  'indented-lists.md': Array.from(
    { length: depth },
    (_, level) => `${'  '.repeat(level)}- Level ${level} has a secnd look.`,
  ).join('\n'),
  'mixed.md': `${'> - '.repeat(depth / 2)}A secnd look.\n`,
  'nested.html': `${'<div>'.repeat(depth)}A secnd look.${'</div>'.repeat(depth)}\n`,
})

// The processor of a default run, for checking files with options the CLI does not expose.
const processor = (async () => {
  const config = await loadConfig(repoRoot, { files: [] })
  const lists = await loadDictionaries(config)
  const lexicon = await createLexicon(config.engine, lists)
  return createProcessor({ lexicon, rules: config.rules, engine: config.engine, lists })
})()

function actuals(findings: Finding[] | undefined): string[] {
  return (findings ?? []).map((finding) => finding.actual)
}

describe('long lines and long words', () => {
  let result: CliRun
  beforeAll(async () => {
    result = await runCli(['--format', 'json', 'long-line.txt', 'long-word.txt'], dir)
  }, 120_000)

  it('checks a single 100,000-character line and places its one typo', () => {
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    const findings = findingsByPath(result.stdout).get('long-line.txt')
    expect(findings).toHaveLength(1)
    expect(findings?.[0]).toMatchObject({
      actual: 'secnd',
      line: 1,
      column: beforeTypo.length + 1,
    })
  })

  it('flags a 5,000-character word once, at its place, without hanging the suggester', () => {
    const findings = findingsByPath(result.stdout).get('long-word.txt')
    expect(findings).toHaveLength(1)
    expect(findings?.[0]).toMatchObject({
      actual: longWord,
      line: 1,
      column: 7,
      endColumn: 5007,
      ruleId: 'spelling',
    })
  })
})

describe('many misspellings', () => {
  it('reports all 10,000 unique misspellings of one file, in order', async () => {
    const result = await runCli(['--format', 'json', 'misspellings.txt'], dir)
    expect(result.code).toBe(1)
    const findings = findingsByPath(result.stdout).get('misspellings.txt') ?? []
    expect(new Set(findings.map((finding) => finding.ruleId))).toEqual(new Set(['spelling']))
    expect(actuals(findings)).toEqual(madeUpWords)
  }, 600_000)
})

describe('Markdown and HTML nested 1,000 levels deep', () => {
  let result: CliRun
  const names = ['blockquotes.md', 'lists.md', 'indented-lists.md', 'mixed.md', 'nested.html']
  beforeAll(async () => {
    result = await runCli(['--format', 'json', ...names], dir)
  }, 120_000)

  it.each(names.filter((name) => name !== 'indented-lists.md'))(
    'checks %s without a stack overflow and finds its typo',
    (name) => {
      expect(result.code).toBe(1)
      expect(actuals(findingsByPath(result.stdout).get(name))).toEqual(['secnd'])
    },
  )

  it('checks Markdown nested over 100 levels deep as plain text, with a warning each', () => {
    expect(result.stderr).toBe(
      names
        .filter((name) => name.endsWith('.md'))
        .map(
          (name) =>
            `proofread: Checked \`${name}\` as plain text: it nests more than 100 levels deep\n`,
        )
        .join(''),
    )
  })

  it('places every finding of deeply indented lists on its own line', () => {
    const findings = findingsByPath(result.stdout).get('indented-lists.md') ?? []
    expect(findings.map((finding) => [finding.line, finding.actual])).toEqual(
      Array.from({ length: depth }, (_, level) => [level + 1, 'secnd']),
    )
  })
})

describe('huge plain-text drafts', () => {
  it('checks a draft part by part with the same findings as all at once', async () => {
    const paragraph =
      'The EnroChat network fell.\r\nPolice took a secnd look at the the phones.\n\n'
    const text = paragraph.repeat(200)
    const check = async (partSize: number) => {
      const file = new VFile({ path: path.join(repoRoot, 'huge.txt'), value: text, cwd: repoRoot })
      await checkFile(await processor, file, { partSize })
      return toResults([file], repoRoot)[0]?.messages
    }
    const whole = await check(Number.POSITIVE_INFINITY)
    expect(whole).toHaveLength(600)
    expect(await check(1000)).toEqual(whole)
  }, 120_000)
})
