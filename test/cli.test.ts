import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { run } from '../src/cli.js'
import { chalkFor, colorLevel } from '../src/color.js'
import type { FileResult } from '../src/types.js'
import { encrochatDraftPlaces, makeIo, repoRoot, testLists, writeTempFiles } from './helpers.js'

const packageJson = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string }

const draft = 'fixtures/encrochat-draft.txt'
const published = 'fixtures/encrochat-published.txt'

// Drafts and lists the repository does not hold: a typo, a non-UTF-8 list, and so on.
const temp = writeTempFiles({
  'typos.txt': 'The athorities and the goverment agreed.\n',
  'names-in-latin1.txt': Buffer.from('Zorblatt\nCaf\xe9 Nord\n', 'latin1'),
  'invalid.txt': Buffer.from('Good line.\nBad \xff byte.\n', 'latin1'),
  'binary.bin': Buffer.from([0x45, 0x00, 0x01, 0x02]),
  'utf16.txt': Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from('The EnroChat network.\n', 'utf16le'),
  ]),
  'bom.txt': Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from('EnroChat was hit.\n', 'utf8'),
  ]),
  'names-only.txt': 'Zorblatt is a name.\n',
})

/** Runs the CLI in process and returns its exit code and output. */
async function runCli(argv: string[], options: Parameters<typeof makeIo>[0] = {}) {
  const { io, stdout, stderr } = makeIo(options)
  const code = await run(argv, io)
  return { code, stdout: stdout(), stderr: stderr() }
}

function parseJson(stdout: string): FileResult[] {
  return JSON.parse(stdout) as FileResult[]
}

