#!/usr/bin/env node
// The naive pipeline, kept as the baseline: unified + retext-english + retext-spell on
// dictionary-en, the whole file parsed and run as one string, as a first version would do it.
// It prints the number of messages.
//
// `max` is how many distinct misspellings retext-spell asks nspell to suggest for (its default is
// 30, after which it stops suggesting). The baseline suggests for every miss, like proofread must,
// so it defaults to no cap; `--max 30` gives retext-spell's own default.
// Usage: node bench/naive.mjs <file> [--max <n>]
import { readFileSync } from 'node:fs'
import dictionary from 'dictionary-en'
import retextEnglish from 'retext-english'
import retextSpell from 'retext-spell'
import { unified } from 'unified'
import { VFile } from 'vfile'

const args = process.argv.slice(2)
const maxIndex = args.indexOf('--max')
const max = maxIndex === -1 ? Number.POSITIVE_INFINITY : Number(args[maxIndex + 1])
const file = args.find(
  (arg, index) => !arg.startsWith('--') && (maxIndex === -1 || index !== maxIndex + 1),
)
if (!file || Number.isNaN(max)) {
  console.error('Usage: node bench/naive.mjs <file> [--max <n>]')
  process.exit(2)
}

const processor = unified()
  .use(retextEnglish)
  .use(retextSpell, { dictionary, max, ignoreLiteral: false })
const vfile = new VFile({ path: file, value: readFileSync(file, 'utf8') })
await processor.run(processor.parse(vfile), vfile)
const suggested = vfile.messages.filter((message) => message.expected?.length > 0).length
console.log(
  JSON.stringify({
    messages: vfile.messages.length,
    suggested,
    max: Number.isFinite(max) ? max : 'none',
  }),
)
