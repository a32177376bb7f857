import type { ChalkInstance } from 'chalk'
import { editDistance } from './edit-distance.js'
import { maxNameDistance } from './name-index.js'
import type { FileResult } from './types.js'

/** A capitalised word no dictionary or list knows, how often it appears, and where. */
export interface Candidate {
  word: string
  count: number
  /** Result paths of the files it appears in, sorted. */
  files: string[]
  /** The listed name it is a near miss of, when the proper-noun rule flagged it. */
  near?: string
}

/** The most frequent form of a name and the near-variants of it that also appear. */
export interface CandidateGroup extends Candidate {
  variants: Candidate[]
}

/**
 * The capitalised words that findings point at and `isKnown` rejects, counted by exact form.
 * Any rule may flag a word (spelling, proper-noun, name-consistency); `isKnown` decides.
 */
export function collectCandidates(
  results: readonly FileResult[],
  isKnown: (word: string) => boolean,
): Candidate[] {
  const byWord = new Map<string, Candidate>()
  for (const result of results) {
    for (const finding of result.messages) {
      if (!/^\p{Lu}\S*$/u.test(finding.actual) || isKnown(finding.actual)) continue
      const candidate = byWord.get(finding.actual) ?? { word: finding.actual, count: 0, files: [] }
      candidate.count++
      if (!candidate.files.includes(result.path)) candidate.files.push(result.path)
      const near = finding.expected[0]
      if (finding.ruleId === 'proper-noun' && near !== undefined) candidate.near = near
      byWord.set(finding.actual, candidate)
    }
  }
  return [...byWord.values()].map((candidate) => ({
    ...candidate,
    files: candidate.files.sort(),
  }))
}

/** Whether two words are near-variants: the same ignoring case, or a few edits apart. */
export function isNearVariant(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()]
  if (x === y) return true
  const max = maxNameDistance(Math.min(x.length, y.length))
  return max > 0 && editDistance(x, y, max) <= max
}

/**
 * Groups candidates with their near-variants (transitively), the most frequent form first;
 * groups are sorted by their total count, then alphabetically.
 */
export function groupCandidates(candidates: readonly Candidate[]): CandidateGroup[] {
  const sorted = [...candidates].sort(byCount)
  const groups: Candidate[][] = []
  for (const candidate of sorted) {
    const matching = groups.filter((group) =>
      group.some((member) => isNearVariant(member.word, candidate.word)),
    )
    const merged = [...matching.flat(), candidate].sort(byCount)
    for (const group of matching) groups.splice(groups.indexOf(group), 1)
    groups.push(merged)
  }
  return groups
    .map(([head, ...variants]) => ({ ...(head as Candidate), variants }))
    .sort((a, b) => total(b) - total(a) || a.word.localeCompare(b.word))
}

function byCount(a: Candidate, b: Candidate): number {
  return b.count - a.count || a.word.localeCompare(b.word)
}

function total(group: CandidateGroup): number {
  return group.variants.reduce((sum, variant) => sum + variant.count, group.count)
}

/** The human table: one row per word, variants indented under the form they vary from. */
export function formatCandidates(groups: readonly CandidateGroup[], chalk: ChalkInstance): string {
  if (groups.length === 0) return `${chalk.green('✔')} No unknown capitalised words\n`
  const rows = groups.flatMap((group) => [
    { indent: '', candidate: group as Candidate },
    ...group.variants.map((variant) => ({ indent: '  ~ ', candidate: variant })),
  ])
  const width = Math.max(...rows.map((row) => row.indent.length + row.candidate.word.length))
  const lines = rows.map(({ indent, candidate }) => {
    const word = `${indent}${candidate.word}`.padEnd(width)
    const near = candidate.near ? chalk.dim(`  (near listed \`${candidate.near}\`)`) : ''
    return `  ${String(candidate.count).padStart(5)}  ${chalk.bold(word)}  ${chalk.dim(candidate.files.join(', '))}${near}`
  })
  const count = groups.length === 1 ? '1 candidate' : `${groups.length} candidates`
  return `  ${'count'.padStart(5)}  ${'word'.padEnd(width)}  files\n${lines.join('\n')}\n\n${count} for the proper-noun list; \`~\` marks a near-variant of the word above\n`
}
