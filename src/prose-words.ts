import type { Root, Word } from 'nlcst'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { forEachNodeOfType, wordText } from './tree-walk.js'

/** One checkable piece of a word: a hyphen-separated part, without a possessive ending. */
export interface WordToken {
  /** The text as written in the draft. */
  value: string
  /** The text to look up: curly apostrophes made straight. */
  lookup: string
  position: Position
}

/** A word of prose and the tokens it is checked as. */
export interface ProseWord {
  /** The whole word to look up, curly apostrophes made straight. */
  lookup: string
  tokens: WordToken[]
}

const separators = new Set(['-', '‐', '‑', '–', '—', '/'])
const hasDigit = /\d/
const possessive = /['’][sS]?$/
// Initialisms written with full stops (`U.S.`, `e.g.`, `p.m.`): letters, each followed by a stop.
// Both Unicode patterns are asked only when a cheaper test leaves the answer open: compiling one
// took ~3 ms of a short draft's check.
const initialism = /^(?:\p{L}\.){2,}$|^(?:\p{L}\.)+\p{L}$/u
const asciiLetter = /[A-Za-z]/
const letter = /\p{L}/u

/**
 * Calls `visitor` with every word of prose in `tree`. Syntax that is not prose (URLs, handles,
 * hashtags, file names) has been turned into `SourceNode`s before this runs and is never seen;
 * words with digits (`£54m`, `9am`, `1990s`) are skipped.
 */
export function visitProseWords(tree: Root, visitor: (word: ProseWord) => void): void {
  for (const word of proseWordsOf(tree)) visitor(word)
}

/** A rule's check of one word of prose, adding its messages to `file`. */
export type WordCheck = (word: ProseWord, file: VFile) => void

/**
 * The transformer of a rule that looks at each word on its own: the same check serves the
 * prescan, which hands it the plain words it reads without parsing (see prescan.ts).
 */
export function wordRule(check: WordCheck) {
  return (tree: Root, file: VFile): undefined => {
    for (const word of proseWordsOf(tree)) check(word, file)
  }
}

// Every rule walks the same words: tokenise a tree once and share the result.
const wordsByTree = new WeakMap<Root, ProseWord[]>()

/** The words of prose in `tree`, tokenised once per tree (see `visitProseWords`). */
export function proseWordsOf(tree: Root): readonly ProseWord[] {
  let words = wordsByTree.get(tree)
  if (!words) {
    const found: ProseWord[] = []
    forEachNodeOfType<Word>(tree, 'WordNode', (node) => {
      const tokens = toTokens(node)
      if (tokens.length === 0) return
      const lookup = normalizeApostrophes(wordText(node))
      found.push({ lookup, tokens })
    })
    words = found
    wordsByTree.set(tree, words)
  }
  return words
}

/** Straightens curly apostrophes, as dictionary-en spells `don't` with a straight one. */
export function normalizeApostrophes(text: string): string {
  return text.replace(/’/g, "'")
}

function toTokens(word: Word): WordToken[] {
  const groups: Word['children'][] = [[]]
  for (const child of word.children) {
    if (child.type === 'PunctuationNode' && separators.has(child.value)) groups.push([])
    else groups[groups.length - 1]?.push(child)
  }
  const tokens: WordToken[] = []
  groups.forEach((group, index) => {
    const token = toToken(group, index === groups.length - 1)
    if (token) tokens.push(token)
  })
  return tokens
}

function toToken(children: Word['children'], isLast: boolean): WordToken | undefined {
  let parts = children
  if (isLast) parts = stripPossessive(parts)
  const written = parts.map((child) => child.value).join('')
  if (written.includes('.') && initialism.test(written)) return undefined
  // An abbreviation's full stop (`Mr.`, `Dr.`, `etc.`) is not part of the word to look up.
  if (parts.length > 1 && parts.at(-1)?.type === 'PunctuationNode' && parts.at(-1)?.value === '.') {
    parts = parts.slice(0, -1)
  }
  const first = parts[0]?.position
  const last = parts[parts.length - 1]?.position
  if (!first || !last) return undefined
  const value = parts.map((child) => child.value).join('')
  if (!(asciiLetter.test(value) || letter.test(value)) || hasDigit.test(value)) return undefined
  return {
    value,
    lookup: normalizeApostrophes(value),
    position: { start: first.start, end: last.end },
  }
}

/** Drops a trailing `’s` or `'` (`EncroChat’s` → `EncroChat`); the base is what gets checked. */
function stripPossessive(children: Word['children']): Word['children'] {
  const text = children.map((child) => child.value).join('')
  if (!possessive.test(text) || children.length < 2) return children
  const end = children.at(-1)
  if (end?.type === 'PunctuationNode') return children.slice(0, -1)
  const apostrophe = children.at(-2)
  if (
    end?.type === 'TextNode' &&
    (end.value === 's' || end.value === 'S') &&
    apostrophe?.type === 'PunctuationNode'
  ) {
    return children.slice(0, -2)
  }
  return children
}
