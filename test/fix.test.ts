import { chmod, copyFile, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { run } from '../src/cli.js'
import { decodeText } from '../src/decode.js'
import { encodeText } from '../src/encode.js'
import { applyEdits, isSafeFix, lineStarts, planFixes } from '../src/fix.js'
import { captureIo, fixturePath, makeTempDir } from './capture-io.js'
import { makeFinding } from './helpers.js'

// Lets one test make the final rename fail, as a full or read-only file system would.
const control = vi.hoisted(() => ({ failRename: false }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>()
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      if (control.failRename) {
        throw Object.assign(new Error('EROFS: read-only file system, rename'), { code: 'EROFS' })
      }
      return actual.rename(from, to)
    },
  }
})

describe('planFixes and applyEdits', () => {
  it('replaces only the span of a safe finding', () => {
    const text = 'Earlier, EnroChat claimed it.\n'
    const edits = planFixes(text, [makeFinding({ column: 10 })])
    expect(edits).toEqual([{ start: 9, end: 17, text: 'EncroChat' }])
    expect(applyEdits(text, edits)).toBe('Earlier, EncroChat claimed it.\n')
  })

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
    ['LF', '\n'],
  ])('finds lines after %s line breaks and keeps the breaks', (_name, eol) => {
    const text = `One line.${eol}Then EnroChat.${eol}`
    const fixed = applyEdits(text, planFixes(text, [makeFinding({ line: 2, column: 6 })]))
    expect(fixed).toBe(`One line.${eol}Then EncroChat.${eol}`)
  })

  it('counts a CRLF pair as one line break', () => {
    expect(lineStarts('a\r\nb\rc\nd')).toEqual([0, 3, 5, 7])
  })

  it.each([
    ['a spelling finding', makeFinding({ ruleId: 'spelling' })],
    ['two suggestions', makeFinding({ expected: ['EncroChat', 'Encrochat'] })],
    ['no suggestion', makeFinding({ expected: [] })],
  ])('leaves a finding with %s alone', (_name, finding) => {
    expect(isSafeFix(finding)).toBe(false)
    expect(planFixes('EnroChat', [finding])).toEqual([])
  })

  it.each(['house-correction', 'proper-noun', 'repeated-word', 'indefinite-article'])(
    'fixes a %s finding with one suggestion',
    (ruleId) => {
      expect(isSafeFix(makeFinding({ ruleId }))).toBe(true)
    },
  )

  it('skips a finding whose span no longer holds its word', () => {
    expect(planFixes('Earlier, EncroChat', [makeFinding({ column: 10 })])).toEqual([])
  })

  it('skips an edit that overlaps an earlier one', () => {
    const text = 'a a a'
    const edits = [
      { start: 0, end: 3, text: 'a' },
      { start: 2, end: 5, text: 'a' },
    ]
    expect(applyEdits(text, edits)).toBe('a a')
  })
})

describe('encodeText', () => {
  it.each(['utf-8', 'utf-16le', 'utf-16be'] as const)('round-trips %s with a BOM', (encoding) => {
    const text = 'EncroChat’s “phones”\r\n'
    expect(decodeText(encodeText(text, encoding, true))).toEqual({
      kind: 'text',
      text,
      encoding,
      bom: true,
    })
  })
})

async function copyDraft(name = 'draft.txt'): Promise<{ dir: string; file: string }> {
  const dir = await makeTempDir()
  const file = path.join(dir, name)
  await copyFile(fixturePath('encrochat-draft.txt'), file)
  return { dir, file }
}

async function fix(dir: string, ...args: string[]) {
  const captured = captureIo(dir)
  const code = await run(['check', ...args], captured.io)
  return { code, stdout: captured.stdout(), stderr: captured.stderr() }
}

