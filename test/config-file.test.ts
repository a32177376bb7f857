import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/cli.js'
import { loadConfig } from '../src/config.js'
import type { FileResult } from '../src/types.js'
import { makeIo, writeTempFiles } from './helpers.js'

/** Runs proofread in `cwd` (a temporary directory) and returns its exit code and output. */
async function runIn(cwd: string, argv: string[]) {
  const { io, stdout, stderr } = makeIo({ cwd })
  const code = await run(argv, io)
  return { code, stdout: stdout(), stderr: stderr() }
}

async function printConfig(cwd: string, argv: string[] = []) {
  const { code, stdout, stderr } = await runIn(cwd, ['print-config', ...argv])
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
  return JSON.parse(stdout) as Record<string, unknown>
}

const compact = JSON.stringify({ format: 'compact' })

describe('config discovery', () => {
  it.each([
    ['.proofreadrc.json', compact],
    ['.proofreadrc.yaml', 'format: compact\n'],
    ['.proofreadrc.yml', 'format: compact\n'],
    ['proofread.config.json', compact],
    ['package.json', JSON.stringify({ name: 'site', proofread: { format: 'compact' } })],
  ])('reads %s in the working directory', async (name, text) => {
    const cwd = writeTempFiles({ [name]: text })
    expect(await printConfig(cwd)).toMatchObject({ configPath: name, format: 'compact' })
  })

  it('finds a config file in a parent directory', async () => {
    const root = writeTempFiles({ '.proofreadrc.json': compact, 'content/posts/a.md': '' })
    expect(await printConfig(path.join(root, 'content/posts'))).toMatchObject({
      configPath: '../../.proofreadrc.json',
      format: 'compact',
    })
  })

  it('takes the nearest config file', async () => {
    const root = writeTempFiles({
      '.proofreadrc.json': JSON.stringify({ format: 'json' }),
      'content/.proofreadrc.yaml': 'format: compact\n',
    })
    expect(await printConfig(path.join(root, 'content'))).toMatchObject({
      configPath: '.proofreadrc.yaml',
      format: 'compact',
    })
  })

  it('prefers .proofreadrc.json to the other names in one directory', async () => {
    const cwd = writeTempFiles({
      '.proofreadrc.json': compact,
      '.proofreadrc.yaml': 'format: json\n',
      'proofread.config.json': JSON.stringify({ format: 'github' }),
      'package.json': JSON.stringify({ proofread: { format: 'sarif' } }),
    })
    expect(await printConfig(cwd)).toMatchObject({ configPath: '.proofreadrc.json' })
  })

  it('passes over a package.json without a "proofread" key', async () => {
    const root = writeTempFiles({
      'proofread.config.json': compact,
      'site/package.json': JSON.stringify({ name: 'site' }),
    })
    expect(await printConfig(path.join(root, 'site'))).toMatchObject({
      configPath: '../proofread.config.json',
      format: 'compact',
    })
  })

  it('uses the file given with --config instead of searching', async () => {
    const cwd = writeTempFiles({
      '.proofreadrc.json': JSON.stringify({ format: 'json' }),
      'config/desk.yaml': 'format: compact\n',
    })
    expect(await printConfig(cwd, ['--config', 'config/desk.yaml'])).toMatchObject({
      configPath: 'config/desk.yaml',
      format: 'compact',
    })
  })

  it('exits 2 when the --config file is missing, naming it', async () => {
    const cwd = writeTempFiles({ 'a.txt': 'The end.\n' })
    const { code, stderr } = await runIn(cwd, ['--config', 'missing.json', 'a.txt'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/^proofread: Cannot read config `.*missing\.json`: no such file\n$/)
  })

  it('never loads a .proofreadrc.js', async () => {
    const marker = "require('node:fs').writeFileSync(__dirname + '/ran', 'x')"
    const cwd = writeTempFiles({
      '.proofreadrc.js': `${marker}; module.exports = { format: 'json' }`,
      '.proofreadrc.cjs': `${marker}; module.exports = { format: 'json' }`,
      'proofread.config.js': `${marker}; module.exports = { format: 'json' }`,
    })
    expect(await printConfig(cwd)).toMatchObject({ configPath: null, format: 'stylish' })
    expect(existsSync(path.join(cwd, 'ran'))).toBe(false)
  })

  it('does not run a JavaScript file given with --config: it is invalid JSON (exit 2)', async () => {
    const cwd = writeTempFiles({
      'proofread.config.js': "require('node:fs').writeFileSync(__dirname + '/ran', 'x')\n",
      'a.txt': 'The end.\n',
    })
    const { code, stderr } = await runIn(cwd, ['--config', 'proofread.config.js', 'a.txt'])
    expect(code).toBe(2)
    expect(stderr).toContain('proofread.config.js`: invalid JSON')
    expect(existsSync(path.join(cwd, 'ran'))).toBe(false)
  })
})

describe('precedence: defaults < file < flags', () => {
  const draft = 'EnroChat fell. The agency recieved it.\n'

  it('uses the defaults without a config file', async () => {
    const cwd = writeTempFiles({})
    expect(await printConfig(cwd)).toMatchObject({
      configPath: null,
      format: 'stylish',
      engine: 'fast',
      dialect: 'en-US',
      ignore: [],
      extensions: ['.md', '.markdown', '.html', '.htm', '.txt'],
      frontMatterKeys: ['title', 'description', 'summary'],
      rules: { 'proper-noun': 'error', spelling: 'warning' },
      maxWarnings: -1,
    })
  })

  it('takes the format from the file', async () => {
    const cwd = writeTempFiles({ '.proofreadrc.json': compact, 'a.txt': draft })
    const { code, stdout } = await runIn(cwd, ['a.txt'])
    expect(code).toBe(1)
    expect(stdout.split('\n')[0]).toMatch(/^a\.txt:1:1: error: Unexpected `EnroChat`/)
  })

  it('lets --format override the file', async () => {
    const cwd = writeTempFiles({ '.proofreadrc.json': compact, 'a.txt': draft })
    const { stdout } = await runIn(cwd, ['--format', 'json', 'a.txt'])
    expect((JSON.parse(stdout) as FileResult[])[0]?.messages).toHaveLength(2)
  })

  it('applies rule levels from the file', async () => {
    const cwd = writeTempFiles({
      '.proofreadrc.yaml': 'format: json\nrules:\n  proper-noun: "off"\n  spelling: error\n',
      'a.txt': draft,
    })
    const { code, stdout } = await runIn(cwd, ['a.txt'])
    const findings = (JSON.parse(stdout) as FileResult[])[0]?.messages ?? []
    // With proper-noun off, the misspelt name is only a spelling finding, now an error.
    expect(findings.map((f) => [f.ruleId, f.severity, f.actual])).toEqual([
      ['spelling', 'error', 'EnroChat'],
      ['spelling', 'error', 'recieved'],
    ])
    expect(code).toBe(1)
  })

  it('lets --max-warnings override maxWarnings from the file', async () => {
    const cwd = writeTempFiles({
      '.proofreadrc.json': JSON.stringify({ maxWarnings: 5 }),
      'a.txt': 'The agency recieved it.\n',
    })
    expect((await runIn(cwd, ['a.txt'])).code).toBe(0)
    expect((await runIn(cwd, ['--max-warnings', '0', 'a.txt'])).code).toBe(1)
  })

  it('lets --dialect override the file', async () => {
    const cwd = writeTempFiles({ '.proofreadrc.json': JSON.stringify({ dialect: 'en-GB' }) })
    expect(await printConfig(cwd)).toMatchObject({ dialect: 'en-GB' })
    expect((await loadConfig(cwd, { files: [], dialect: 'en-US' })).dialect).toBe('en-US')
  })

  it('checks British spelling with dialect en-GB', async () => {
    const cwd = writeTempFiles({
      '.proofreadrc.json': JSON.stringify({ dialect: 'en-GB', format: 'json' }),
      'a.txt': 'The colour of the harbor.\n',
    })
    const { stdout } = await runIn(cwd, ['a.txt'])
    const findings = (JSON.parse(stdout) as FileResult[])[0]?.messages ?? []
    expect(findings.map((f) => f.actual)).toEqual(['harbor'])
  })

  it('resolves list paths against the config file, and adds --proper-nouns lists to them', async () => {
    const root = writeTempFiles({
      '.proofreadrc.json': JSON.stringify({ properNouns: ['lists/names.txt'], format: 'json' }),
      'lists/names.txt': 'Zorblatt\n',
      'content/extra.txt': 'Quillon\n',
      'content/a.txt': 'Zorblat met Quillen.\n',
    })
    const cwd = path.join(root, 'content')
    const config = await printConfig(cwd)
    expect(config.properNouns).toContain('../lists/names.txt')
    const { stdout } = await runIn(cwd, ['--proper-nouns', 'extra.txt', 'a.txt'])
    const findings = (JSON.parse(stdout) as FileResult[])[0]?.messages ?? []
    expect(findings.map((f) => [f.actual, f.expected[0]])).toEqual([
      ['Zorblat', 'Zorblatt'],
      ['Quillen', 'Quillon'],
    ])
  })

  it('resolves words lists against the config file', async () => {
    const root = writeTempFiles({
      'site/.proofreadrc.yaml': 'bundledLists: false\nwords:\n  - ../house/words.txt\n',
    })
    expect(await printConfig(path.join(root, 'site'))).toMatchObject({
      properNouns: [],
      words: ['../house/words.txt'],
    })
  })
})

describe('invalid config', () => {
  it.each([
    [{ dictionary: [] }, /unknown key `dictionary`; expected one of `properNouns`, `words`/],
    [{ properNouns: 'names.txt' }, /expected `properNouns` to be an array of non-empty strings/],
    [{ words: [''] }, /expected `words` to be an array of non-empty strings/],
    [{ ignore: [3] }, /expected `ignore` to be an array of globs/],
    [{ extensions: 'md' }, /expected `extensions` to be an array of non-empty strings/],
    [{ frontMatterKeys: [null] }, /expected `frontMatterKeys` to be an array of non-empty strings/],
    [{ bundledLists: 'no' }, /expected `bundledLists` to be `true` or `false`/],
    [{ dialect: 'en-AU' }, /expected `dialect` to be one of `en-US`, `en-GB`/],
    [{ format: 'xml' }, /expected `format` to be one of `stylish`, `json`/],
    [{ engine: 'hunspell' }, /expected `engine` to be one of `fast`, `retext-spell`/],
    [{ maxWarnings: 1.5 }, /expected `maxWarnings` to be a whole number/],
    [{ maxWarnings: -2 }, /expected `maxWarnings` to be a whole number/],
    [{ rules: ['spelling'] }, /expected `rules` to be an object of ruleId: level/],
    [{ rules: { grammar: 'error' } }, /expected `rules.grammar` to be a known rule/],
    [{ rules: { spelling: 'loud' } }, /expected `rules.spelling` to be one of `off`, `info`/],
  ])(
    'exits 2 for %j, naming the file, the key and what was expected',
    async (settings, message) => {
      const cwd = writeTempFiles({
        '.proofreadrc.json': JSON.stringify(settings),
        'a.txt': 'The end.\n',
      })
      const { code, stdout, stderr } = await runIn(cwd, ['a.txt'])
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toMatch(/^proofread: Cannot read config `[^`]*\.proofreadrc\.json`: /)
      expect(stderr).toMatch(message)
    },
  )

  it.each([
    ['.proofreadrc.json', '{format:', /invalid JSON/],
    ['.proofreadrc.yaml', 'format: [json\n', /invalid YAML/],
    ['.proofreadrc.json', '["json"]', /expected the config to be an object of settings/],
    [
      'package.json',
      '{"proofread": "compact"}',
      /expected `proofread` in package.json to be an object/,
    ],
  ])('exits 2 for an unreadable %s', async (name, text, message) => {
    const cwd = writeTempFiles({ [name]: text, 'a.txt': 'The end.\n' })
    const { code, stderr } = await runIn(cwd, ['a.txt'])
    expect(code).toBe(2)
    expect(stderr).toContain(name)
    expect(stderr).toMatch(message)
  })
})

describe('print-config', () => {
  it('prints the resolved config as JSON, paths relative to the working directory', async () => {
    const root = writeTempFiles({
      '.proofreadrc.yaml': [
        'bundledLists: false',
        'properNouns: [lists/names.txt]',
        'words: [lists/words.txt]',
        'ignore: ["drafts/**", "*.tmp.md"]',
        'extensions: [md, .MDX]',
        'frontMatterKeys: [title, headline]',
        'dialect: en-GB',
        'format: github',
        'maxWarnings: 3',
        'rules:',
        '  spelling: "off"',
        '',
      ].join('\n'),
    })
    const { code, stdout } = await runIn(root, ['print-config'])
    expect(code).toBe(0)
    expect(stdout.endsWith('}\n')).toBe(true)
    const printed = JSON.parse(stdout) as Record<string, unknown>
    expect(stdout).toBe(`${JSON.stringify(printed, null, 2)}\n`)
    expect(Object.keys(printed)).toEqual([
      'configPath',
      'format',
      'engine',
      'dialect',
      'properNouns',
      'words',
      'ignore',
      'ignoreBase',
      'extensions',
      'frontMatterKeys',
      'rules',
      'maxWarnings',
    ])
    expect(printed).toMatchObject({
      configPath: '.proofreadrc.yaml',
      format: 'github',
      engine: 'fast',
      dialect: 'en-GB',
      properNouns: ['lists/names.txt'],
      words: ['lists/words.txt'],
      ignore: ['drafts/**', '*.tmp.md'],
      ignoreBase: '.',
      extensions: ['.md', '.mdx'],
      frontMatterKeys: ['title', 'headline'],
      rules: { 'proper-noun': 'error', spelling: 'off' },
      maxWarnings: 3,
    })
  })

  it('exits 2 for an invalid config, as check does', async () => {
    const cwd = writeTempFiles({ '.proofreadrc.json': JSON.stringify({ format: 'xml' }) })
    const { code, stderr } = await runIn(cwd, ['print-config'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/expected `format` to be one of/)
  })
})
