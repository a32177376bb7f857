import { forEachDeletion, indexDeletions } from './deletions.js'
import { editDistance } from './edit-distance.js'
import { maxNameDistance } from './name-index.js'

/**
 * Pairs of spellings (lower case, distinct) that are near variants of each other: within edit
 * distance 1, or 2 when both have at least eight letters (`enrochat` and `encrochat`), with the
 * same first and last letters (and, two edits apart, the same last two). A plural and its
 * singular (`kennedy`, `kennedys`) are not variants. Each pair is given once, as indexes
 * into `spellings`, lower index first.
 */
export function findNearVariants(spellings: readonly string[]): [number, number][] {
  // Only spellings that share a form with letters deleted can be variants (see deletions.ts);
  // variants have the same first and last letters, so only the letters between are deleted.
  const byForm = indexDeletions(spellings, (spelling) => maxNameDistance(spelling.length), true)
  // The spelling each other spelling was last measured against, so that a pair sharing many
  // forms is measured once.
  const measuredWith = new Int32Array(spellings.length).fill(-1)
  const pairs: [number, number][] = []
  spellings.forEach((a, i) => {
    const visit = (hash: number): void => {
      for (let entry = byForm.first(hash); entry !== -1; entry = byForm.next(entry)) {
        const j = byForm.wordOf(entry)
        if (j <= i || measuredWith[j] === i) continue
        measuredWith[j] = i
        if (isNearVariant(a, spellings[j] as string)) pairs.push([i, j])
      }
    }
    forEachDeletion(a, maxNameDistance(a.length), visit, true)
  })
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1])
}

/**
 * Whether two lower-case spellings are near variants (see `findNearVariants`); `findNearVariants`
 * gives exactly the pairs of its list for which this holds.
 */
export function isNearVariant(a: string, b: string): boolean {
  // Misspellings rarely touch a name's first letter, but distinct names often differ only there
  // (`Humpty`, `Dumpty`; `Generale`, `Centrale`).
  if (a[0] !== b[0]) return false
  // Likewise at the end: related names and derived forms differ there (`Lena`, `Leni`;
  // `Carolinas`, `Carolinians`), so two edits must leave the last two letters alone.
  if (a.at(-1) !== b.at(-1)) return false
  if (isPluralOf(a, b) || isPluralOf(b, a)) return false
  const max = maxNameDistance(Math.min(a.length, b.length))
  const distance = editDistance(a, b, max)
  if (distance === 2 && a.at(-2) !== b.at(-2)) return false
  return distance > 0 && distance <= max
}

function isPluralOf(plural: string, singular: string): boolean {
  return plural === `${singular}s` || plural === `${singular}es`
}

/**
 * Writes the letters of `target` in the capitalisation of `pattern`, letter by aligned letter:
 * `EnroChat` and `ENCROCHAT` give `EncroChat`. An inserted letter is a capital only between two
 * capitals. A `pattern` in capitals gives `target` in capitals.
 */
export function transferCase(pattern: string, target: string): string {
  if (pattern === pattern.toUpperCase()) return target.toUpperCase()
  const source = pattern.toLowerCase()
  const letters = target.toLowerCase()
  const table = alignmentTable(source, letters)
  const out: string[] = []
  let i = source.length
  let j = letters.length
  // Walk the table back from the end, so each target letter learns which pattern letter it
  // aligns with (or that it was inserted).
  while (j > 0) {
    const here = table[i]?.[j] ?? 0
    const diagonal = i > 0 ? (table[i - 1]?.[j - 1] ?? 0) : Number.POSITIVE_INFINITY
    const cost = source[i - 1] === letters[j - 1] ? 0 : 1
    if (i > 0 && here === diagonal + cost) {
      out.push(caseLike(pattern[i - 1] ?? '', target[j - 1] ?? ''))
      i--
      j--
    } else if (i > 0 && here === (table[i - 1]?.[j] ?? 0) + 1) {
      i--
    } else {
      // An inserted letter is a capital only between capitals (`ENnetcom` would be wrong).
      const before = pattern[i - 1] ?? pattern[i] ?? ''
      const after = pattern[i] ?? before
      const isUpper = isUpperCase(before) && isUpperCase(after)
      const letter = target[j - 1] ?? ''
      out.push(isUpper ? letter.toUpperCase() : letter.toLowerCase())
      j--
    }
  }
  return out.reverse().join('')
}

function alignmentTable(a: string, b: string): number[][] {
  const table = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++) {
    const row = table[i] ?? []
    const above = table[i - 1] ?? []
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      row[j] = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost)
    }
  }
  return table
}

function caseLike(model: string, letter: string): string {
  return isUpperCase(model) ? letter.toUpperCase() : letter.toLowerCase()
}

function isUpperCase(letter: string): boolean {
  return letter !== letter.toLowerCase() && letter === letter.toUpperCase()
}
