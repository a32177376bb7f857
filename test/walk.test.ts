import { mkdirSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/cli.js'
import type { FileResult } from '../src/types.js'
import { expandInputs } from '../src/walk.js'
import { makeIo, writeTempFiles } from './helpers.js'

const extensions = ['.md', '.markdown', '.html', '.htm', '.txt']

function expand(cwd: string, inputs: string[], ignoreGlobs: string[] = []) {
  return expandInputs(inputs, { cwd, extensions, ignoreGlobs })
}

// A content tree: drafts at several depths, files that are not drafts, and places never walked.
const tree = {
  'content/a.md': 'A.\n',
  'content/b.html': '<p>B.</p>\n',
  'content/notes.txt': 'Notes.\n',
  'content/image.png': 'png',
  'content/posts/2020/encrochat.markdown': 'EnroChat.\n',
  'content/posts/page.htm': '<p>Page.</p>\n',
  'content/node_modules/pkg/README.md': 'EnroChat.\n',
  'content/.git/description.txt': 'EnroChat.\n',
  'content/.drafts/hidden.md': 'EnroChat.\n',
}

describe('expandInputs', () => {
  it('walks a directory for the configured extensions, sorted', async () => {
    const cwd = writeTempFiles(tree)
    expect(await expand(cwd, ['content'])).toEqual({
      paths: [
        'content/a.md',
        'content/b.html',
        'content/notes.txt',
        'content/posts/2020/encrochat.markdown',
        'content/posts/page.htm',
      ],
      errors: [],
    })
  })

  it('walks only the given extensions', async () => {
    const cwd = writeTempFiles(tree)
    const expanded = await expandInputs(['content/'], {
      cwd,
      extensions: ['.htm'],
      ignoreGlobs: [],
    })
    expect(expanded.paths).toEqual(['content/posts/page.htm'])
  })

  it('never walks node_modules or .git, even when a glob matches them', async () => {
    const cwd = writeTempFiles(tree)
    expect((await expand(cwd, ['content/**/*.md', 'content/**/*.txt'])).paths).toEqual([
      'content/a.md',
      'content/notes.txt',
    ])
  })

  it('expands globs', async () => {
    const cwd = writeTempFiles(tree)
    expect((await expand(cwd, ['content/**/*.{markdown,htm}'])).paths).toEqual([
      'content/posts/2020/encrochat.markdown',
      'content/posts/page.htm',
    ])
  })

  it('checks a file named on the command line whatever its extension or ignore rule', async () => {
    const cwd = writeTempFiles({ ...tree, '.proofreadignore': 'content/image.png\n*.md\n' })
    expect((await expand(cwd, ['content/image.png', 'content/a.md'], ['*.md'])).paths).toEqual([
      'content/image.png',
      'content/a.md',
    ])
  })

  it('applies .proofreadignore (gitignore syntax) to walks and globs', async () => {
    const cwd = writeTempFiles({
      ...tree,
      '.proofreadignore': '# Drafts in progress\nposts/\n*.txt\n!keep.txt\n',
      'content/keep.txt': 'Keep.\n',
    })
    expect((await expand(cwd, ['content'])).paths).toEqual([
      'content/a.md',
      'content/b.html',
      'content/keep.txt',
    ])
    expect((await expand(cwd, ['content/**/*.htm'])).errors).toEqual([
      'Cannot find drafts matching `content/**/*.htm`: no file matches',
    ])
  })

  it('applies ignore globs', async () => {
    const cwd = writeTempFiles(tree)
    expect((await expand(cwd, ['content'], ['content/posts/**', '*.txt'])).paths).toEqual([
      'content/a.md',
      'content/b.html',
    ])
  })

  it('lists each file once', async () => {
    const cwd = writeTempFiles(tree)
    expect((await expand(cwd, ['content/a.md', 'content', 'content/*.md'])).paths).toEqual([
      'content/a.md',
      'content/b.html',
      'content/notes.txt',
      'content/posts/2020/encrochat.markdown',
      'content/posts/page.htm',
    ])
  })

  it('survives a symbolic link loop and does not follow links out of the walk', async () => {
    const cwd = writeTempFiles({ 'content/a.md': 'A.\n', 'outside/b.md': 'B.\n' })
    symlinkSync(path.join(cwd, 'content'), path.join(cwd, 'content/loop'), 'dir')
    symlinkSync(path.join(cwd, 'outside'), path.join(cwd, 'content/out'), 'dir')
    expect(await expand(cwd, ['content'])).toEqual({ paths: ['content/a.md'], errors: [] })
  })

  it('reports an unmatched glob and an empty directory, and keeps the rest', async () => {
    const cwd = writeTempFiles({ 'a.md': 'A.\n', 'empty/image.png': 'png' })
    mkdirSync(path.join(cwd, 'really-empty'))
    expect(await expand(cwd, ['content/**/*.md', 'empty', 'really-empty', 'a.md'])).toEqual({
      paths: ['a.md'],
      errors: [
        'Cannot find drafts matching `content/**/*.md`: no file matches',
        'Cannot find drafts in `empty`: no .md, .markdown, .html, .htm, .txt files there',
        'Cannot find drafts in `really-empty`: no .md, .markdown, .html, .htm, .txt files there',
      ],
    })
  })

  it('passes a missing file on, for reading to report', async () => {
    const cwd = writeTempFiles({})
    expect(await expand(cwd, ['missing.md', '-'])).toEqual({
      paths: ['missing.md', '-'],
      errors: [],
    })
  })
})

async function checkIn(cwd: string, argv: string[], streams: { tty?: boolean; ci?: boolean } = {}) {
  const test = makeIo({
    cwd,
    stdoutIsTTY: streams.tty ?? false,
    env: streams.ci ? { CI: 'true' } : {},
  })
  // makeIo keeps stderr off a terminal; progress needs both streams on one.
  Object.assign(test.io.stderr, { isTTY: streams.tty ?? false })
  const code = await run(argv, test.io)
  return { code, stdout: test.stdout(), stderr: test.stderr() }
}

function pathsIn(stdout: string): string[] {
  return (JSON.parse(stdout) as FileResult[]).map((result) => result.path)
}

describe('many files through the CLI', () => {
  it('checks a directory and a glob, reporting each file by its path', async () => {
    const cwd = writeTempFiles(tree)
    const { code, stdout } = await checkIn(cwd, [
      '--format',
      'json',
      'content/posts',
      'content/*.md',
    ])
    expect(pathsIn(stdout)).toEqual([
      'content/posts/2020/encrochat.markdown',
      'content/posts/page.htm',
      'content/a.md',
    ])
    expect(code).toBe(1)
  })

  it('exits 2 for an unmatched glob but still checks and reports the rest', async () => {
    const cwd = writeTempFiles(tree)
    const { code, stdout, stderr } = await checkIn(cwd, [
      '--format',
      'json',
      'drafts/**/*.md',
      'content/posts',
    ])
    expect(pathsIn(stdout)).toEqual([
      'content/posts/2020/encrochat.markdown',
      'content/posts/page.htm',
    ])
    expect(JSON.parse(stdout)[0].messages[0]).toMatchObject({ actual: 'EnroChat' })
    expect(stderr).toBe(
      'proofread: Cannot find drafts matching `drafts/**/*.md`: no file matches\n',
    )
    expect(code).toBe(2)
  })

  it('applies ignore globs from the config file', async () => {
    const cwd = writeTempFiles({
      ...tree,
      '.proofreadrc.json': JSON.stringify({ ignore: ['posts/'] }),
    })
    const { stdout } = await checkIn(cwd, ['--format', 'json', 'content'])
    expect(pathsIn(stdout)).toEqual(['content/a.md', 'content/b.html', 'content/notes.txt'])
  })

  it('walks the extensions from the config file', async () => {
    const cwd = writeTempFiles({
      ...tree,
      'content/c.mdx': 'C.\n',
      '.proofreadrc.json': JSON.stringify({ extensions: ['mdx', '.HTM'] }),
    })
    const { stdout } = await checkIn(cwd, ['--format', 'json', 'content'])
    expect(pathsIn(stdout)).toEqual(['content/c.mdx', 'content/posts/page.htm'])
  })

  it('applies ignore globs of a config file in a parent directory', async () => {
    const root = writeTempFiles({
      '.proofreadrc.json': JSON.stringify({ ignore: ['content/drafts/**'] }),
      'content/a.md': 'The end.\n',
      'content/drafts/b.md': 'EnroChat.\n',
    })
    const { stdout } = await checkIn(path.join(root, 'content'), ['--format', 'json', '.'])
    expect(pathsIn(stdout)).toEqual(['a.md'])
  })

  it('applies the nearest .proofreadignore above the working directory', async () => {
    const root = writeTempFiles({
      '.proofreadignore': 'drafts/\n',
      'content/a.md': 'The end.\n',
      'content/drafts/b.md': 'EnroChat.\n',
    })
    const { stdout } = await checkIn(path.join(root, 'content'), ['--format', 'json', '.'])
    expect(pathsIn(stdout)).toEqual(['a.md'])
  })

  describe('progress', () => {
    it('shows progress on stderr when stdout and stderr are terminals', async () => {
      const cwd = writeTempFiles(tree)
      const { stderr } = await checkIn(cwd, ['content/posts'], { tty: true })
      expect(stderr).toContain('proofread: 1/2 encrochat.markdown')
      expect(stderr).toContain('proofread: 2/2 page.htm')
      expect(stderr.endsWith('\r\u001b[2K')).toBe(true)
    })

    it('shows no progress in CI', async () => {
      const cwd = writeTempFiles(tree)
      expect((await checkIn(cwd, ['content/posts'], { tty: true, ci: true })).stderr).toBe('')
    })

    it('shows no progress when stdout is piped', async () => {
      const cwd = writeTempFiles(tree)
      expect((await checkIn(cwd, ['content/posts'])).stderr).toBe('')
    })

    it('shows no progress for a single file', async () => {
      const cwd = writeTempFiles(tree)
      expect((await checkIn(cwd, ['content/a.md'], { tty: true })).stderr).toBe('')
    })
  })
})
