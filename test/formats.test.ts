import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { run } from '../src/cli.js'
import { formatNames } from '../src/reporters/index.js'
import { makeIo, repoRoot, writeTempFiles } from './helpers.js'

const draft = 'fixtures/encrochat-draft.txt'

async function runCli(argv: string[], cwd = repoRoot) {
  const { io, stdout, stderr } = makeIo({ cwd })
  const code = await run(argv, io)
  return { code, stdout: stdout(), stderr: stderr() }
}

async function report(format: string) {
  const result = await runCli(['--format', format, draft])
  expect(result.stderr).toBe('')
  expect(result.code).toBe(1)
  return result.stdout
}

describe('--format through the CLI', () => {
  it('knows exactly the documented formats', () => {
    expect([...formatNames].sort()).toEqual(
      ['compact', 'github', 'html', 'json', 'junit', 'sarif', 'stylish'].sort(),
    )
  })

  it('compact: one `path:line:col: severity: reason (ruleId)` line per finding', async () => {
    const lines = (await report('compact')).split('\n')
    expect(lines.pop()).toBe('')
    expect(lines).toHaveLength(11)
    expect(lines[0]).toMatch(
      /^fixtures\/encrochat-draft\.txt:1:10: error: Unexpected `EnroChat`, expected `EncroChat`.* \(proper-noun\)$/,
    )
    for (const line of lines) {
      expect(line).toMatch(/^fixtures\/encrochat-draft\.txt:\d+:\d+: error: .+ \(proper-noun\)$/)
    }
  })

  it('github: one ::error workflow command per finding', async () => {
    const lines = (await report('github')).trimEnd().split('\n')
    expect(lines).toHaveLength(11)
    expect(lines[0]).toMatch(
      /^::error file=fixtures\/encrochat-draft\.txt,line=1,col=10,endLine=1,endColumn=18,title=proofread\(proper-noun\)::Unexpected `EnroChat`, expected `EncroChat`/,
    )
    for (const line of lines)
      expect(line).toMatch(/^::error file=fixtures\/encrochat-draft\.txt,line=\d+,/)
  })

  it('sarif: SARIF 2.1.0 JSON with 11 results at their regions', async () => {
    const sarif = JSON.parse(await report('sarif'))
    expect(sarif.version).toBe('2.1.0')
    const [sarifRun] = sarif.runs
    expect(sarifRun.tool.driver.name).toBe('proofread')
    expect(sarifRun.results).toHaveLength(11)
    expect(sarifRun.results[0]).toMatchObject({
      ruleId: 'proper-noun',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'fixtures/encrochat-draft.txt' },
            region: { startLine: 1, startColumn: 10, endLine: 1, endColumn: 18 },
          },
        },
      ],
    })
  })

  it('junit: well-formed XML with one failing testcase per finding', async () => {
    const xml = await report('junit')
    expect(XMLValidator.validate(xml)).toBe(true)
    const parsed = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'testcase',
    }).parse(xml)
    const suite = parsed.testsuites.testsuite
    expect(suite['@_name']).toBe('fixtures/encrochat-draft.txt')
    expect(suite['@_failures']).toBe('11')
    expect(suite.testcase).toHaveLength(11)
    for (const testcase of suite.testcase) expect(testcase.failure).toBeDefined()
  })

  it('html: one self-contained page with the 11 findings highlighted', async () => {
    const html = await report('html')
    expect(html.startsWith('<!doctype html>') || html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html.match(/<mark class="[^"]*\bfinding\b/g)).toHaveLength(11)
    expect(html).toContain(
      '<span class="actual">EnroChat</span> ×11 → <span class="expected">EncroChat</span>',
    )
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="https?:/)
  })

  it('json: FileResult[] with 2-space indent and a trailing newline', async () => {
    const json = await report('json')
    const results = JSON.parse(json)
    expect(json).toBe(`${JSON.stringify(results, null, 2)}\n`)
    expect(results).toHaveLength(1)
    expect(results[0].path).toBe('fixtures/encrochat-draft.txt')
    expect(results[0].messages).toHaveLength(11)
  })

  it('stylish: the default, with a summary line', async () => {
    const { code, stdout } = await runCli([draft])
    expect(code).toBe(1)
    expect(stdout).toContain('✖ 11 problems (11 errors, 0 warnings)')
  })

  it('exits 2 for an unknown format and prints no report', async () => {
    const { code, stdout, stderr } = await runCli(['--format', 'xml', draft])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain("'xml'")
  })

  it('exits 2 for an unknown format in the config file', async () => {
    const cwd = writeTempFiles({
      '.proofreadrc.json': '{"format": "checkstyle"}',
      'a.txt': 'The end.\n',
    })
    const { code, stderr } = await runCli(['a.txt'], cwd)
    expect(code).toBe(2)
    expect(stderr).toMatch(/expected `format` to be one of/)
  })
})

