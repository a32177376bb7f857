import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDir, findPackageRoot, packageRoot } from '../src/package-root.js'
import { repoRoot } from './helpers.js'

describe('the package root', () => {
  it('is the folder of the package.json named proofread', () => {
    expect(packageRoot).toBe(repoRoot)
  })

  it('is found from any depth below it, as from dist/ and from the bundle', () => {
    expect(findPackageRoot(path.join(repoRoot, 'dist'))).toBe(repoRoot)
    expect(findPackageRoot(path.join(repoRoot, 'dist', 'bundle'))).toBe(repoRoot)
  })

  it('is not found outside the package', () => {
    expect(() => findPackageRoot(tmpdir())).toThrow(/^Cannot find `package.json`/)
  })

  it('has no build folder when the code runs from src/, so tests never read a stale build', () => {
    expect(buildDir).toBeUndefined()
  })
})

// CI runs `npm run build` before the tests; locally, run it first or these tests are skipped.
const bundle = path.join(repoRoot, 'dist', 'bundle', 'cli.js')
const isBuilt = existsSync(bundle)
if (!isBuilt) console.warn(`Skipping the bundle tests: ${bundle} is missing; run npm run build`)

/** Runs bin/proofread.js, logging to stderr the URL of every module it loads. */
function runLoggingModules(args: readonly string[]): { status: number | null; loaded: string[] } {
  const hook = `export async function load(url, context, next) { process.stderr.write(url + '\\n'); return next(url, context) }`
  const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)})`
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      `data:text/javascript,${encodeURIComponent(register)}`,
      'bin/proofread.js',
      ...args,
    ],
    { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  )
  return { status: child.status, loaded: child.stderr.split('\n').filter(Boolean) }
}

describe('the bundled CLI', () => {
  it.skipIf(!isBuilt)('prints the version in package.json', () => {
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      version: string
    }
    const child = spawnSync(process.execPath, ['bin/proofread.js', '--version'], {
      cwd: repoRoot,
      encoding: 'utf8',
    })
    expect(child.stdout.trim()).toBe(manifest.version)
  })

  it.skipIf(!isBuilt)('checks a draft from the bundle and the compiled dictionary', () => {
    const { status, loaded } = runLoggingModules(['fixtures/encrochat-draft.txt'])
    expect(status).toBe(1)
    const ours = loaded.filter((url) => url.startsWith('file:') && !url.includes('/node_modules/'))
    expect(ours.every((url) => url.includes('/bin/') || url.includes('/dist/bundle/'))).toBe(true)
    // Without the build's artefact the engine would compile dictionary-en in memory.
    expect(loaded.filter((url) => url.includes('/node_modules/dictionary-en'))).toEqual([])
  })

  it.skipIf(!isBuilt)('has its worker beside it', () => {
    expect(existsSync(path.join(repoRoot, 'dist', 'bundle', 'worker.js'))).toBe(true)
  })
})
