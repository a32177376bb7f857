// Turns the bench measurements into targets (PASS/FAIL/SKIP), a plain-text report for the
// terminal and a Markdown table for README's Performance section.

/** The targets of issue 3, each a ratio or an amount read from the measured cases. */
export const targets = [
  {
    id: 'draft-vs-floor',
    label: 'draft: proofread / floor',
    limit: 1.5,
    value: (cases) => ratio(cases.draft, 'proofread', cases.draft, 'floor'),
  },
  {
    id: 'draft-vs-naive',
    label: 'draft: proofread / naive',
    limit: 0.12,
    value: (cases) => ratio(cases.draft, 'proofread', cases.draft, 'naive'),
  },
  {
    id: 'brown-6mb-vs-floor',
    label: 'brown-6mb: proofread / floor',
    limit: 5,
    value: (cases) => ratio(cases['brown-6mb'], 'proofread', cases['brown-6mb'], 'floor'),
  },
  {
    id: 'brown-6mb-rss',
    label: 'brown-6mb: proofread peak RSS (MB)',
    limit: 250,
    value: (cases) => cases['brown-6mb']?.contenders.proofread?.peakRssMb ?? null,
  },
  {
    id: 'linearity',
    label: 'linearity: proofread 6 MB / 1 MB',
    limit: 6.5,
    value: (cases) => ratio(cases['brown-6mb'], 'proofread', cases['brown-1mb'], 'proofread'),
  },
]

function ratio(caseA, nameA, caseB, nameB, key = 'medianSeconds') {
  const a = caseA?.contenders[nameA]?.[key]
  const b = caseB?.contenders[nameB]?.[key]
  return a && b ? a / b : null
}

/** A target's ratio again on median CPU time, for reading a run on a busy machine. */
const cpuRatios = {
  'draft-vs-floor': (cases) =>
    ratio(cases.draft, 'proofread', cases.draft, 'floor', 'medianCpuSeconds'),
  'draft-vs-naive': (cases) =>
    ratio(cases.draft, 'proofread', cases.draft, 'naive', 'medianCpuSeconds'),
  'brown-6mb-vs-floor': (cases) =>
    ratio(cases['brown-6mb'], 'proofread', cases['brown-6mb'], 'floor', 'medianCpuSeconds'),
  linearity: (cases) =>
    ratio(cases['brown-6mb'], 'proofread', cases['brown-1mb'], 'proofread', 'medianCpuSeconds'),
}

const at = (data, path) => path.split('.').reduce((value, key) => value?.[key], data) ?? null

/**
 * The suggestion targets, read from bench/suggestions.mjs's JSON (`latency.fast.p95`,
 * `top1.fast.top1`, …); a key it does not print makes its target SKIP.
 */
export const suggestionTargets = [
  { id: 'suggest-p95', label: 'suggest p95 per word (ms)', limit: 5, path: 'latency.fast.p95' },
  { id: 'suggest-max', label: 'suggest max per word (ms)', limit: 20, path: 'latency.fast.max' },
  {
    id: 'suggest-coverage',
    label: 'misses with no suggestion, one within 2 edits',
    limit: 0,
    path: 'latency.fast.noSuggestionWithinTwoEdits',
  },
  {
    id: 'top1',
    label: 'top-1 accuracy, fast (%)',
    atLeast: 90,
    value: (data) => at(data, 'top1.fast.top1'),
  },
  {
    id: 'top1-gain',
    label: 'top-1 accuracy, fast − nspell (points)',
    atLeast: 8,
    value: (data) => {
      const fast = at(data, 'top1.fast.top1')
      const nspell = at(data, 'top1.nspell.top1')
      return fast === null || nspell === null ? null : fast - nspell
    },
  },
].map((target) => ({
  ...target,
  value: (_, suggestions) =>
    suggestions?.data === undefined
      ? null
      : target.value
        ? target.value(suggestions.data)
        : at(suggestions.data, target.path),
}))

