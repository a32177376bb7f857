import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  asNobody,
  binPath,
  canRunAsNobody,
  findingsByPath,
  isBuilt,
  runCli,
  writeDrafts,
} from './run-cli.js'

// One draft in every encoding and line ending proofread reads: each must report the same places.
const lines = ['The EnroChat network fell.', 'Police had a secnd look.', '']
const lf = lines.join('\n')
const dir = writeDrafts({
  'clean.txt': 'The police seized the phones.\n',
  'lf.txt': lf,
  'crlf.txt': lines.join('\r\n'),
  'cr.txt': lines.join('\r'),
  'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lf)]),
  'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lf, 'utf16le')]),
  'utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(lf, 'utf16le').swap16()]),
  'binary.txt': Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02, 0x0a]),
  'invalid.txt': Buffer.concat([Buffer.from('Good line.\nBad '), Buffer.from([0xc3, 0x28])]),
  'empty.txt': '',
  'whitespace.txt': ' \n\t\n\r\n   \u00a0\u2003\n',
  'no-words.txt': '123 456 -- !!! ... 42% £5 (1990) — …\n',
  'unreadable.txt': 'The EnroChat network fell.\n',
  'drafts/one.md': 'A secnd draft.\n',
  'drafts/notes.bin': 'Not a draft.\n',
})
mkdirSync(path.join(dir, 'no-drafts'))

const expectedPlaces = [
  { line: 1, column: 5, endLine: 1, endColumn: 13, actual: 'EnroChat' },
  { line: 2, column: 14, endLine: 2, endColumn: 19, actual: 'secnd' },
]

function places(
  messages: {
    line: number
    column: number
    endLine: number
    endColumn: number
    actual: string
  }[] = [],
) {
  return messages.map(({ line, column, endLine, endColumn, actual }) => ({
    line,
    column,
    endLine,
    endColumn,
    actual,
  }))
}

describe('inputs that cannot be checked', () => {
  it('names a missing path, still checks the others, and exits 2', async () => {
    const { code, stdout, stderr } = await runCli(
      ['--format', 'json', 'missing.txt', 'lf.txt'],
      dir,
    )
    expect(code).toBe(2)
    expect(stderr).toBe('proofread: Cannot read `missing.txt`: no such file or directory\n')
    expect(places(findingsByPath(stdout).get('lf.txt'))).toEqual(expectedPlaces)
  })

  it('walks a directory given as an input for drafts', async () => {
    const { code, stdout } = await runCli(['--format', 'json', 'drafts'], dir)
    expect(code).toBe(1)
    expect([...findingsByPath(stdout).keys()]).toEqual(['drafts/one.md'])
  })

  it('names a directory with no drafts in it and exits 2, checking the others', async () => {
    const { code, stdout, stderr } = await runCli(
      ['--format', 'json', 'no-drafts', 'clean.txt'],
      dir,
    )
    expect(code).toBe(2)
    expect(stderr).toBe(
      'proofread: Cannot find drafts in `no-drafts`: no .md, .markdown, .html, .htm, .txt files there\n',
    )
    expect([...findingsByPath(stdout).keys()]).toEqual(['clean.txt'])
  })

  // Root reads any file whatever its mode, so the CLI runs as `nobody` for this one.
  const noPermission = isBuilt && canRunAsNobody()
  if (!noPermission) {
    console.warn(
      'Skipping the unreadable-file test: it needs root, setpriv, `npm run build` and a checkout that user nobody may enter',
    )
  }
  it.skipIf(!noPermission)(
    'names a file without read permission, still checks the others, and exits 2',
    () => {
      chmodSync(path.join(dir, 'unreadable.txt'), 0o000)
      const child = spawnSync(
        'setpriv',
        [...asNobody, process.execPath, binPath, '--format', 'json', 'unreadable.txt', 'lf.txt'],
        { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
      )
      expect(child.stderr).toBe('proofread: Cannot read `unreadable.txt`: permission denied\n')
      expect(child.status).toBe(2)
      expect(places(findingsByPath(child.stdout).get('lf.txt'))).toEqual(expectedPlaces)
    },
  )

  it('skips a binary file with a warning naming it and exits 0', async () => {
    const { code, stdout, stderr } = await runCli(['--format', 'json', 'binary.txt'], dir)
    expect(code).toBe(0)
    expect(stderr).toBe(
      'proofread: Skipped `binary.txt`: it looks binary (it has NUL bytes), not text\n',
    )
    expect(JSON.parse(stdout)).toEqual([])
  })

  it('reports invalid UTF-8 with the byte offset and line of the first bad sequence', async () => {
    const { code, stderr } = await runCli(['invalid.txt', 'clean.txt'], dir)
    expect(code).toBe(2)
    expect(stderr).toBe(
      'proofread: Cannot read `invalid.txt`: invalid UTF-8 at byte 15 (line 2); save it as UTF-8\n',
    )
  })
})

// One run per group: building the spelling engine is most of a run's cost.
const encodings = ['lf.txt', 'crlf.txt', 'cr.txt', 'bom.txt', 'utf16le.txt', 'utf16be.txt']
const blanks = ['empty.txt', 'whitespace.txt', 'no-words.txt']

describe('encodings and line endings', () => {
  let result: Awaited<ReturnType<typeof runCli>>
  beforeAll(async () => {
    result = await runCli(['--format', 'json', ...encodings], dir)
  })

  it('decodes every encoding without a warning and exits 1 for the findings', () => {
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
  })

  it.each(encodings)('reports the same lines and columns for %s', (name) => {
    expect(places(findingsByPath(result.stdout).get(name))).toEqual(expectedPlaces)
  })
})

describe('drafts with nothing to check', () => {
  let result: Awaited<ReturnType<typeof runCli>>
  beforeAll(async () => {
    result = await runCli(['--format', 'json', ...blanks], dir)
  })

  it('exits 0 with nothing on stderr', () => {
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' })
  })

  it.each(blanks)('has no findings for %s', (name) => {
    expect(findingsByPath(result.stdout).get(name)).toEqual([])
  })
})
