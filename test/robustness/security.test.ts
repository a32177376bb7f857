import dns from 'node:dns'
import { existsSync, mkdirSync, symlinkSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import { syncBuiltinESMExports } from 'node:module'
import net from 'node:net'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { findingsByPath, runCli, writeDrafts } from './run-cli.js'

// A config "file" that would leave a marker behind if anything ran it.
const payload = (marker: string) =>
  `import { writeFileSync } from 'node:fs'\nwriteFileSync(${JSON.stringify(marker)}, 'ran')\nexport default { format: 'json' }\n`

describe('config and lists are data', () => {
  it('never runs a .proofreadrc.js or proofread.config.js it finds', async () => {
    const dir = writeDrafts({ 'draft.txt': 'The police came.\n' })
    const marker = path.join(dir, 'ran')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(path.join(dir, '.proofreadrc.js'), payload(marker))
    writeFileSync(path.join(dir, 'proofread.config.js'), payload(marker))
    writeFileSync(path.join(dir, 'proofread.config.mjs'), payload(marker))
    const { code, stdout } = await runCli(['draft.txt'], dir)
    expect(code).toBe(0)
    expect(stdout).toContain('No problems')
    expect(existsSync(marker)).toBe(false)
  })

  it('refuses a JavaScript file given with --config, without running it', async () => {
    const dir = writeDrafts({ 'draft.txt': 'The police came.\n' })
    const marker = path.join(dir, 'ran')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(path.join(dir, 'proofread.config.js'), payload(marker))
    const { code, stderr } = await runCli(['--config', 'proofread.config.js', 'draft.txt'], dir)
    expect(code).toBe(2)
    expect(stderr).toMatch(/^proofread: Cannot read config `.*proofread\.config\.js`: invalid JSON/)
    expect(existsSync(marker)).toBe(false)
  })

  it('resolves list paths in a config relative to the config file, not the working directory', async () => {
    const dir = writeDrafts({
      'site/proofread.config.json': '{ "properNouns": ["lists/names.txt"], "format": "json" }\n',
      'site/lists/names.txt': 'Zorblatt\n',
      'site/drafts/deep/draft.txt': 'Zorblatt came.\n',
      'lists/names.txt': 'Nothing\n',
    })
    const { code, stdout, stderr } = await runCli(['draft.txt'], path.join(dir, 'site/drafts/deep'))
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(findingsByPath(stdout).get('draft.txt')).toEqual([])
  })
})

describe('directory walks', () => {
  it('follows no symbolic link out of the root and survives a symlink loop', async () => {
    const dir = writeDrafts({
      'root/inside.txt': 'A secnd draft.\n',
      'root/sub/also.md': 'A thrid draft.\n',
      'outside/secret.txt': 'An outsid draft.\n',
    })
    symlinkSync(path.join(dir, 'outside'), path.join(dir, 'root/out'))
    symlinkSync(path.join(dir, 'outside/secret.txt'), path.join(dir, 'root/secret.txt'))
    symlinkSync('.', path.join(dir, 'root/sub/loop'))
    symlinkSync('../sub', path.join(dir, 'root/sub/back'))
    mkdirSync(path.join(dir, 'root/empty'))
    const { code, stdout } = await runCli(['--format', 'json', 'root'], dir)
    expect(code).toBe(1)
    expect([...findingsByPath(stdout).keys()]).toEqual(['root/inside.txt', 'root/sub/also.md'])
  })

  it('completes with pathological ignore globs', async () => {
    const long = 'a'.repeat(40)
    const dir = writeDrafts({
      '.proofreadignore': [
        '(a+)+b',
        `${'**/'.repeat(200)}*.md`,
        `${'a*'.repeat(40)}b`,
        '*(a|aa)*b',
      ].join('\n'),
      'proofread.config.json': JSON.stringify({
        ignore: [`${'**/'.repeat(200)}x.txt`, `${'*a'.repeat(50)}!`, '{a,{a,{a,{a,b}}}}*'],
        format: 'json',
      }),
      [`drafts/${long}.txt`]: 'A draft.\n',
      [`drafts/${'a/'.repeat(20)}${long}c.txt`]: 'A draft.\n',
      'drafts/keep.txt': 'A secnd draft.\n',
    })
    const { code, stdout } = await runCli(['drafts'], dir)
    expect(code).toBe(1)
    expect([...findingsByPath(stdout).keys()]).toContain('drafts/keep.txt')
  })
})

describe('no network', () => {
  const originals = {
    connect: net.connect,
    createConnection: net.createConnection,
    httpRequest: http.request,
    httpGet: http.get,
    httpsRequest: https.request,
    httpsGet: https.get,
    lookup: dns.lookup,
    fetch: globalThis.fetch,
  }
  const calls: string[] = []
  const forbid = (name: string) => () => {
    calls.push(name)
    throw new Error(`network access at run time: ${name}`)
  }

  afterEach(() => {
    Object.assign(net, { connect: originals.connect, createConnection: originals.createConnection })
    Object.assign(http, { request: originals.httpRequest, get: originals.httpGet })
    Object.assign(https, { request: originals.httpsRequest, get: originals.httpsGet })
    Object.assign(dns, { lookup: originals.lookup })
    globalThis.fetch = originals.fetch
    syncBuiltinESMExports()
  })

  it('checks drafts with every network call stubbed to throw', async () => {
    Object.assign(net, {
      connect: forbid('net.connect'),
      createConnection: forbid('net.createConnection'),
    })
    Object.assign(http, { request: forbid('http.request'), get: forbid('http.get') })
    Object.assign(https, { request: forbid('https.request'), get: forbid('https.get') })
    Object.assign(dns, { lookup: forbid('dns.lookup') })
    globalThis.fetch = forbid('fetch') as unknown as typeof fetch
    syncBuiltinESMExports()
    const dir = writeDrafts({
      'draft.md': 'See [the report](https://example.com/report) on EnroChat.\n',
      'page.html': '<p>A secnd <a href="http://example.org">link</a>.</p>\n',
    })
    const { code, stdout } = await runCli(['--format', 'json', 'draft.md', 'page.html'], dir)
    expect(calls).toEqual([])
    expect(code).toBe(1)
    expect(findingsByPath(stdout).size).toBe(2)
  })
})
