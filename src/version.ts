import { readFileSync } from 'node:fs'
import path from 'node:path'
import { packageRoot } from './package-root.js'

/** Reads proofread's own version from its package.json. */
export function readVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8'))
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
