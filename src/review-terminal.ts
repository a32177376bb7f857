import { emitKeypressEvents } from 'node:readline'
import type { ChalkInstance } from 'chalk'
import type { ListKind } from './nouns.js'
import {
  currentFinding,
  intentForKey,
  isReviewOver,
  type ReviewAction,
  type ReviewState,
  reviewStep,
} from './review.js'
import type { Finding } from './types.js'

/** A key as node:readline reports it. */
export interface Keypress {
  name?: string | undefined
  sequence?: string | undefined
  ctrl?: boolean | undefined
}

/** What the review needs from a terminal; tests pass a scripted one. */
export interface Terminal {
  write(text: string): void
  readKey(): Promise<Keypress>
}

/** How a review session is set up. */
export interface ReviewSession {
  /** The draft's path as shown to the editor. */
  display: string
  /** The list each kind of addition goes to; asked for (once) when missing. */
  lists: Partial<Record<ListKind, string | undefined>>
  chalk: ChalkInstance
}

/**
 * Walks the review in a terminal until every finding is decided, the editor quits (`q`) or aborts
 * (Ctrl-C). Returns the final state, or undefined when the review was aborted.
 */
export async function runReview(
  start: ReviewState,
  session: ReviewSession,
  terminal: Terminal,
): Promise<ReviewState | undefined> {
  let state = start
  const lists = { ...session.lists }
  while (!isReviewOver(state)) {
    const finding = currentFinding(state) as Finding
    terminal.write(renderFinding(state, finding, session))
    const action = await readAction(finding, lists, terminal)
    if (action === 'abort') return undefined
    state = reviewStep(state, action)
  }
  return state
}

async function readAction(
  finding: Finding,
  lists: Partial<Record<ListKind, string | undefined>>,
  terminal: Terminal,
): Promise<ReviewAction | 'abort'> {
  for (;;) {
    const intent = intentForKey(await terminal.readKey(), finding)
    if (!intent) continue
    if (intent.kind === 'abort') return 'abort'
    if (intent.kind === 'action') return intent.action
    if (intent.kind === 'ask-replacement') {
      const text = await readLine(terminal, `Replace \`${finding.actual}\` with: `)
      if (text) return { kind: 'replace', text }
      continue
    }
    const path =
      lists[intent.list] ??
      (await readLine(terminal, `Add to which ${describeList(intent.list)} list (path)? `))
    if (!path) continue
    lists[intent.list] = path
    return { kind: 'add', list: intent.list, path }
  }
}

function describeList(list: ListKind): string {
  return list === 'names' ? 'proper-noun' : 'house-word'
}

/**
 * Reads a line key by key (the terminal stays in raw mode): Enter ends it, Backspace deletes,
 * Escape or Ctrl-C cancels (undefined).
 */
export async function readLine(terminal: Terminal, question: string): Promise<string | undefined> {
  terminal.write(`\n${question}`)
  let text = ''
  for (;;) {
    const key = await terminal.readKey()
    if (key.name === 'return' || key.name === 'enter') {
      terminal.write('\n')
      return text.trim() || undefined
    }
    if (key.name === 'escape' || (key.ctrl && key.name === 'c')) {
      terminal.write(' (cancelled)\n')
      return undefined
    }
    if (key.name === 'backspace') {
      if (text) terminal.write('\b \b')
      text = text.slice(0, -1)
    } else if (!key.ctrl && key.sequence && /^[^\p{Cc}]+$/u.test(key.sequence)) {
      text += key.sequence
      terminal.write(key.sequence)
    }
  }
}

/** The screen for one finding: where, why, the line with the word highlighted, and the keys. */
export function renderFinding(
  state: ReviewState,
  finding: Finding,
  session: ReviewSession,
): string {
  const { chalk } = session
  const lineText = state.text.split(/\r\n|\r|\n/)[finding.line - 1] ?? ''
  const start = finding.column - 1
  const end = finding.line === finding.endLine ? finding.endColumn - 1 : lineText.length
  const before = clip(lineText.slice(0, start), 50, 'start')
  const after = clip(lineText.slice(end), 50, 'end')
  const word = chalk.inverse.bold(lineText.slice(start, end))
  const suggestions = finding.expected.map((text, index) => `  ${chalk.cyan(index + 1)} ${text}`)
  const count = finding.expected.length
  const take = count === 0 ? '' : count === 1 ? '[1] take  ' : `[1-${count}] take  `
  return [
    '',
    chalk.dim(
      `${session.display}:${finding.line}:${finding.column}  ${finding.ruleId}  (${state.position + 1} of ${state.findings.length})`,
    ),
    finding.reason,
    `  ${before}${word}${after}`,
    ...suggestions,
    chalk.dim(
      `${take}[r]eplace  add to [n]ames/[w]ords  [i]gnore  ignore in [f]ile  [s]kip  [q]uit`,
    ),
    '',
  ].join('\n')
}

function clip(text: string, max: number, keep: 'start' | 'end'): string {
  if (text.length <= max) return text
  return keep === 'start' ? `…${text.slice(-max)}` : `${text.slice(0, max)}…`
}

/**
 * A terminal over a TTY's streams: raw mode and keypress events from node:readline. Call
 * `close()` to leave raw mode.
 */
export function createTtyTerminal(
  input: NodeJS.ReadStream,
  output: NodeJS.WritableStream,
): Terminal & { close(): void } {
  emitKeypressEvents(input)
  input.setRawMode(true)
  input.resume()
  const queued: Keypress[] = []
  const waiting: ((key: Keypress) => void)[] = []
  const onKey = (_text: string | undefined, key: Keypress | undefined) => {
    const press = key ?? { sequence: _text }
    const waiter = waiting.shift()
    if (waiter) waiter(press)
    else queued.push(press)
  }
  input.on('keypress', onKey)
  return {
    write: (text) => output.write(text),
    readKey: () => {
      const key = queued.shift()
      return key ? Promise.resolve(key) : new Promise((resolve) => waiting.push(resolve))
    },
    close() {
      input.off('keypress', onKey)
      input.setRawMode(false)
      input.pause()
    },
  }
}
