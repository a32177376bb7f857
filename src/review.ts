/**
 * The interactive review as a pure state machine: findings and the editor's decisions in,
 * edits and list additions out. The terminal layer (review-terminal.ts) only reads keys and
 * draws; everything it decides goes through `reviewStep`.
 */
import { applyEdits, type Edit, toEdit } from './fix.js'
import type { ListKind } from './nouns.js'
import type { Finding } from './types.js'

/** One decision of the editor about the current finding. */
export type ReviewAction =
  | { kind: 'take'; index: number }
  | { kind: 'replace'; text: string }
  | { kind: 'add'; list: ListKind; path: string }
  | { kind: 'ignore' }
  | { kind: 'ignore-file' }
  | { kind: 'skip' }
  | { kind: 'quit' }

/** A word to add to a house list. */
export interface ListAddition {
  list: ListKind
  path: string
  word: string
}

/** What the review decided so far, counted for the closing summary. */
export interface ReviewTally {
  fixed: number
  added: number
  ignored: number
  skipped: number
}

/** Where a review stands. */
export interface ReviewState {
  readonly text: string
  readonly findings: readonly Finding[]
  /** Index of the finding shown now; `findings.length` when the review is over. */
  readonly position: number
  readonly edits: readonly Edit[]
  readonly additions: readonly ListAddition[]
  /** Words no longer asked about: ignored in the file, or added to a list. */
  readonly dismissed: ReadonlySet<string>
  readonly tally: ReviewTally
}

/** Starts a review of `findings` in `text` at the first finding. */
export function startReview(text: string, findings: readonly Finding[]): ReviewState {
  return {
    text,
    findings,
    position: 0,
    edits: [],
    additions: [],
    dismissed: new Set(),
    tally: { fixed: 0, added: 0, ignored: 0, skipped: 0 },
  }
}

/** The finding to decide on now, or undefined when the review is over. */
export function currentFinding(state: ReviewState): Finding | undefined {
  return state.findings[state.position]
}

/** Applies one decision and moves to the next finding that still needs one. */
export function reviewStep(state: ReviewState, action: ReviewAction): ReviewState {
  const finding = currentFinding(state)
  if (!finding) return state
  if (action.kind === 'quit') return { ...state, position: state.findings.length }
  const next = decide(state, finding, action)
  return { ...next, position: nextPosition(next, state.position + 1) }
}

function decide(state: ReviewState, finding: Finding, action: ReviewAction): ReviewState {
  const tally = { ...state.tally }
  switch (action.kind) {
    case 'take':
    case 'replace': {
      const replacement = action.kind === 'take' ? finding.expected[action.index] : action.text
      const edit = replacement === undefined ? undefined : toEdit(state.text, finding, replacement)
      if (!edit) return { ...state, tally: { ...tally, skipped: tally.skipped + 1 } }
      return {
        ...state,
        edits: [...state.edits, edit],
        tally: { ...tally, fixed: tally.fixed + 1 },
      }
    }
    case 'add': {
      const word = action.list === 'words' ? finding.actual.toLowerCase() : finding.actual
      const addition = { list: action.list, path: action.path, word }
      return {
        ...state,
        additions: [...state.additions, addition],
        dismissed: new Set([...state.dismissed, finding.actual]),
        tally: { ...tally, added: tally.added + 1 },
      }
    }
    case 'ignore-file':
      return {
        ...state,
        dismissed: new Set([...state.dismissed, finding.actual]),
        tally: { ...tally, ignored: tally.ignored + 1 },
      }
    case 'ignore':
      return { ...state, tally: { ...tally, ignored: tally.ignored + 1 } }
    default:
      return { ...state, tally: { ...tally, skipped: tally.skipped + 1 } }
  }
}

function nextPosition(state: ReviewState, from: number): number {
  let position = from
  while (position < state.findings.length) {
    const finding = state.findings[position]
    if (finding && !state.dismissed.has(finding.actual)) break
    position++
  }
  return position
}

/** Whether every finding has been decided on (or the editor quit). */
export function isReviewOver(state: ReviewState): boolean {
  return state.position >= state.findings.length
}

/** What the review amounts to: the fixed text (unchanged when nothing was fixed) and additions. */
export function reviewOutcome(state: ReviewState): {
  text: string
  changed: boolean
  additions: readonly ListAddition[]
} {
  return {
    text: applyEdits(state.text, state.edits),
    changed: state.edits.length > 0,
    additions: state.additions,
  }
}

/** What a key asks for: a decision, a replacement to type, a list to add to, or abort. */
export type KeyIntent =
  | { kind: 'action'; action: ReviewAction }
  | { kind: 'ask-replacement' }
  | { kind: 'ask-list'; list: ListKind }
  | { kind: 'abort' }

/** The intent of a key pressed on `finding`, or undefined for a key that means nothing. */
export function intentForKey(
  key: { name?: string | undefined; sequence?: string | undefined; ctrl?: boolean | undefined },
  finding: Finding,
): KeyIntent | undefined {
  if (key.ctrl && key.name === 'c') return { kind: 'abort' }
  const char = key.sequence ?? ''
  if (/^[1-5]$/.test(char)) {
    const index = Number(char) - 1
    return index < finding.expected.length
      ? { kind: 'action', action: { kind: 'take', index } }
      : undefined
  }
  const simple: Record<string, KeyIntent> = {
    r: { kind: 'ask-replacement' },
    n: { kind: 'ask-list', list: 'names' },
    w: { kind: 'ask-list', list: 'words' },
    i: { kind: 'action', action: { kind: 'ignore' } },
    f: { kind: 'action', action: { kind: 'ignore-file' } },
    s: { kind: 'action', action: { kind: 'skip' } },
    q: { kind: 'action', action: { kind: 'quit' } },
  }
  return simple[char]
}
