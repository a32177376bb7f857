/**
 * Rule `name-consistency`: flags a name the draft spells two ways (`EnroChat` ×11 and
 * `ENCROCHAT` ×1), even when no list or dictionary knows either, as a reader would notice.
 *
 * Why: a draft that misspells a name usually does it consistently, and the one right spelling
 * hides in a quoted tweet or headline. A spell checker only sees an unknown word; the draft
 * itself shows the conflict.
 *
 * OK: `EncroChat was shut down. ENCROCHAT DISMANTLED!`; `Austria and Australia`; `form`/`from`
 * Not OK: `EnroChat was shut down. ENCROCHAT DISMANTLED!` → `EnroChat` differs from
 * `ENCROCHAT` (line 1), expected `EncroChat`
 *
 * Names are words with a capital letter and at least four letters, whose lower-case form is not
 * an ordinary dictionary word (so `Earlier` opening a sentence and `FORM` in a headline are not
 * names). Two spellings are variants within edit distance 1, or 2 when both have eight letters
 * or more, ignoring case, with the same first and last letters (distinct names and derived forms
 * differ there: `Humpty`/`Dumpty`, `Lena`/`Leni`); a plural is not a variant of its singular,
 * and two spellings only ever written in capitals are codes, not names (`IOCSIXF`/`IOCSIXG`).
 *
 * Which is suspect: when the proper-noun list or the dictionary knows one spelling, every
 * occurrence of the other is flagged with the known one. When neither is known, both are flagged,
 * each naming the other and saying which appears in a quote or an all-caps headline: that is
 * evidence, not proof, and in the EncroChat draft the majority was wrong, so the editor decides.
 *
 * The suggestion is the other spelling in the flagged word's capitalisation: the listed form
 * when the list knows it (`EncroChat` for `ENCROCHAT`), capitals for a word in capitals, and
 * otherwise the other spelling's letters cased letter by letter like the flagged word
 * (`EnroChat` against `ENCROCHAT` → `EncroChat`).
 */
import type { Paragraph, Root, Sentence } from 'nlcst'
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import { isAllCaps } from '../case-pattern.js'
import type { Lexicon } from '../lexicon.js'
import { maxNameDistance } from '../name-index.js'
import { findNearVariants, transferCase } from '../name-variants.js'
import { visitProseWords } from '../prose-words.js'
import { forEachNodeOfType, wordText } from '../tree-walk.js'
import type { Severity } from '../types.js'
import { reportFinding } from './report.js'

/** Options of the name-consistency rule. */
export interface NameConsistencyOptions {
  lexicon: Lexicon
  severity: Severity
}

type Evidence = 'quote' | 'headline'

