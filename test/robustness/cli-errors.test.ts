import { spawn, spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { binPath, isBuilt, runCli, writeDrafts } from './run-cli.js'

const dir = writeDrafts({
  'draft.txt': 'The EnroChat network fell.\n',
  'bad-names.txt': 'Zorblatt\nA -> B -> C\n',
  'bad-json/proofread.config.json': '{\n  "format": "json"\n  "dialect": "en-GB"\n}\n',
  'bad-yaml/.proofreadrc.yaml': 'format: json\ndialect: [en-GB\n',
  'bad-key/proofread.config.json': '{ "rules": { "spelling": "loud" } }\n',
  'big.txt': 'The EnroChat network fell, and EnroChat users were arrested.\n'.repeat(3000),
})

describe('malformed lists and configs', () => {
  it('names the list file and line of a malformed entry, and exits 2', async () => {
    const { code, stderr } = await runCli(['--proper-nouns', 'bad-names.txt', 'draft.txt'], dir)
    expect(code).toBe(2)
    expect(stderr).toMatch(
      new RegExp(
        `^proofread: Cannot read word list \`${escapeRegExp(dir)}/bad-names.txt\`: line 2 .+\\n$`,
      ),
    )
  })

  it('names the config file and the line of invalid JSON, and exits 2', async () => {
    const { code, stderr } = await runCli(['../draft.txt'], path.join(dir, 'bad-json'))
    expect(code).toBe(2)
    expect(stderr).toMatch(
      /^proofread: Cannot read config `.*bad-json\/proofread\.config\.json`: invalid JSON on line 3 \(/,
    )
  })

  it('names the config file and the line of invalid YAML, and exits 2', async () => {
    const { code, stderr } = await runCli(['../draft.txt'], path.join(dir, 'bad-yaml'))
    expect(code).toBe(2)
    expect(stderr).toMatch(/^proofread: Cannot read config `.*\.proofreadrc\.yaml`: invalid YAML/)
    expect(stderr).toMatch(/at line 3, column 1/)
  })

  it('names the config file, the key and what was expected, and exits 2', async () => {
    const { code, stderr } = await runCli(['../draft.txt'], path.join(dir, 'bad-key'))
    expect(code).toBe(2)
    expect(stderr).toMatch(
      /^proofread: Cannot read config `.*bad-key\/proofread\.config\.json`: expected `rules\.spelling` to be one of `off`, `info`, `warning`, `error`\n$/,
    )
  })
})

describe('bad command lines', () => {
  it('exits 2 for an unknown option with commander’s error and a hint', async () => {
    const { code, stderr } = await runCli(['--bogus', 'draft.txt'], dir)
    expect(code).toBe(2)
    expect(stderr).toBe(
      "error: unknown option '--bogus'\n(run `proofread check --help` for usage)\n",
    )
  })

  it('exits 2 for an unknown format, listing the known ones, with a hint', async () => {
    const { code, stderr } = await runCli(['--format', 'yaml', 'draft.txt'], dir)
    expect(code).toBe(2)
    expect(stderr).toMatch(/^error: option '-f, --format <name>' argument 'yaml' is invalid\./)
    expect(stderr).toContain('Allowed choices are stylish, json')
    expect(stderr).toContain('(run `proofread check --help` for usage)')
  })

  it('exits 2 for conflicting flags, saying which', async () => {
    const { code, stderr } = await runCli(['--fix', '--fix-dry-run', 'draft.txt'], dir)
    expect(code).toBe(2)
    expect(stderr).toBe('proofread: Cannot use `--fix` and `--fix-dry-run` together: choose one\n')
  })

  it('exits 2 for --fix on stdin, saying why', async () => {
    const { code, stderr } = await runCli(['--fix', '-'], dir, 'The EnroChat network.\n')
    expect(code).toBe(2)
    expect(stderr).toMatch(/^proofread: Cannot use `--fix` with stdin/)
  })
})

describe.skipIf(!isBuilt)('the process (needs `npm run build`)', () => {
  it('exits quietly when stdout closes early (`| head -1`)', () => {
    const child = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${binPath}" --format json big.txt | head -1`],
      { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } },
    )
    expect(child.stdout).toBe('[\n')
    expect(child.stderr).toBe('')
  })

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'leaves each file fully old or fully new when %s arrives during --fix',
    async (signal) => {
      const original = readFileSync(path.join(dir, 'big.txt'), 'utf8')
      const fixed = original.replaceAll('EnroChat', 'EncroChat')
      const names = Array.from({ length: 8 }, (_, index) => `fix-${signal}-${index}.txt`)
      const work = writeDrafts(Object.fromEntries(names.map((name) => [name, original])))
      const child = spawn(process.execPath, [binPath, '--fix', ...names], {
        cwd: work,
        stdio: 'ignore',
      })
      const exited = new Promise((resolve) => child.on('exit', resolve))
      // Signal part-way through: after the engine loads, while files are being fixed.
      await sleep(2500)
      child.kill(signal)
      await exited
      for (const name of names) {
        const text = readFileSync(path.join(work, name), 'utf8')
        expect([original, fixed]).toContain(text)
      }
      expect(readdirSync(work).sort()).toEqual([...names].sort())
    },
  )
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
