#!/usr/bin/env node
// The reference floor every speed target is a ratio to: load dictionary-en's expanded forms into a
// Set, regex-tokenise the file, look every word up (as written, then lowercased) and print how many
// words are unknown. No suggestions, no syntax tree.
//
// The forms come from bench/.cache/en-forms.txt, which bench/inputs.mjs writes once by expanding
// dictionary-en with nspell (the same affix expansion retext-spell does at every start). What the
// floor measures is therefore the cached load (read one file, fill a Set), not the expansion.
// Usage: node bench/floor.mjs <file>
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const formsPath = join(dirname(fileURLToPath(import.meta.url)), '.cache', 'en-forms.txt')
const file = process.argv[2]
if (!file) {
  console.error('Usage: node bench/floor.mjs <file>')
  process.exit(2)
}
if (!existsSync(formsPath)) {
  console.error(`Cannot read \`${formsPath}\`: run \`node bench/inputs.mjs\` first`)
  process.exit(2)
}

const forms = new Set(readFileSync(formsPath, 'utf8').split('\n'))
const text = readFileSync(file, 'utf8')
// Words are runs of Latin letters with inner apostrophes (straight or curly) kept: "don't",
// "Europol's". A plain character class without the `u` flag keeps the floor a fast floor.
const wordPattern = /[A-Za-z\u00C0-\u024F]+(?:['\u2019][A-Za-z\u00C0-\u024F]+)*/g

let words = 0
let unknown = 0
for (let match = wordPattern.exec(text); match !== null; match = wordPattern.exec(text)) {
  words++
  let word = match[0]
  if (word.includes('\u2019')) word = word.replaceAll('\u2019', "'")
  if (!forms.has(word) && !forms.has(word.toLowerCase())) unknown++
}
console.log(JSON.stringify({ words, unknown }))
