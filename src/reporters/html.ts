import type { FileResult, Finding, Reporter, Severity } from '../types.js'
import { escapeHtml as esc } from './escape-markup.js'
import { htmlStyles } from './html-styles.js'
import { type Highlight, type SourceLine, toSourceLines } from './source-lines.js'
import { tallyFindings } from './tally.js'

/**
 * Prints one self-contained HTML page (inline CSS, no script, no external assets) for editors:
 * a summary, the tally of flagged words ("EnroChat ×11 → EncroChat"), then each draft with
 * findings as text with line numbers, every finding highlighted in place as a focusable
 * `<mark class="finding">` whose tooltip shows the reason and suggestions on hover and on focus.
 * Texts come from `options.sources`; everything from a draft is HTML-escaped.
 */
export const htmlReporter: Reporter = (results, options) => {
  const flagged = results.filter((result) => result.messages.length > 0)
  const clean = results.filter((result) => result.messages.length === 0)
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>proofread report</title>',
    `<style>${htmlStyles}</style>`,
    '</head>',
    '<body>',
    renderHeader(results),
    '<main>',
    renderTally(results),
    ...flagged.map((result) =>
      renderFile(result, results.indexOf(result), options.sources.get(result.path)),
    ),
    renderCleanFiles(clean),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function renderHeader(results: readonly FileResult[]): string {
  const findings = results.flatMap((result) => result.messages)
  const bySeverity = (['error', 'warning', 'info'] as const).map((severity) => {
    const count = countOf(findings, severity)
    const label = severity === 'info' ? `${count} info` : plural(count, severity)
    return `<span class="count-${severity}">${label}</span>`
  })
  const summary = `${plural(results.length, 'file')} checked, ${plural(findings.length, 'finding')}`
  return [
    '<header>',
    '<h1>proofread report</h1>',
    `<p class="summary">${summary}: ${bySeverity.join(', ')}</p>`,
    '</header>',
  ].join('\n')
}

function renderTally(results: readonly FileResult[]): string {
  const entries = tallyFindings(results)
  if (entries.length === 0) return ''
  const items = entries.map(({ actual, count, suggestion }) => {
    const fix =
      suggestion === undefined ? '' : ` → <span class="expected">${esc(suggestion)}</span>`
    return `<li><span class="actual">${esc(actual)}</span> ×${count}${fix}</li>`
  })
  return [
    '<section class="tally" aria-labelledby="tally-title">',
    '<h2 id="tally-title">Flagged words, most frequent first</h2>',
    '<ol>',
    ...items,
    '</ol>',
    '</section>',
  ].join('\n')
}

function renderFile(result: FileResult, fileIndex: number, source: string | undefined): string {
  const prefix = `f${fileIndex + 1}`
  const text =
    source === undefined
      ? '<p class="missing">The text of this file is not available.</p>'
      : `<div class="source">\n${toSourceLines(source, result.messages)
          .map((line) => renderLine(line, prefix))
          .join('\n')}\n</div>`
  const list = result.messages.map(
    (finding, i) =>
      `<li><a href="#${prefix}-${i + 1}">${finding.line}:${finding.column}</a> ${esc(finding.reason)} (${esc(finding.ruleId)})</li>`,
  )
  return [
    `<section class="file" aria-labelledby="${prefix}-title">`,
    `<h2 id="${prefix}-title">${esc(result.path)} <small>(${plural(result.messages.length, 'finding')})</small></h2>`,
    text,
    `<ol class="findings">\n${list.join('\n')}\n</ol>`,
    '</section>',
  ].join('\n')
}

function renderLine(line: SourceLine, prefix: string): string {
  let html = ''
  let at = 0
  for (const highlight of line.highlights) {
    html += esc(line.text.slice(at, highlight.start))
    html += renderHighlight(line.text.slice(highlight.start, highlight.end), highlight, prefix)
    at = highlight.end
  }
  html += esc(line.text.slice(at))
  return `<div class="line"><span class="ln" aria-hidden="true">${line.number}</span><span class="lt">${html}</span></div>`
}

function renderHighlight(text: string, highlight: Highlight, prefix: string): string {
  const { finding } = highlight
  const classes = `${finding.severity} ${highlight.isFirst ? 'finding' : 'finding-cont'}`
  const rule = `data-rule="${esc(finding.ruleId)}"`
  if (!highlight.isFirst) return `<mark class="${classes}" ${rule}>${esc(text)}</mark>`
  const id = `${prefix}-${highlight.index + 1}`
  const mark = `<mark class="${classes}" ${rule} id="${id}" tabindex="0" title="${esc(describe(finding))}" aria-describedby="${id}-tip">${esc(text)}</mark>`
  return `<span class="hl">${mark}${renderTooltip(finding, `${id}-tip`)}</span>`
}

function renderTooltip(finding: Finding, id: string): string {
  const suggestions =
    finding.expected.length === 0
      ? 'No suggestions'
      : `Suggestions: ${finding.expected.map((s) => `<b>${esc(s)}</b>`).join(', ')}`
  return `<span class="tip" role="tooltip" id="${id}"><span class="rule">${finding.severity} · ${esc(finding.ruleId)}</span>${esc(finding.reason)}<span class="suggestions">${suggestions}</span></span>`
}

function renderCleanFiles(clean: readonly FileResult[]): string {
  if (clean.length === 0) return ''
  return [
    '<section class="clean" aria-labelledby="clean-title">',
    `<h2 id="clean-title">No findings (${plural(clean.length, 'file')})</h2>`,
    `<ul>\n${clean.map((result) => `<li>${esc(result.path)}</li>`).join('\n')}\n</ul>`,
    '</section>',
  ].join('\n')
}

function describe(finding: Finding): string {
  return finding.expected.length === 0
    ? finding.reason
    : `${finding.reason}\nSuggestions: ${finding.expected.join(', ')}`
}

function countOf(findings: readonly Finding[], severity: Severity): number {
  return findings.filter((finding) => finding.severity === severity).length
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