// Letters (and apostrophes) only, with at least one capital.
const nameLike = /^(?=.*\p{Lu})[\p{L}']+$/u

/** One spelling of a name in the draft (case-insensitive) and where it occurs. */
interface Spelling {
  /** The most frequent form as written, preferring one not in capitals. */
  shown: string
  places: { value: string; position: Position }[]
  firstLine: number
  evidence: Set<Evidence>
  /** How the list or dictionary knows it, if either does. */
  knownBy: 'list' | 'dictionary' | undefined
  /** The listed name it is a case form of, if any. */
  listed: string | undefined
}

/** The unified plugin of rule `name-consistency`. */
export function nameConsistency(options: NameConsistencyOptions) {
  const { lexicon, severity } = options

  return (tree: Root, file: VFile): undefined => {
    const spellings = collectSpellings(tree, lexicon)
    const keys = [...spellings.keys()]
    const partners = new Map<string, string[]>()
    for (const [a, b] of findNearVariants(keys)) {
      const first = keys[a] ?? ''
      const second = keys[b] ?? ''
      if (isCodeLike(spellings.get(first)) && isCodeLike(spellings.get(second))) continue
      partners.set(first, [...(partners.get(first) ?? []), second])
      partners.set(second, [...(partners.get(second) ?? []), first])
    }
    for (const [key, others] of partners) {
      const suspect = spellings.get(key)
      if (!suspect || suspect.knownBy) continue
      const other = pickPartner(others.flatMap((other) => spellings.get(other) ?? []))
      if (other) report(file, suspect, other, severity)
    }
  }
}

/**
 * Whether a spelling is only ever written in capitals and known to neither list nor dictionary:
 * two such spellings a letter apart are usually distinct codes or acronyms (`IOCSIXF`, `IOCSIXG`).
 */
function isCodeLike(spelling: Spelling | undefined): boolean {
  return (
    spelling !== undefined &&
    !spelling.knownBy &&
    spelling.places.every((place) => isAllCaps(place.value))
  )
}

function report(file: VFile, suspect: Spelling, other: Spelling, severity: Severity): void {
  const count = suspect.places.length
  for (const { value, position } of suspect.places) {
    const expected = expectedFor(value, other)
    const otherTag = `\`${other.shown}\` (${other.places.length}×, line ${other.firstLine}${describeEvidence(other)})`
    const reason = other.knownBy
      ? `Unexpected \`${value}\` (${count}×), expected \`${expected}\`: differs from ${otherTag}, known to the ${other.knownBy === 'list' ? 'proper-noun list' : 'dictionary'}`
      : `Unexpected \`${value}\` (${count}×${describeEvidence(suspect)}), differs from ${otherTag}: check which spelling is right`
    reportFinding(file, 'name-consistency', severity, {
      reason,
      place: position,
      actual: value,
      expected: [expected],
    })
  }
}

/** The other spelling in the flagged word's capitalisation; a listed name keeps its own. */
function expectedFor(value: string, other: Spelling): string {
  if (other.listed) return isAllCaps(value) ? other.listed.toUpperCase() : other.listed
  if (isAllCaps(value) || isAllCaps(other.shown)) return transferCase(value, other.shown)
  return other.shown
}

function describeEvidence(spelling: Spelling): string {
  if (spelling.evidence.has('quote')) return ', in a quote'
  return spelling.evidence.has('headline') ? ', in an all-caps headline' : ''
}

/** The partner to name: a known spelling first, then one with evidence, then the most used. */
function pickPartner(candidates: readonly Spelling[]): Spelling | undefined {
  const score = (spelling: Spelling) =>
    (spelling.knownBy ? 4 : 0) + (spelling.evidence.size > 0 ? 2 : 0)
  return [...candidates].sort(
    (a, b) => score(b) - score(a) || b.places.length - a.places.length || a.firstLine - b.firstLine,
  )[0]
}

/** Every name-like word of the draft, grouped by its lower-case spelling. */
function collectSpellings(tree: Root, lexicon: Lexicon): Map<string, Spelling> {
  const contexts = collectContexts(tree)
  const spellings = new Map<string, Spelling>()
  visitProseWords(tree, (word) => {
    for (const token of word.tokens) {
      const value = token.lookup
      const lower = value.toLowerCase()
      // Initialisms (`U.S.`) and short words are not compared.
      if (!nameLike.test(value) || maxNameDistance(value.length) === 0) continue
      // An ordinary word capitalised (`Earlier`, `FORM`) is not a name.
      if (lexicon.engine.isCorrect(lower)) continue
      let spelling = spellings.get(lower)
      if (!spelling) {
        spelling = {
          shown: value,
          places: [],
          firstLine: token.position.start.line,
          evidence: new Set(),
          knownBy: undefined,
          listed: undefined,
        }
        spellings.set(lower, spelling)
      }
      spelling.places.push({ value: token.value, position: token.position })
      for (const evidence of contexts.get(keyOf(token.position.start)) ?? []) {
        if (evidence === 'quote' || isAllCaps(value)) spelling.evidence.add(evidence)
      }
      const knownBy = lexicon.names.accepts(value)
        ? 'list'
        : lexicon.engine.isCorrect(value)
          ? 'dictionary'
          : undefined
      if (knownBy === 'list' || (knownBy && !spelling.knownBy)) spelling.knownBy = knownBy
      spelling.listed ??= lexicon.names.accepts(value)
        ? (lexicon.names.caseVariantOf(lower) ?? (isAllCaps(value) ? undefined : value))
        : undefined
    }
  })
  for (const spelling of spellings.values()) spelling.shown = mostUsedForm(spelling)
  return spellings
}

function mostUsedForm(spelling: Spelling): string {
  const counts = new Map<string, number>()
  for (const { value } of spelling.places) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts].sort(
    (a, b) => Number(isAllCaps(a[0])) - Number(isAllCaps(b[0])) || b[1] - a[1],
  )[0]?.[0] as string
}

function keyOf(point: Point): string {
  return `${point.line}:${point.column}`
}

/**
 * Where each word stands, by the start of each of its parts: inside quotation marks, and in a
 * run of two or more words in capitals (a headline or a shouted tweet).
 */
function collectContexts(tree: Root): Map<string, Evidence[]> {
  const contexts = new Map<string, Evidence[]>()
  forEachNodeOfType<Paragraph>(tree, 'ParagraphNode', (paragraph) => {
    const open: string[] = []
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const headlines = findHeadlineWords(sentence)
      for (const child of sentence.children) {
        const headline = headlines.has(child)
        if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
          trackQuotes(open, child.value)
        } else if (child.type === 'WordNode' && (headline || open.length > 0)) {
          const evidence: Evidence[] = []
          if (open.length > 0) evidence.push('quote')
          if (headline) evidence.push('headline')
          for (const part of child.children) {
            if (part.position) contexts.set(keyOf(part.position.start), evidence)
          }
        }
      }
    }
  })
  return contexts
}

const closing: Readonly<Record<string, string>> = { '”': '“', '’': '‘', '»': '«' }

/** Follows quotation mark `mark`: `open` holds the marks open before it, innermost last. */
export function trackQuotes(open: string[], mark: string): void {
  if (mark === '“' || mark === '‘' || mark === '«') open.push(mark)
  else if (closing[mark] !== undefined && open.at(-1) === closing[mark]) open.pop()
  else if (mark === '"' && open.at(-1) === '"') open.pop()
  else if (mark === '"') open.push(mark)
}

/** The words of runs of two or more words in capitals (`ENCROCHAT DISMANTLED`): headlines. */
function findHeadlineWords(sentence: Sentence): Set<Sentence['children'][number]> {
  const found = new Set<Sentence['children'][number]>()
  let run: Sentence['children'][number][] = []
  const end = () => {
    if (run.length >= 2) for (const word of run) found.add(word)
    run = []
  }
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue
    const text = wordText(child)
    if (!/\p{L}/u.test(text)) continue
    if (text === text.toUpperCase()) run.push(child)
    else end()
  }
  end()
  return found
}