describe('check --fix', () => {
  it('turns the EncroChat draft into the published article byte for byte', async () => {
    const { dir, file } = await copyDraft()
    const result = await fix(dir, '--fix', 'draft.txt')
    const published = await readFile(fixturePath('encrochat-published.txt'))
    expect(await readFile(file)).toEqual(published)
    expect(result.stderr).toBe('proofread: Fixed 11 problems in `draft.txt`\n')
    expect(result.stdout).toContain('No problems')
    expect(result.code).toBe(0)
  })

  it('finds nothing left to fix on a second run', async () => {
    const { dir, file } = await copyDraft()
    await fix(dir, '--fix', 'draft.txt')
    const once = await readFile(file)
    const again = await fix(dir, '--fix', 'draft.txt')
    expect(again.stderr).toBe('proofread: Nothing to fix\n')
    expect(await readFile(file)).toEqual(once)
  })

  it('reports only what is left, and exits 1 when that is a warning or error', async () => {
    const dir = await makeTempDir()
    await writeFile(path.join(dir, 'draft.txt'), 'EnroChat phones were sold by Zorbleflux.\n')
    const result = await fix(dir, '--fix', '--format', 'json', 'draft.txt')
    const [report] = JSON.parse(result.stdout) as { messages: { actual: string }[] }[]
    expect(report?.messages.map((finding) => finding.actual)).toEqual(['Zorbleflux'])
    expect(result.code).toBe(1)
    expect(await readFile(path.join(dir, 'draft.txt'), 'utf8')).toBe(
      'EncroChat phones were sold by Zorbleflux.\n',
    )
  })

  it('keeps CRLF line endings', async () => {
    const dir = await makeTempDir()
    const file = path.join(dir, 'crlf.txt')
    await writeFile(file, 'A line.\r\nEnroChat, then EnroChat.\r\n')
    await fix(dir, '--fix', 'crlf.txt')
    expect(await readFile(file, 'utf8')).toBe('A line.\r\nEncroChat, then EncroChat.\r\n')
  })

  it('keeps a UTF-8 byte-order mark', async () => {
    const dir = await makeTempDir()
    const file = path.join(dir, 'bom.txt')
    await writeFile(file, '\uFEFFEnroChat ended.\n')
    await fix(dir, '--fix', 'bom.txt')
    expect([...(await readFile(file))]).toEqual([
      ...Buffer.from('\uFEFFEncroChat ended.\n', 'utf8'),
    ])
  })

  it.each(['utf-16le', 'utf-16be'] as const)(
    'writes a %s file back in its encoding',
    async (encoding) => {
      const dir = await makeTempDir()
      const file = path.join(dir, 'wide.txt')
      await writeFile(file, encodeText('Users of EnroChat.\r\n', encoding, true))
      await fix(dir, '--fix', 'wide.txt')
      expect(await readFile(file)).toEqual(
        Buffer.from(encodeText('Users of EncroChat.\r\n', encoding, true)),
      )
    },
  )

  it("keeps the file's mode", async () => {
    const { dir, file } = await copyDraft()
    await chmod(file, 0o640)
    await fix(dir, '--fix', 'draft.txt')
    expect((await stat(file)).mode & 0o777).toBe(0o640)
  })

  it('leaves the original intact and no temporary file when the write fails', async () => {
    const { dir, file } = await copyDraft()
    control.failRename = true
    try {
      const result = await fix(dir, '--fix', 'draft.txt')
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('Cannot write `draft.txt`: EROFS')
    } finally {
      control.failRename = false
    }
    expect(await readFile(file)).toEqual(await readFile(fixturePath('encrochat-draft.txt')))
    expect(await readdir(dir)).toEqual(['draft.txt'])
  })

  // Root may write into a read-only directory, so this runs only as an ordinary user.
  it.skipIf(process.getuid?.() === 0)('fails with exit 2 in a read-only directory', async () => {
    const { dir, file } = await copyDraft()
    await chmod(dir, 0o555)
    try {
      expect((await fix(dir, '--fix', 'draft.txt')).code).toBe(2)
    } finally {
      await chmod(dir, 0o755)
    }
    expect(await readFile(file)).toEqual(await readFile(fixturePath('encrochat-draft.txt')))
  })

  it('refuses stdin with a usage error', async () => {
    const captured = captureIo(await makeTempDir(), 'EnroChat\n')
    expect(await run(['check', '--fix', '-'], captured.io)).toBe(2)
    expect(captured.stderr()).toContain('Cannot use `--fix` with stdin')
  })

  it('refuses --fix together with --fix-dry-run', async () => {
    const { dir } = await copyDraft()
    expect((await fix(dir, '--fix', '--fix-dry-run', 'draft.txt')).code).toBe(2)
  })
})

describe('check --fix-dry-run', () => {
  it('prints a unified diff and writes nothing', async () => {
    const dir = await makeTempDir()
    const file = path.join(dir, 'draft.txt')
    await writeFile(file, 'One.\nEnroChat ended.\nTwo.\n')
    const result = await fix(dir, '--fix-dry-run', 'draft.txt')
    expect(result.stdout).toBe(
      [
        '--- a/draft.txt',
        '+++ b/draft.txt',
        '@@ -1,3 +1,3 @@',
        ' One.',
        '-EnroChat ended.',
        '+EncroChat ended.',
        ' Two.',
        '',
      ].join('\n'),
    )
    expect(result.stderr).toBe('proofread: Would fix 1 problem in `draft.txt`\n')
    expect(await readFile(file, 'utf8')).toBe('One.\nEnroChat ended.\nTwo.\n')
  })
})
