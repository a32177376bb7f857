/**
 * Where proofread's own files are: the package root, found by walking up from this module to the
 * package.json named `proofread`. Every file the code reads from the package (package.json, the
 * bundled lists, the build's compiled dictionaries) is resolved from here rather than from
 * `import.meta.url`, because the same code runs from three places: `src/` (tests), `dist/` (the
 * library export, compiled by tsc) and `dist/bundle/` (the CLI, bundled by esbuild), each at a
 * different depth.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const packageName = 'proofread'

/** The first directory at or above `start` whose package.json is named `proofread`. */
export function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (readPackageName(path.join(dir, 'package.json')) === packageName) return dir
    if (path.dirname(dir) === dir) {
      throw new Error(`Cannot find \`package.json\`: none named \`${packageName}\` above ${start}`)
    }
  }
}

function readPackageName(file: string): unknown {
  try {
    const manifest: unknown = JSON.parse(readFileSync(file, 'utf8'))
    return typeof manifest === 'object' && manifest !== null && 'name' in manifest
      ? manifest.name
      : undefined
  } catch {
    return undefined
  }
}

const here = path.dirname(fileURLToPath(import.meta.url))

/** The directory that holds proofread's package.json. */
export const packageRoot: string = findPackageRoot(here)

/**
 * The build's output directory (`dist/`) when this code runs from the build, bundled or not;
 * `undefined` when it runs from `src/`, where nothing the build writes is read, so that tests
 * never pick up a stale build.
 */
export const buildDir: string | undefined = isInside(here, path.join(packageRoot, 'dist'))
  ? path.join(packageRoot, 'dist')
  : undefined

function isInside(dir: string, parent: string): boolean {
  const relative = path.relative(parent, dir)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}