describe('--output', () => {
  it.each(formatNames)('writes the %s report to the file and nothing to stdout', async (format) => {
    const cwd = writeTempFiles({})
    const out = path.join(cwd, 'reports', `proofread.${format}`)
    const { code, stdout, stderr } = await runCli(['--format', format, '--output', out, draft])
    expect({ code, stdout, stderr }).toEqual({ code: 1, stdout: '', stderr: '' })
    expect(existsSync(out)).toBe(true)
    const written = readFileSync(out, 'utf8')
    expect(written.length).toBeGreaterThan(0)
    // A file gets no colour codes, even from stylish.
    expect(written).not.toContain('\u001b[')
  })

  it('writes the same JSON that stdout would get', async () => {
    const cwd = writeTempFiles({})
    await runCli(['--format', 'json', '-o', path.join(cwd, 'report.json'), draft])
    expect(readFileSync(path.join(cwd, 'report.json'), 'utf8')).toBe(await report('json'))
  })

  it('resolves a relative --output from the working directory', async () => {
    const cwd = writeTempFiles({ 'a.txt': 'EnroChat.\n' })
    const { stdout } = await runCli(
      ['--format', 'compact', '--output', 'out/report.txt', 'a.txt'],
      cwd,
    )
    expect(stdout).toBe('')
    expect(readFileSync(path.join(cwd, 'out/report.txt'), 'utf8')).toMatch(/^a\.txt:1:1: error: /)
  })

  it('exits 2 when the report cannot be written, naming the file', async () => {
    const cwd = writeTempFiles({ 'a.txt': 'The end.\n', taken: 'a file, not a directory' })
    const { code, stderr } = await runCli(['--output', 'taken/report.txt', 'a.txt'], cwd)
    expect(code).toBe(2)
    expect(stderr).toMatch(/^proofread: Cannot write report `taken\/report\.txt`: /)
  })
})

describe('--max-warnings', () => {
  // Spelling findings are warnings; a misspelt listed name is an error.
  const twoWarnings = 'The agency recieved the mesages.\n'
  const cwd = writeTempFiles({
    'warnings.txt': twoWarnings,
    'clean.txt': 'The agency received the messages.\n',
    'error.txt': 'The EnroChat messages.\n',
  })

  it('has a draft with only warnings to test with', async () => {
    const { stdout } = await runCli(['--format', 'json', 'warnings.txt'], cwd)
    const [result] = JSON.parse(stdout)
    expect(result.messages.map((f: { severity: string }) => f.severity)).toEqual([
      'warning',
      'warning',
    ])
  })

  it.each([
    ['no limit', [], 'warnings.txt', 1],
    ['0', ['--max-warnings', '0'], 'warnings.txt', 1],
    ['1', ['--max-warnings', '1'], 'warnings.txt', 1],
    ['2', ['--max-warnings', '2'], 'warnings.txt', 0],
    ['0 on a clean draft', ['--max-warnings', '0'], 'clean.txt', 0],
    ['99 with an error', ['--max-warnings', '99'], 'error.txt', 1],
  ])('with %s exits as the limit says', async (_case, flags, file, code) => {
    expect((await runCli(['--format', 'json', ...flags, file], cwd)).code).toBe(code)
  })

  it('counts warnings across all files', async () => {
    const other = writeTempFiles({ 'a.txt': 'One mesage.\n', 'b.txt': 'Another mesage.\n' })
    expect((await runCli(['--max-warnings', '1', 'a.txt', 'b.txt'], other)).code).toBe(1)
    expect((await runCli(['--max-warnings', '2', 'a.txt', 'b.txt'], other)).code).toBe(0)
  })

  it('takes maxWarnings from the config file', async () => {
    const withConfig = writeTempFiles({
      '.proofreadrc.json': '{"maxWarnings": 2}',
      'warnings.txt': twoWarnings,
    })
    expect((await runCli(['warnings.txt'], withConfig)).code).toBe(0)
  })
})
