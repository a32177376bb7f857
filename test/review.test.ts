import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Chalk } from 'chalk'
import { describe, expect, it } from 'vitest'
import {
  currentFinding,
  intentForKey,
  isReviewOver,
  type ReviewAction,
  reviewOutcome,
  reviewStep,
  startReview,
} from '../src/review.js'
import { reviewFile } from '../src/review-command.js'
import { type Keypress, readLine, runReview, type Terminal } from '../src/review-terminal.js'
import { captureIo, fixturePath, makeTempDir, rootDir } from './capture-io.js'
import { makeFinding } from './helpers.js'

const read = readFile
const write = writeFile
const copy = copyFile

const text = 'EnroChat rose. Then EnroChat fell. Zorb left.\n'
const findings = [
  makeFinding({ column: 1 }),
  makeFinding({ column: 21 }),
  makeFinding({ column: 36, actual: 'Zorb', expected: ['Zorn', 'Zoro'], ruleId: 'spelling' }),
]

function decideAll(actions: ReviewAction[]) {
  return actions.reduce(reviewStep, startReview(text, findings))
}

describe('the review state machine', () => {
  it('takes a suggestion as an edit of that span only', () => {
    const state = decideAll([{ kind: 'take', index: 0 }, { kind: 'skip' }, { kind: 'ignore' }])
    expect(isReviewOver(state)).toBe(true)
    expect(reviewOutcome(state).text).toBe('EncroChat rose. Then EnroChat fell. Zorb left.\n')
    expect(state.tally).toEqual({ fixed: 1, added: 0, ignored: 1, skipped: 1 })
  })

  it('types a replacement', () => {
    const state = decideAll([
      { kind: 'skip' },
      { kind: 'skip' },
      { kind: 'replace', text: 'Zorba' },
    ])
    expect(reviewOutcome(state).text).toBe('EnroChat rose. Then EnroChat fell. Zorba left.\n')
  })

  it('stops asking about a word ignored in the file', () => {
    const state = decideAll([{ kind: 'ignore-file' }])
    expect(currentFinding(state)?.actual).toBe('Zorb')
  })

  it('records a list addition and stops asking about that word', () => {
    const state = decideAll([{ kind: 'add', list: 'names', path: 'names.txt' }])
    expect(state.additions).toEqual([{ list: 'names', path: 'names.txt', word: 'EnroChat' }])
    expect(currentFinding(state)?.actual).toBe('Zorb')
  })

  it('adds a house word in lower case', () => {
    const state = decideAll([{ kind: 'skip' }, { kind: 'skip' }])
    const added = reviewStep(state, { kind: 'add', list: 'words', path: 'words.txt' })
    expect(added.additions[0]?.word).toBe('zorb')
  })

  it('ends at quit, keeping what was decided before', () => {
    const state = decideAll([{ kind: 'take', index: 0 }, { kind: 'quit' }])
    expect(isReviewOver(state)).toBe(true)
    expect(reviewOutcome(state)).toMatchObject({ changed: true })
    expect(state.tally.skipped).toBe(0)
  })

  it.each([
    ['1', { kind: 'action', action: { kind: 'take', index: 0 } }],
    ['2', undefined],
    ['r', { kind: 'ask-replacement' }],
    ['n', { kind: 'ask-list', list: 'names' }],
    ['w', { kind: 'ask-list', list: 'words' }],
    ['f', { kind: 'action', action: { kind: 'ignore-file' } }],
    ['x', undefined],
  ])('maps key %s to its intent', (sequence, intent) => {
    expect(intentForKey({ sequence }, makeFinding())).toEqual(intent)
  })
})

/** A terminal that plays `keys` (a string is typed character by character) and keeps the output. */
function scriptedTerminal(
  keys: (string | Keypress)[],
): Terminal & { output: string; close(): void } {
  const queue: Keypress[] = keys.flatMap((key) =>
    typeof key === 'string' ? [...key].map((sequence) => ({ sequence, name: sequence })) : [key],
  )
  const terminal = {
    output: '',
    write(chunk: string) {
      terminal.output += chunk
    },
    async readKey() {
      const key = queue.shift()
      if (!key) throw new Error('The script ran out of keys')
      return key
    },
    close() {},
  }
  return terminal
}

const enter = { name: 'return', sequence: '\r' }
const session = { display: 'draft.txt', lists: {}, chalk: new Chalk({ level: 0 }) }

