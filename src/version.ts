import { packageManifest } from './package-root.js'

/** proofread's own version, from its package.json. */
function readVersion(manifest: object): string {
  if ('version' in manifest && typeof manifest.version === 'string') return manifest.version
  throw new Error('Cannot read `package.json`: expected a `version` string')
}

/** proofread's version, as in package.json. */
export const version: string = readVersion(packageManifest)
