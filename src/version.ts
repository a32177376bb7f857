import { createRequire } from 'node:module'

// Resolved from this file, so it finds the package root from both `src/` and `dist/`.
const requireFromHere = createRequire(import.meta.url)

/** Reads proofread's own version from its package.json. */
export function readVersion(): string {
  const manifest: unknown = requireFromHere('../package.json')
  if (
    typeof manifest === 'object' &&
    manifest !== null &&
    'version' in manifest &&
    typeof manifest.version === 'string'
  ) {
    return manifest.version
  }
  throw new Error('Cannot read `package.json`: expected a `version` string')
}

/** proofread's version, as in package.json. */
export const version: string = readVersion()