function verdictOf(measured, { limit, atLeast }) {
  if (typeof measured !== 'number') return 'SKIP'
  const met = atLeast === undefined ? measured <= limit : measured >= atLeast
  return met ? 'PASS' : 'FAIL'
}

/** Evaluates every target; one whose inputs were not measured is SKIP, not PASS. */
export function evaluateTargets(cases, suggestions) {
  return [...targets, ...suggestionTargets].map((target) => {
    const measured = target.value(cases, suggestions)
    const bound = target.atLeast === undefined ? `≤ ${target.limit}` : `≥ ${target.atLeast}`
    const verdict = verdictOf(measured, target)
    const cpu = cpuRatios[target.id]?.(cases) ?? null
    return { id: target.id, label: target.label, bound, value: measured, cpu, verdict }
  })
}

const fixed = (value, digits) =>
  value === null || value === undefined ? '—' : value.toFixed(digits)

function describeResult(result) {
  if (!result) return ''
  return Object.entries(result)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ')
}

function contenderRows(report) {
  const rows = []
  for (const [caseName, measured] of Object.entries(report.cases)) {
    for (const [name, stats] of Object.entries(measured.contenders)) {
      rows.push({ caseName, bytes: measured.bytes, name, stats })
    }
  }
  return rows
}

function pad(cells, widths) {
  return cells.map((cell, index) => String(cell).padEnd(widths[index])).join('  ')
}

function table(header, rows) {
  const widths = header.map((_, index) =>
    Math.max(...[header, ...rows].map((row) => String(row[index]).length)),
  )
  return [
    pad(header, widths),
    pad(
      widths.map((width) => '-'.repeat(width)),
      widths,
    ),
  ]
    .concat(rows.map((row) => pad(row, widths)))
    .join('\n')
}

function timingCells({ caseName, bytes, name, stats }) {
  const size = `${(bytes / 1e6).toFixed(bytes < 1e5 ? 4 : 2)} MB`
  if (stats.error) return [caseName, size, name, `failed: ${stats.error}`, '', '', '', '', '']
  const spread = `${fixed(stats.minSeconds, 3)}–${fixed(stats.maxSeconds, 3)}`
  const runs = stats.failed > 0 ? `${stats.runs} (${stats.failed} failed)` : String(stats.runs)
  return [
    caseName,
    size,
    name,
    fixed(stats.medianSeconds, 3),
    spread,
    fixed(stats.medianCpuSeconds, 3),
    stats.mbPerSecond.toPrecision(3),
    stats.peakRssMb === null ? 'unknown' : fixed(stats.peakRssMb, 0),
    `${runs} | ${describeResult(stats.result)}`,
  ]
}

const timingHeader = [
  'case',
  'size',
  'contender',
  'median s',
  'min–max s',
  'CPU s',
  'MB/s',
  'peak RSS MB',
]
const targetHeader = ['target', 'measured', 'on CPU time', 'limit', 'verdict']
const targetCells = (t) => [t.label, fixed(t.value, 3), fixed(t.cpu, 3), t.bound, t.verdict]

/** Rows of fast-vs-nspell numbers from bench/suggestions.mjs, or null when its shape differs. */
function suggestionRows(data) {
  const rows = [
    ['load (ms)', 'load.fastMs', 'load.nspellMs'],
    ['top-1 accuracy (%)', 'top1.fast.top1', 'top1.nspell.top1'],
    ['words timed', 'latency.fast.words', 'latency.nspell.words'],
    ['suggest p50 (ms)', 'latency.fast.p50', 'latency.nspell.p50'],
    ['suggest p95 (ms)', 'latency.fast.p95', 'latency.nspell.p95'],
    ['suggest max (ms)', 'latency.fast.max', 'latency.nspell.max'],
    ['suggest CPU p95 (ms)', 'latency.fast.cpu.p95', 'latency.nspell.cpu.p95'],
    ['suggest CPU max (ms)', 'latency.fast.cpu.max', 'latency.nspell.cpu.max'],
    ['no suggestion', 'latency.fast.noSuggestion', 'latency.nspell.noSuggestion'],
    [
      'none though one within 2 edits',
      'latency.fast.noSuggestionWithinTwoEdits',
      'latency.nspell.noSuggestionWithinTwoEdits',
    ],
  ].map(([label, fast, nspell]) => [label, at(data, fast) ?? '—', at(data, nspell) ?? '—'])
  return rows.some(([, fast]) => fast !== '—') ? rows : null
}