describe('runReview with injected keys', () => {
  it('ignores keys that mean nothing, takes, types a replacement and quits', async () => {
    const terminal = scriptedTerminal(['x21', 'r', 'EncroChat', enter, 'q'])
    const state = await runReview(startReview(text, findings), session, terminal)
    expect(state && reviewOutcome(state).text).toBe(
      'EncroChat rose. Then EncroChat fell. Zorb left.\n',
    )
    expect(terminal.output).toContain('  EnroChat rose. Then EnroChat fell.')
    expect(terminal.output).toContain('draft.txt:1:21  proper-noun  (2 of 3)')
  })

  it('asks once for the list path when none is configured', async () => {
    const terminal = scriptedTerminal(['n', 'names.txt', enter, 'n'])
    const state = await runReview(startReview(text, findings), session, terminal)
    expect(state?.additions.map((addition) => addition.path)).toEqual(['names.txt', 'names.txt'])
    expect(terminal.output.match(/Add to which proper-noun list/g)).toHaveLength(1)
  })

  it('returns nothing when aborted with Ctrl-C', async () => {
    const terminal = scriptedTerminal(['1', { name: 'c', ctrl: true }])
    expect(await runReview(startReview(text, findings), session, terminal)).toBeUndefined()
  })

  it('reads a line with backspace and cancels it with Escape', async () => {
    const typed = scriptedTerminal(['Zorx', { name: 'backspace' }, 'b', enter])
    expect(await readLine(typed, '? ')).toBe('Zorb')
    expect(await readLine(scriptedTerminal(['Zo', { name: 'escape' }]), '? ')).toBeUndefined()
  })
})

describe('reviewFile', () => {
  it('writes the fixes and the sorted list additions once, at the end', async () => {
    const dir = await makeTempDir()
    await write(path.join(dir, 'draft.txt'), 'EnroChat rose. Zorbleflux fell.\n')
    await write(path.join(dir, 'names.txt'), '# Desk names.\n\nAardvark Ltd\nZygote\n')
    const captured = captureIo(dir)
    const terminal = scriptedTerminal(['1', 'n'])
    const code = await reviewFile({ file: 'draft.txt', properNouns: ['names.txt'] }, captured.io, {
      chalk: new Chalk({ level: 0 }),
      openTerminal: () => terminal,
    })
    expect(code).toBe(0)
    expect(await read(path.join(dir, 'draft.txt'), 'utf8')).toBe(
      'EncroChat rose. Zorbleflux fell.\n',
    )
    expect(await read(path.join(dir, 'names.txt'), 'utf8')).toBe(
      '# Desk names.\n\nAardvark Ltd\nZorbleflux\nZygote\n',
    )
    expect(captured.stdout()).toContain('Added `Zorbleflux` to `names.txt`')
  })
})

// Drives the built program in a real pseudo-terminal. CI builds before testing; tmux comes from
// apt (`apt-get install -y tmux`).
const hasTmux = spawnSync('tmux', ['-V']).status === 0
const builtCli = path.join(rootDir, 'dist', 'cli.js')
const canDrive = hasTmux && existsSync(builtCli)
if (!canDrive) {
  console.warn(
    `Skipping the tmux review test: ${hasTmux ? `${builtCli} is missing; run npm run build` : 'tmux is not installed (apt-get install -y tmux)'}`,
  )
}

describe('proofread review in a terminal (tmux)', () => {
  it.skipIf(!canDrive)(
    'takes the suggestion for the first EnroChat, quits, and writes only that',
    async () => {
      const dir = await makeTempDir()
      const draft = path.join(dir, 'draft.txt')
      await copy(fixturePath('encrochat-draft.txt'), draft)
      const socket = `proofread-test-${process.pid}`
      const tmux = (...args: string[]) =>
        execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' })
      const command = `${process.execPath} ${path.join(rootDir, 'bin', 'proofread.js')} review draft.txt; echo "exit=$?"; sleep 60`
      tmux('new-session', '-d', '-s', 'review', '-x', '200', '-y', '50', '-c', dir, command)
      try {
        await waitForPane(tmux, '(1 of 11)')
        tmux('send-keys', '-t', 'review', '1')
        await waitForPane(tmux, '(2 of 11)')
        tmux('send-keys', '-t', 'review', 'q')
        const screen = await waitForPane(tmux, 'exit=0')
        expect(screen).toContain('Fixed 1, added 0 to lists, ignored 0, skipped 0 in `draft.txt`')
      } finally {
        tmux('kill-server')
      }
      const original = await read(fixturePath('encrochat-draft.txt'), 'utf8')
      const expected = original.replace('EnroChat', 'EncroChat')
      expect(expected).not.toBe(original)
      expect(await read(draft, 'utf8')).toBe(expected)
    },
  )
})

/** Polls the pane until it shows `text` (up to 20 s: the first check loads the dictionaries). */
async function waitForPane(tmux: (...args: string[]) => string, text: string): Promise<string> {
  let screen = ''
  for (let attempt = 0; attempt < 200; attempt++) {
    screen = tmux('capture-pane', '-p', '-t', 'review', '-S', '-100')
    if (screen.includes(text)) return screen
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`The pane never showed \`${text}\`; it shows:\n${screen}`)
}