describe('exit codes', () => {
  it('exits 0 for a clean draft', async () => {
    const { code, stdout, stderr } = await runCli(['check', published])
    expect(code).toBe(0)
    expect(stdout).toContain('No problems in 1 file')
    expect(stderr).toBe('')
  })

  it('exits 1 for a draft with findings', async () => {
    const { code } = await runCli(['check', draft])
    expect(code).toBe(1)
  })

  it('exits 1 for a draft with only warnings', async () => {
    const { code } = await runCli([path.join(temp, 'typos.txt')])
    expect(code).toBe(1)
  })

  it('exits 2 for a missing file, naming it, and still checks and reports the others', async () => {
    const { code, stdout, stderr } = await runCli([
      'check',
      '--format',
      'json',
      'no-such-draft.txt',
      draft,
    ])
    expect(code).toBe(2)
    expect(stderr).toContain('no-such-draft.txt')
    expect(stderr).toMatch(/^proofread: Cannot read `no-such-draft.txt`/m)
    const results = parseJson(stdout)
    expect(results.map((result) => result.path)).toEqual([draft])
    expect(results[0]?.messages).toHaveLength(11)
  })

  it('exits 2 for an unknown flag and says which', async () => {
    const { code, stderr } = await runCli(['check', '--bogus', published])
    expect(code).toBe(2)
    expect(stderr).toContain("unknown option '--bogus'")
  })

  it('exits 2 for an unknown format and lists the known ones', async () => {
    const { code, stdout, stderr } = await runCli(['check', '--format', 'xml', published])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('xml')
    expect(stderr).toContain('stylish')
    expect(stderr).toContain('json')
  })

  it('exits 2 for an unknown engine', async () => {
    const { code, stderr } = await runCli(['check', '--engine', 'hunspell', published])
    expect(code).toBe(2)
    expect(stderr).toContain('hunspell')
  })

  it('exits 2 for a --max-warnings that is not a whole number', async () => {
    const { code, stderr } = await runCli(['check', '--max-warnings', 'many', published])
    expect(code).toBe(2)
    expect(stderr).toContain('--max-warnings')
  })

  it('exits 0 for --help and prints usage with examples on stdout', async () => {
    const { code, stdout, stderr } = await runCli(['--help'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toContain('Usage: proofread')
    expect(stdout).toContain('Examples:')
    expect(stdout).toContain('proofread check draft.txt')
    expect(stdout).toContain('Exit codes:')
  })

  it('exits 0 for check --help and lists the check options', async () => {
    const { code, stdout } = await runCli(['check', '--help'])
    expect(code).toBe(0)
    for (const option of [
      '--format',
      '--proper-nouns',
      '--words',
      '--no-bundled-lists',
      '--stdin-filename',
    ]) {
      expect(stdout).toContain(option)
    }
    expect(stdout).toContain('Examples:')
  })

  it("exits 0 for --version and prints package.json's version", async () => {
    const { code, stdout } = await runCli(['--version'])
    expect(code).toBe(0)
    expect(stdout.trim()).toBe(packageJson.version)
  })
})

describe('inputs', () => {
  it('treats `proofread <path>` as `proofread check <path>`', async () => {
    const implicit = await runCli(['--format', 'json', draft])
    const explicit = await runCli(['check', '--format', 'json', draft])
    expect(implicit.code).toBe(1)
    expect(implicit.stdout).toBe(explicit.stdout)
  })

  it('reads stdin for `-` and names it with --stdin-filename', async () => {
    const { code, stdout } = await runCli(
      ['check', '-', '--format', 'json', '--stdin-filename', 'drafts/piped.txt'],
      { stdin: 'The EnroChat network.\n' },
    )
    expect(code).toBe(1)
    const results = parseJson(stdout)
    expect(results.map((result) => result.path)).toEqual(['drafts/piped.txt'])
    expect(results[0]?.messages[0]).toMatchObject({ line: 1, column: 5, actual: 'EnroChat' })
  })

  it('reads piped stdin when no path is given', async () => {
    const { code, stdout } = await runCli(['--format', 'json'], {
      stdin: 'The EnroChat network.\n',
      stdinIsTTY: false,
    })
    expect(code).toBe(1)
    const results = parseJson(stdout)
    expect(results).toHaveLength(1)
    expect(results[0]?.path).toBe('<stdin>')
    expect(results[0]?.messages.map((finding) => finding.actual)).toEqual(['EnroChat'])
  })

  it('exits 0 for clean piped stdin', async () => {
    const { code } = await runCli([], { stdin: 'The authorities agreed.\n' })
    expect(code).toBe(0)
  })

  it('exits 2 when no path is given and stdin is a terminal', async () => {
    const { code, stdout, stderr } = await runCli(['check'], { stdinIsTTY: true })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^proofread: /)
  })

  it('reads a UTF-8 draft with a BOM, counting columns after the BOM', async () => {
    const { stdout } = await runCli(['--format', 'json', path.join(temp, 'bom.txt')])
    expect(parseJson(stdout)[0]?.messages[0]).toMatchObject({ line: 1, column: 1 })
  })

  it('reads a UTF-16 draft with a BOM', async () => {
    const { code, stdout } = await runCli(['--format', 'json', path.join(temp, 'utf16.txt')])
    expect(code).toBe(1)
    expect(parseJson(stdout)[0]?.messages[0]).toMatchObject({
      line: 1,
      column: 5,
      actual: 'EnroChat',
    })
  })

  it('exits 2 for a draft that is not UTF-8, giving the byte offset', async () => {
    const { code, stderr } = await runCli([path.join(temp, 'invalid.txt')])
    expect(code).toBe(2)
    expect(stderr).toContain('invalid.txt')
    expect(stderr).toContain('byte 15')
    expect(stderr).toContain('line 2')
  })

  it('skips a binary file with a warning on stderr', async () => {
    const { code, stdout, stderr } = await runCli([
      '--format',
      'json',
      path.join(temp, 'binary.bin'),
      published,
    ])
    expect(stderr).toContain('binary.bin')
    expect(parseJson(stdout).map((result) => result.path)).toEqual([published])
    expect(code).toBe(0)
  })
})

describe('lists', () => {
  it('adds the names of --proper-nouns lists to the bundled ones', async () => {
    const names = testLists().names
    const without = await runCli(['--format', 'json', path.join(temp, 'names-only.txt')])
    expect(without.code).toBe(1)
    const withList = await runCli([
      '--format',
      'json',
      '--proper-nouns',
      names,
      path.join(temp, 'names-only.txt'),
      draft,
    ])
    const results = parseJson(withList.stdout)
    expect(results[0]?.messages).toEqual([])
    expect(results[1]?.messages).toHaveLength(11)
  })

  it('accepts --proper-nouns and --words more than once', async () => {
    const other = writeTempFiles({ 'more-names.txt': 'Flimwick\n' })
    const { code } = await runCli(
      [
        '--proper-nouns',
        testLists().names,
        '--proper-nouns',
        path.join(other, 'more-names.txt'),
        '--words',
        testLists().words,
        '-',
      ],
      { stdin: 'Zorblatt met Flimwick about the flumbergast.\n' },
    )
    expect(code).toBe(0)
  })

  it('uses only the lists given with --no-bundled-lists', async () => {
    const { code, stdout } = await runCli([
      '--format',
      'json',
      '--no-bundled-lists',
      '--proper-nouns',
      testLists().names,
      published,
    ])
    expect(code).toBe(1)
    const findings = parseJson(stdout)[0]?.messages ?? []
    const encroChat = findings.filter((finding) => finding.actual === 'EncroChat')
    expect(encroChat.length).toBeGreaterThan(0)
    expect(encroChat.every((finding) => finding.ruleId === 'spelling')).toBe(true)
  })

  it('exits 2 for a list that is not UTF-8, naming the file and line', async () => {
    const list = path.join(temp, 'names-in-latin1.txt')
    const { code, stdout, stderr } = await runCli(['--proper-nouns', list, published])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(list)
    expect(stderr).toContain('line 2')
  })

  it('exits 2 for a missing list, naming it', async () => {
    const { code, stderr } = await runCli(['--words', 'no-such-list.txt', published])
    expect(code).toBe(2)
    expect(stderr).toContain('no-such-list.txt')
  })
})

describe('output', () => {
  it('prints JSON that parses and holds no absolute paths', async () => {
    const { stdout } = await runCli([
      '--format',
      'json',
      path.join(repoRoot, draft),
      path.join(repoRoot, published),
    ])
    const results = parseJson(stdout)
    expect(results.map((result) => result.path)).toEqual([draft, published])
    expect(stdout).not.toContain(repoRoot)
    expect(stdout.endsWith(']\n')).toBe(true)
  })

  it('prints paths relative to the working directory with `/` separators', async () => {
    const { stdout } = await runCli(['--format', 'json', 'encrochat-draft.txt'], {
      cwd: path.join(repoRoot, 'fixtures'),
    })
    expect(parseJson(stdout)[0]?.path).toBe('encrochat-draft.txt')
  })

  it('prints stylish output without escape codes when stdout is not a terminal', async () => {
    const { stdout } = await runCli([draft], { stdoutIsTTY: false })
    expect(stdout).not.toContain('\u001b[')
    expect(stdout).toContain('fixtures/encrochat-draft.txt')
    expect(stdout).toContain('EnroChat ×11 → EncroChat')
    expect(stdout).toContain('✖ 11 problems (11 errors, 0 warnings) in 1 file')
  })

  it('colours stylish output on a terminal', async () => {
    const { stdout } = await runCli([draft], { stdoutIsTTY: true, env: { TERM: 'xterm' } })
    expect(stdout).toContain('\u001b[')
  })

  it('prints no colour on a terminal when NO_COLOR is set', async () => {
    const { stdout } = await runCli([draft], {
      stdoutIsTTY: true,
      env: { TERM: 'xterm', NO_COLOR: '1' },
    })
    expect(stdout).not.toContain('\u001b[')
  })

  it('prints colour to a pipe when FORCE_COLOR is set', async () => {
    const { stdout } = await runCli([draft], { stdoutIsTTY: false, env: { FORCE_COLOR: '1' } })
    expect(stdout).toContain('\u001b[')
  })

  it('never colours JSON output', async () => {
    const { stdout } = await runCli(['--format', 'json', draft], {
      stdoutIsTTY: true,
      env: { FORCE_COLOR: '3' },
    })
    expect(stdout).not.toContain('\u001b[')
  })
})

describe('--max-warnings', () => {
  const typos = path.join(temp, 'typos.txt')

  it('exits 0 while the warnings stay within the limit', async () => {
    expect((await runCli(['--max-warnings', '2', typos])).code).toBe(0)
    expect((await runCli(['--max-warnings', '5', typos])).code).toBe(0)
  })

  it('exits 1 once the warnings exceed the limit', async () => {
    expect((await runCli(['--max-warnings', '1', typos])).code).toBe(1)
    expect((await runCli(['--max-warnings', '0', typos])).code).toBe(1)
  })

  it('exits 1 for an error whatever the limit', async () => {
    expect((await runCli(['--max-warnings', '100', draft])).code).toBe(1)
  })
})

describe('colorLevel', () => {
  it.each([
    ['no colour when stdout is not a terminal', {}, false, 0],
    ['basic colour on a plain terminal', { TERM: 'xterm' }, true, 1],
    ['256 colours on a 256-colour terminal', { TERM: 'xterm-256color' }, true, 2],
    ['true colour when COLORTERM says so', { COLORTERM: 'truecolor' }, true, 3],
    ['no colour on a dumb terminal', { TERM: 'dumb' }, true, 0],
    ['no colour on a terminal when NO_COLOR is set', { NO_COLOR: '1' }, true, 0],
    ['colour when NO_COLOR is empty', { NO_COLOR: '', TERM: 'xterm' }, true, 1],
    ['colour to a pipe when FORCE_COLOR is set', { FORCE_COLOR: '1' }, false, 1],
    ['the level FORCE_COLOR names', { FORCE_COLOR: '3' }, false, 3],
    ['no colour when FORCE_COLOR is 0', { FORCE_COLOR: '0' }, true, 0],
    ['no colour when FORCE_COLOR is false', { FORCE_COLOR: 'false' }, true, 0],
    ['FORCE_COLOR over NO_COLOR', { FORCE_COLOR: '1', NO_COLOR: '1' }, false, 1],
  ] as const)('gives %s', (_name, env, isTTY, level) => {
    expect(colorLevel(env, isTTY)).toBe(level)
  })
})

describe('chalkFor', () => {
  it('gives a chalk at the level of the environment and stdout', () => {
    const { io } = makeIo({ stdoutIsTTY: true, env: { TERM: 'xterm-256color' } })
    expect(chalkFor(io).level).toBe(2)
    expect(chalkFor(makeIo().io).level).toBe(0)
  })
})

describe('--engine retext-spell', () => {
  // retext-spell with nspell is slow (seconds for the draft), so the draft is checked once.
  let findings: FileResult['messages'] = []
  let code = -1
  beforeAll(async () => {
    const result = await runCli(['--engine', 'retext-spell', '--format', 'json', draft])
    findings = parseJson(result.stdout)[0]?.messages ?? []
    code = result.code
  })

  it('finds the 11 EnroChat of the draft at the same places, as proper-noun findings', () => {
    const enroChat = findings.filter((finding) => finding.actual === 'EnroChat')
    expect(enroChat.map((finding) => [finding.line, finding.column])).toEqual(encrochatDraftPlaces)
    for (const finding of enroChat) {
      expect(finding.ruleId).toBe('proper-noun')
      expect(finding.expected[0]).toBe('EncroChat')
    }
    expect(code).toBe(1)
  })

  it('finds nothing else in the draft', () => {
    expect(findings.filter((finding) => finding.actual !== 'EnroChat')).toEqual([])
  })
})
