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
  return findPackage(start).root
}

/** That directory and its parsed package.json. */
function findPackage(start: string): { root: string; manifest: object } {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = readManifest(path.join(dir, 'package.json'))
    if (manifest && 'name' in manifest && manifest.name === packageName) {
      return { root: dir, manifest }
    }
    if (path.dirname(dir) === dir) {
      throw new Error(`Cannot find \`package.json\`: none named \`${packageName}\` above ${start}`)
    }
  }
}

function readManifest(file: string): object | undefined {
  try {
    const manifest: unknown = JSON.parse(readFileSync(file, 'utf8'))
    return typeof manifest === 'object' && manifest !== null ? manifest : undefined
  } catch {
    return undefined
  }
}

const here = path.dirname(fileURLToPath(import.meta.url))

const found = findPackage(here)

/** The directory that holds proofread's package.json. */
export const packageRoot: string = found.root

/** proofread's package.json, parsed once (the version comes from it). */
export const packageManifest: object = found.manifest

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
