// Three rows of the table, reused across calls and grown when a longer word comes: the distance
// is asked for millions of times on a large draft (every unknown word against the listed names).
let rows = new Int32Array(3 * 64)

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and adjacent
 * transpositions) between `a` and `b`, or `Infinity` once it is certain to exceed `max`.
 * Work is bounded by `max`: only a diagonal band of the table is filled.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Number.POSITIVE_INFINITY
  if (a === b) return 0
  const width = b.length + 1
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2)
  // Cells outside the band stay "more than max", so they never win a minimum.
  const over = max + 1
  let before = 0
  let previous = width
  let current = 2 * width
  for (let column = 0; column < width; column++) {
    rows[before + column] = over
    rows[previous + column] = Math.min(column, over)
  }
  for (let row = 1; row <= a.length; row++) {
    const from = Math.max(1, row - max)
    const to = Math.min(b.length, row + max)
    rows[current] = Math.min(row, over)
    if (from > 1) rows[current + from - 1] = over
    if (to < b.length) rows[current + to + 1] = over
    const code = a.charCodeAt(row - 1)
    const previousCode = row > 1 ? a.charCodeAt(row - 2) : -1
    let rowMin = rows[current] as number
    for (let column = from; column <= to; column++) {
      const bCode = b.charCodeAt(column - 1)
      let value = (rows[previous + column - 1] as number) + (code === bCode ? 0 : 1)
      const deleted = (rows[previous + column] as number) + 1
      if (deleted < value) value = deleted
      const inserted = (rows[current + column - 1] as number) + 1
      if (inserted < value) value = inserted
      if (column > 1 && code === b.charCodeAt(column - 2) && previousCode === bCode) {
        const swapped = (rows[before + column - 2] as number) + 1
        if (swapped < value) value = swapped
      }
      if (value > over) value = over
      rows[current + column] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return Number.POSITIVE_INFINITY
    const oldest = before
    before = previous
    previous = current
    current = oldest
  }
  const distance = rows[previous + b.length] as number
  return distance <= max ? distance : Number.POSITIVE_INFINITY
}
