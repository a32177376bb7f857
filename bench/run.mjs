#!/usr/bin/env node
// `npm run bench`: builds the inputs, runs proofread beside the floor, the naive retext-spell
// pipeline and `hunspell -l` (where installed) on the same files, alternating them, and prints
// medians, MB/s, peak RSS, the ratios issue 3 targets, and bench/suggestions.mjs's numbers.
// Writes the report to bench/out/latest.json and bench/out/latest.md as well.
//
// Usage: node bench/run.mjs [--runs N] [--corpus-runs N] [--cases draft,brown-1mb,brown-6mb]
//                           [--naive-corpus]
//                           [--skip proofread,floor,naive,hunspell,suggestions] [--timeout S]
//                           [--strict]
//   --runs N        runs of each contender per case (default 11 for the draft, 7 for the corpus:
//                   medians of more runs move less on a noisy machine). The references, the naive
//                   pipeline and hunspell, run at most 5 times on the draft and 3 on a corpus file:
//                   they take seconds to minutes a run, and the one target that divides by them
//                   (the draft at ≤ 0.12× naive) is far from its limit
//   --corpus-runs N runs on the corpus files only (overrides --runs there)
//   --naive-corpus  also run the naive pipeline on the corpus files (it takes minutes there)
//   --skip          leave contenders out, e.g. `--skip hunspell`
//   --timeout S     stop a run after S seconds (default 900); a contender that times out once is
//                   not run again on that case, and the report says so
//   --strict        exit 1 when a target fails (by default the report is informative only)
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildInputs } from './inputs.mjs'
import { hasGnuTime, runRoundRobin, summarise } from './measure.mjs'
import { evaluateTargets, renderMarkdown, renderText } from './report.mjs'

const benchDir = dirname(fileURLToPath(import.meta.url))
const rootDir = dirname(benchDir)
const outDir = join(benchDir, 'out')

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string' },
    'corpus-runs': { type: 'string' },
    cases: { type: 'string', default: 'draft,brown-1mb,brown-6mb' },
    'naive-corpus': { type: 'boolean', default: false },
    skip: { type: 'string', default: '' },
    strict: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '900' },
  },
})
const skipped = new Set(options.skip.split(',').filter(Boolean))
const notes = []
const log = (line) => process.stderr.write(`${line}\n`)

/** Runs a command in the repository root, for setup only (never timed). */
function tryRun(command, args) {
  const child = spawnSync(command, args, { cwd: rootDir, encoding: 'utf8' })
  return child.status === 0 ? child.stdout.trim() : null
}

/** The newest modification time of any file under `dir` (0 when it has none). */
function newestMtime(dir) {
  if (!existsSync(dir)) return 0
  return readdirSync(dir, { recursive: true })
    .map((name) => statSync(join(dir, name)).mtimeMs)
    .reduce((newest, mtime) => Math.max(newest, mtime), 0)
}

/**
 * Builds dist/ when it is missing or older than src/ (a stale build would time old code), then
 * asks the CLI for its version. Returns why proofread can't run, or its version.
 */
function prepareProofread() {
  if (!existsSync(join(rootDir, 'bin', 'proofread.js'))) return 'bin/proofread.js does not exist'
  const distCli = join(rootDir, 'dist', 'cli.js')
  const builtAt = existsSync(distCli) ? statSync(distCli).mtimeMs : 0
  if (builtAt < newestMtime(join(rootDir, 'src'))) {
    log(builtAt ? 'dist/ is older than src/: running npm run build' : 'running npm run build')
    const build = spawnSync('npm', ['run', 'build'], { cwd: rootDir, stdio: ['ignore', 2, 2] })
    if (build.status !== 0 && !builtAt) return '`npm run build` failed'
    if (build.status !== 0) notes.push('`npm run build` failed: proofread ran from the older dist/')
  }
  const version = tryRun('node', ['bin/proofread.js', '--version'])
  return version === null ? '`node bin/proofread.js --version` failed' : { version }
}

/** The `-d` dictionary for hunspell: en_US where it is installed, else none. */
function findHunspell() {
  if (tryRun('sh', ['-c', 'command -v hunspell']) === null) return 'hunspell is not installed'
  const listing = spawnSync('hunspell', ['-D'], { input: '', encoding: 'utf8' })
  if (!/\/en_US\b/.test(`${listing.stdout}${listing.stderr}`)) {
    return 'hunspell has no en_US dictionary (apt-get install hunspell-en-us)'
  }
  return { version: (tryRun('hunspell', ['-v']) ?? '').split('\n')[0] }
}

const countMessages = (stdout) => {
  const results = JSON.parse(stdout)
  const messages = results.flatMap((result) => result.messages)
  const suggested = messages.filter((message) => message.expected?.length > 0).length
  return { findings: messages.length, suggested }
}

/** Every contender that can run here, each a command for one input file. */
function contendersFor(file, caseName, available) {
  const rel = relative(rootDir, file)
  const all = [
    available.proofread && {
      name: 'proofread',
      command: ['node', 'bin/proofread.js', 'check', rel, '--format', 'json'],
      // Exit 1 means "findings", which every input here has.
      okStatuses: [0, 1],
      summarise: countMessages,
    },
    {
      name: 'floor',
      command: ['node', 'bench/floor.mjs', rel],
      summarise: (stdout) => JSON.parse(stdout),
    },
    (caseName === 'draft' || options['naive-corpus']) && {
      name: 'naive',
      command: ['node', 'bench/naive.mjs', rel],
      runs: referenceRunsFor(caseName),
      summarise: (stdout) => JSON.parse(stdout),
    },
    available.hunspell && {
      name: 'hunspell',
      command: ['hunspell', '-d', 'en_US', '-l', rel],
      runs: referenceRunsFor(caseName),
      summarise: (stdout) => ({ unknown: stdout.split('\n').filter(Boolean).length }),
    },
  ]
  return all.filter((contender) => contender && !skipped.has(contender.name))
}

