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

function ratio(caseA, nameA, caseB, nameB) {
  const a = caseA?.contenders[nameA]?.medianSeconds
  const b = caseB?.contenders[nameB]?.medianSeconds
  return a && b ? a / b : null
}

/** Evaluates every target; one whose inputs were not measured is SKIP, not PASS. */
export function evaluateTargets(cases) {
  return targets.map(({ id, label, limit, value }) => {
    const measured = value(cases)
    const verdict = measured === null ? 'SKIP' : measured <= limit ? 'PASS' : 'FAIL'
    return { id, label, limit, value: measured, verdict }
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
  if (stats.error) return [caseName, size, name, `failed: ${stats.error}`, '', '', '', '']
  const spread = `${fixed(stats.minSeconds, 3)}–${fixed(stats.maxSeconds, 3)}`
  const runs = stats.failed > 0 ? `${stats.runs} (${stats.failed} failed)` : String(stats.runs)
  return [
    caseName,
    size,
    name,
    fixed(stats.medianSeconds, 3),
    spread,
    fixed(stats.mbPerSecond, 2),
    stats.peakRssMb === null ? 'unknown' : fixed(stats.peakRssMb, 0),
    `${runs} | ${describeResult(stats.result)}`,
  ]
}

const timingHeader = ['case', 'size', 'contender', 'median s', 'min–max s', 'MB/s', 'peak RSS MB']

function suggestionLines(suggestions) {
  if (!suggestions) return ['suggestions: skipped (bench/suggestions.mjs not found)']
  if (suggestions.error) return [`suggestions: failed: ${suggestions.error}`]
  return flatten(suggestions.data).map(([key, value]) => `  ${key}: ${value}`)
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
    `node ${env.node}, ${env.cores} cores (${env.cpu}), load average at start ${env.load}`,
    `runs: ${env.runs}; peak RSS: ${env.rssSource}; MB = 10^6 bytes`,
    ...report.notes.map((note) => `note: ${note}`),
    '',
    table([...timingHeader, 'runs | result'], contenderRows(report).map(timingCells)),
    '',
    'targets',
    table(
      ['target', 'measured', 'limit', 'verdict'],
      report.targets.map((t) => [t.label, fixed(t.value, 3), `≤ ${t.limit}`, t.verdict]),
    ),
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
  const timing = contenderRows(report).map((entry) => timingCells(entry).slice(0, 7))
  const lines = [
    `Measured with \`npm run bench\` at commit \`${env.commit}\` on ${env.date}: node ${env.node}, ` +
      `${env.cores} cores (${env.cpu}). Whole-process wall time, median of ${env.runs}; ` +
      `contenders run round-robin on the same file.`,
    '',
    row(timingHeader),
    row(timingHeader.map(() => '---')),
    ...timing.map(row),
    '',
    row(['target', 'measured', 'limit', 'verdict']),
    row(['---', '---', '---', '---']),
    ...report.targets.map((t) => row([t.label, fixed(t.value, 3), `≤ ${t.limit}`, t.verdict])),
  ]
  if (report.suggestions?.data) {
    lines.push('', row(['suggestions', 'value']), row(['---', '---']))
    for (const [key, value] of flatten(report.suggestions.data)) lines.push(row([key, value]))
  }
  return `${lines.join('\n')}\n`
}
