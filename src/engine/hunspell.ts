import type { Dialect } from '../config.js'

/** A Hunspell dictionary as the `dictionary-*` packages ship it. */
export interface HunspellDictionary {
  aff: Uint8Array
  dic: Uint8Array
}

// Imported on demand: each package reads half a megabyte when loaded, and a run needs only one.
const loaders: Readonly<Record<Dialect, () => Promise<{ default: HunspellDictionary }>>> = {
  'en-US': () => import('dictionary-en'),
  'en-GB': () => import('dictionary-en-gb'),
}

/** Every dialect the build compiles an artefact for. */
export const compiledDialects = Object.keys(loaders) as Dialect[]

/** Loads the Hunspell dictionary of a dialect: dictionary-en for en-US, dictionary-en-gb for en-GB. */
export async function loadHunspellDictionary(dialect: Dialect): Promise<HunspellDictionary> {
  const loader = loaders[dialect]
  if (!loader)
    throw new Error(`Cannot load the dictionary of \`${String(dialect)}\`: unknown dialect`)
  return (await loader()).default
}
