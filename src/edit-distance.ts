/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and adjacent
 * transpositions) between `a` and `b`, or `Infinity` once it is certain to exceed `max`.
 * Work is bounded by `max`: only a diagonal band of the table is filled.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Number.POSITIVE_INFINITY
  if (a === b) return 0
  const width = b.length + 1
  let before = new Array<number>(width).fill(Number.POSITIVE_INFINITY)
  let previous = Array.from({ length: width }, (_, index) => index)
  let current = new Array<number>(width)
  for (let row = 1; row <= a.length; row++) {
    current.fill(Number.POSITIVE_INFINITY)
    current[0] = row
    let rowMin = row
    const from = Math.max(1, row - max)
    const to = Math.min(b.length, row + max)
    for (let column = from; column <= to; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1
      let value = Math.min(
        (previous[column] ?? Number.POSITIVE_INFINITY) + 1,
        (current[column - 1] ?? Number.POSITIVE_INFINITY) + 1,
        (previous[column - 1] ?? Number.POSITIVE_INFINITY) + cost,
      )
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) {
        value = Math.min(value, (before[column - 2] ?? Number.POSITIVE_INFINITY) + 1)
      }
      current[column] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return Number.POSITIVE_INFINITY
    ;[before, previous, current] = [previous, current, before]
  }
  const distance = previous[b.length] ?? Number.POSITIVE_INFINITY
  return distance <= max ? distance : Number.POSITIVE_INFINITY
}
