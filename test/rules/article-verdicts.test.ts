import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { decodeCheckerData } from '../../src/engine/artefact.js'
import { buildStringTable, stringAt } from '../../src/engine/string-table.js'
import { buildArticleVerdicts, builtVerdict } from '../../src/rules/article-verdicts.js'
import {
  askArticles,
  flagsArticle,
  useArticleVerdicts,
  wouldFlagArticle,
  wouldFlagArticles,
} from '../../src/rules/indefinite-article.js'
import { repoRoot } from '../helpers.js'

// Words the plugin answers differently for: vowel and consonant sounds, its lists (`hour`,
// `one`, `European`, `UN`), `and` after `a`, a capital it leaves alone, and words it does not
// read whole (a hyphen, an apostrophe, a leading number).
const words = [
  'hour',
  'house',
  'European',
  'one',
  'umbrella',
  'useful',
  'honest',
  'and',
  'UN',
  'Apple',
  'well-known',
  "o'clock",
  '1st',
  '8',
]

describe('article verdicts asked by the build', () => {
  afterEach(() => useArticleVerdicts(undefined))

  it("are the plugin's verdicts on `a` and `an` before each word it reads whole", () => {
    const table = buildStringTable(words)
    const built = { words: table, verdicts: buildArticleVerdicts(table, wouldFlagArticles) }
    for (const word of words) {
      const whole = !/['’ -]/.test(word) && !/^\d/.test(word)
      for (const article of ['a', 'an']) {
        expect(builtVerdict(built, article, word)).toBe(
          whole ? wouldFlagArticle(article, word) : undefined,
        )
      }
      // Capital articles, and words not in the table, are left to the plugin.
      expect(builtVerdict(built, 'A', word)).toBeUndefined()
    }
    expect(builtVerdict(built, 'a', 'owl')).toBeUndefined()
    expect([builtVerdict(built, 'a', 'hour'), builtVerdict(built, 'an', 'house')]).toEqual([
      true,
      true,
    ])
  })

  it('asks the plugin once about a form another dialect shares', () => {
    const known = new Map<string, number>()
    const asked: string[] = []
    const ask = (pairs: readonly (readonly [string, string])[]) => {
      asked.push(...pairs.map(([article, word]) => `${article} ${word}`))
      return wouldFlagArticles(pairs)
    }
    const first = buildArticleVerdicts(buildStringTable(['hour', 'house']), ask, known)
    const second = buildArticleVerdicts(buildStringTable(['colour', 'hour']), ask, known)
    expect(asked).toEqual(['a hour', 'an hour', 'a house', 'an house', 'a colour', 'an colour'])
    expect(second[1]).toBe(first[0])
  })

  it('answer for the plugin in the rule and the prescan once an engine gives them', () => {
    // Verdicts that disagree with the plugin, to tell whose answer is taken.
    const table = buildStringTable(['zebra', 'owl'])
    const wrong = { words: table, verdicts: Uint8Array.of(1 | 2, 1 | 4) }
    useArticleVerdicts(wrong)
    expect(flagsArticle('a', 'zebra')).toBe(true)
    askArticles([['an', 'owl']])
    expect(flagsArticle('an', 'owl')).toBe(true)
    // Anything else still goes to the plugin.
    expect(flagsArticle('A', 'zebra')).toBe(false)
    expect(flagsArticle('a', 'hour')).toBe(true)
    useArticleVerdicts(undefined)
    expect([flagsArticle('a', 'zebra'), flagsArticle('an', 'owl')]).toEqual([false, false])
  })

  const built = path.join(repoRoot, 'dist', 'engine', 'dictionary-en-US.checker.bin')
  it.skipIf(!existsSync(built))("in the build's dictionary agree with the plugin", () => {
    const checker = decodeCheckerData(readFileSync(built))
    const verdicts = checker?.articleVerdicts
    expect(verdicts).toBeDefined()
    if (!checker || !verdicts) return
    const forms = { words: checker.forms, verdicts }
    // Every 40th form: ~3,000 words, and the words above that the dictionary has.
    const count = checker.forms.offsets.length - 1
    const sample = Array.from({ length: Math.ceil(count / 40) }, (_, index) =>
      stringAt(checker.forms, index * 40),
    )
    let answered = 0
    for (const word of [...sample, ...words]) {
      for (const article of ['a', 'an']) {
        const verdict = builtVerdict(forms, article, word)
        if (verdict === undefined) continue
        answered++
        expect(verdict, `${article} ${word}`).toBe(wouldFlagArticle(article, word))
      }
    }
    expect(answered).toBeGreaterThan(4000)
  })
})
