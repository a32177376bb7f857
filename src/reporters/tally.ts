import type { FileResult } from '../types.js'

/** How often one flagged word occurs across all files, and what to write instead. */
export interface TallyEntry {
  actual: string
  count: number
  /** The suggestion given most often for this word, if any. */
  suggestion: string | undefined
}

/**
 * Counts findings by flagged word (case-sensitive) across all files, most frequent first, then
 * alphabetically, so a draft's recurring misspelling ("EnroChat ×11 → EncroChat") leads.
 */
export function tallyFindings(results: readonly FileResult[]): TallyEntry[] {
  const byWord = new Map<string, { count: number; suggestions: Map<string, number> }>()
  for (const finding of results.flatMap((result) => result.messages)) {
    const entry = byWord.get(finding.actual) ?? { count: 0, suggestions: new Map() }
    entry.count += 1
    const best = finding.expected[0]
    if (best !== undefined) entry.suggestions.set(best, (entry.suggestions.get(best) ?? 0) + 1)
    byWord.set(finding.actual, entry)
  }
  return [...byWord]
    .map(([actual, { count, suggestions }]) => ({
      actual,
      count,
      suggestion: mostFrequent(suggestions),
    }))
    .sort((a, b) => b.count - a.count || compareStrings(a.actual, b.actual))
}

// Ties go to the suggestion seen first, since Map keeps insertion order.
function mostFrequent(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined
  let bestCount = 0
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value
      bestCount = count
    }
  }
  return best
}

// Code-unit order, not locale order, so the report is the same on every machine.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