function suggestionLines(suggestions) {
  if (suggestions.skipped) return [`not run: ${suggestions.skipped}`]
  if (suggestions.error) return [`failed: ${suggestions.error}`]
  const { data } = suggestions
  const rows = suggestionRows(data)
  if (!rows) return flatten(data).map(([key, value]) => `${key}: ${value}`)
  const sampled = at(data, 'latency.nspell.sampled') ? ' (nspell timed on a sample)' : ''
  return [
    `typo set ${at(data, 'typoSet') ?? '—'} (seed ${at(data, 'seed') ?? '—'}), ` +
      `${at(data, 'latency.unknownWords') ?? '—'} distinct unknown Brown words${sampled}`,
    table(['', 'fast', 'nspell'], rows),
  ]
}

/** Flattens nested JSON into `a.b.c` keys, so any shape bench/suggestions.mjs prints is shown. */
export function flatten(value, prefix = '') {
  if (value === null || typeof value !== 'object') return [[prefix || 'value', value]]
  return Object.entries(value).flatMap(([key, inner]) =>
    flatten(inner, prefix ? `${prefix}.${key}` : key),
  )
}

/** The report as text for the terminal. */
export function renderText(report) {
  const { environment: env } = report
  const lines = [
    `proofread bench: commit ${env.commit}${env.dirty ? ' (uncommitted changes)' : ''}, ${env.date}`,
    `proofread ${env.proofread ?? 'not run'}; node ${env.node}; ${env.cores} cores (${env.cpu}); ` +
      `load average at start ${env.load}`,
    `runs: ${env.runs}; peak RSS and CPU: ${env.rssSource}; MB = 10^6 bytes; verdicts on wall time`,
    ...report.notes.map((note) => `note: ${note}`),
    '',
    table([...timingHeader, 'runs | result'], contenderRows(report).map(timingCells)),
    '',
    'targets',
    table(targetHeader, report.targets.map(targetCells)),
    '',
    'suggestions (node bench/suggestions.mjs --json)',
    ...suggestionLines(report.suggestions),
  ]
  return `${lines.join('\n')}\n`
}

/** The report as Markdown, to paste into README's Performance section. */
export function renderMarkdown(report) {
  const { environment: env } = report
  const row = (cells) => `| ${cells.join(' | ')} |`
  const timing = contenderRows(report).map((entry) => timingCells(entry).slice(0, 8))
  const lines = [
    `Measured with \`npm run bench\` at commit \`${env.commit}\` on ${env.date}: proofread ` +
      `${env.proofread ?? 'not run'}, node ${env.node}, ${env.cores} cores (${env.cpu}), load ` +
      `average at start ${env.load}. Whole-process wall time (and user + system CPU time), ` +
      `median of ${env.runs}; contenders run round-robin on the same file. Verdicts are on ` +
      `wall time.`,
    '',
    ...report.notes.map((note) => `- ${note}`),
    '',
    row(timingHeader),
    row(timingHeader.map(() => '---')),
    ...timing.map(row),
    '',
    row(targetHeader),
    row(targetHeader.map(() => '---')),
    ...report.targets.map((t) => row(targetCells(t))),
  ]
  const data = report.suggestions?.data
  const rows = data && suggestionRows(data)
  if (rows) {
    lines.push('', row(['suggestions', 'fast', 'nspell']), row(['---', '---', '---']))
    lines.push(...rows.map(row))
  } else if (data) {
    lines.push('', row(['suggestions', 'value']), row(['---', '---']))
    lines.push(...flatten(data).map(row))
  }
  return `${lines.join('\n')}\n`
}
