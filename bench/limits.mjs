#!/usr/bin/env node
// Measures proofread on a 50 MB plain-text draft (issue 6's "huge input" row): wall time and peak
// RSS, the figures README's "Limits and guarantees" quotes. Not a test: it takes minutes.
// The draft is the Brown corpus as prose (bench/inputs.mjs) repeated and cut to exactly 50 MiB
// on a line boundary, so every run checks the same bytes.
// Usage: npm run build && node bench/limits.mjs [--size-mb 50] [--cli bin/proofread.js]
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildInputs, cacheDir, inputs } from './inputs.mjs'
import { hasGnuTime } from './measure.mjs'

const rootDir = dirname(dirname(fileURLToPath(import.meta.url)))
const { values } = parseArgs({
  options: {
    'size-mb': { type: 'string', default: '50' },
    cli: { type: 'string', default: join(rootDir, 'bin', 'proofread.js') },
  },
})
const size = Number(values['size-mb']) * 1024 * 1024

/** Brown prose repeated up to `size` bytes, cut after the last whole line that fits. */
function buildHugeDraft(target) {
  if (existsSync(target) && statSync(target).size <= size && statSync(target).size > size - 4096)
    return
  const brown = readFileSync(inputs.brown6)
  const parts = []
  let length = 0
  while (length < size) {
    parts.push(brown)
    length += brown.length
  }
  const whole = Buffer.concat(parts).subarray(0, size)
  writeFileSync(target, whole.subarray(0, whole.lastIndexOf(0x0a) + 1))
}

await buildInputs()
const draft = join(cacheDir, `brown-${values['size-mb']}mb.txt`)
buildHugeDraft(draft)
const bytes = statSync(draft).size
if (!hasGnuTime()) throw new Error('bench/limits.mjs needs GNU time (/usr/bin/time) for peak RSS')
const command = [
  '/usr/bin/time',
  '-f',
  '%e %M',
  process.execPath,
  values.cli,
  '--format',
  'json',
  draft,
]
const child = spawnSync(command[0], command.slice(1), {
  encoding: 'utf8',
  maxBuffer: 2 * 1024 * 1024 * 1024,
  env: { ...process.env, NO_COLOR: '1' },
})
const [seconds, kilobytes] = child.stderr.trim().split('\n').at(-1).split(' ').map(Number)
const findings = child.status === 1 ? JSON.parse(child.stdout)[0].messages.length : 0
const summary = {
  command: `/usr/bin/time -f '%e %M' node ${values.cli} --format json ${draft}`,
  bytes,
  status: child.status,
  findings,
  seconds,
  peakRssMb: Math.round(kilobytes / 1024),
  mbPerSecond: Number((bytes / 1024 / 1024 / seconds).toFixed(2)),
}
console.log(JSON.stringify(summary, null, 2))
if (child.status !== 0 && child.status !== 1) {
  console.error(child.stderr)
  process.exitCode = 1
}