function runSuggestions() {
  const script = join(benchDir, 'suggestions.mjs')
  if (skipped.has('suggestions')) return { skipped: 'skipped with --skip' }
  if (!existsSync(script)) return { skipped: 'bench/suggestions.mjs not found' }
  log('running node bench/suggestions.mjs --json')
  const child = spawnSync('node', [script, '--json'], {
    cwd: rootDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 20 * 60_000,
  })
  if (child.status !== 0) {
    return { error: `exit ${child.status}: ${(child.stderr ?? '').trim().split('\n').at(-1)}` }
  }
  try {
    return { data: JSON.parse(child.stdout) }
  } catch {
    return { error: 'its output is not JSON' }
  }
}

function describeEnvironment(runsLabel, withRss) {
  const status = tryRun('git', ['status', '--porcelain', '--untracked-files=no'])
  return {
    commit: tryRun('git', ['rev-parse', '--short', 'HEAD']) ?? 'unknown',
    dirty: Boolean(status),
    date: new Date().toISOString(),
    node: process.version,
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    load: loadavg()
      .map((value) => value.toFixed(2))
      .join(' '),
    runs: runsLabel,
    rssSource: withRss ? 'GNU time %M %U %S' : 'unknown (no /usr/bin/time)',
  }
}

const inputs = await buildInputs()
const caseFiles = { draft: inputs.draft, 'brown-1mb': inputs.brown1, 'brown-6mb': inputs.brown6 }
const caseNames = options.cases.split(',').filter(Boolean)
for (const name of caseNames) {
  if (!(name in caseFiles)) throw new Error(`Cannot run case \`${name}\`: unknown case`)
}

const proofread = skipped.has('proofread') ? 'skipped with --skip' : prepareProofread()
const hunspell = skipped.has('hunspell') ? 'skipped with --skip' : findHunspell()
if (typeof proofread === 'string') notes.push(`proofread not run: ${proofread}`)
if (typeof hunspell === 'string') notes.push(`hunspell not run: ${hunspell}`)
else notes.push(`hunspell: ${hunspell.version}, -d en_US -l (lists misses, no suggestions)`)
notes.push(
  'floor: regex words looked up in a Set of dictionary-en forms read from bench/.cache/en-forms.txt ' +
    '(expanded once by nspell); the cached load is what it measures',
)
if (!options['naive-corpus']) notes.push('naive runs on the draft only (--naive-corpus adds it)')
notes.push('naive suggests for every distinct miss (retext-spell max: no cap)')
const available = {
  proofread: typeof proofread === 'object',
  hunspell: typeof hunspell === 'object',
}
const withRss = hasGnuTime()
const runsFor = (name) =>
  name === 'draft'
    ? Number(options.runs ?? 11)
    : Number(options['corpus-runs'] ?? options.runs ?? 7)
// The references' runs (see the usage above).
const referenceRunsFor = (name) => Math.min(runsFor(name), name === 'draft' ? 5 : 3)
const runsLabel =
  `${runsFor('draft')} (draft), ${runsFor('brown-6mb')} (corpus); ` +
  `naive and hunspell ${referenceRunsFor('draft')} (draft), ${referenceRunsFor('brown-6mb')} (corpus)`
const environment = describeEnvironment(runsLabel, withRss)
if (loadavg()[0] > environment.cores / 2) {
  notes.push('the machine was busy at the start (see load average): timings are noisier than usual')
}
if (available.proofread) environment.proofread = proofread.version

const cases = {}
for (const name of caseNames) {
  const file = caseFiles[name]
  const bytes = statSync(file).size
  const contenders = contendersFor(file, name, available)
  log(`${name}: ${contenders.map((c) => c.name).join(', ')} × ${runsFor(name)}`)
  const samples = runRoundRobin(contenders, {
    runs: runsFor(name),
    withRss,
    timeoutMs: Number(options.timeout) * 1000,
    onRun: (contender, round, sample) =>
      log(
        `  ${name} #${round + 1} ${contender}: ${sample.seconds.toFixed(3)} s` +
          (sample.error ? ` (${sample.error})` : ''),
      ),
  })
  const summaries = {}
  for (const [contender, list] of samples) summaries[contender] = summarise(list, bytes)
  cases[name] = { file: relative(rootDir, file), bytes, contenders: summaries }
}

const suggestions = runSuggestions()
const report = {
  environment,
  notes,
  cases,
  targets: evaluateTargets(cases, suggestions),
  suggestions,
}
mkdirSync(outDir, { recursive: true })
writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`)
writeFileSync(join(outDir, 'latest.md'), renderMarkdown(report))
process.stdout.write(renderText(report))
log(`wrote ${relative(rootDir, join(outDir, 'latest.json'))} and latest.md`)
if (options.strict && report.targets.some((target) => target.verdict === 'FAIL')) {
  process.exitCode = 1
}
