// QWERTY rows; each row sits half a key to the right of the one above it, so a key touches the
// keys at the same index and the next one in the row above, and at the same index and the
// previous one in the row below.
const rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']

/** Pairs of touching keys, both ways round, as two-character strings. */
function listNeighbours(): Set<string> {
  const pairs = new Set<string>()
  const add = (a: string | undefined, b: string | undefined): void => {
    if (a === undefined || b === undefined) return
    pairs.add(a + b)
    pairs.add(b + a)
  }
  rows.forEach((row, rowIndex) => {
    const below = rows[rowIndex + 1] ?? ''
    for (let index = 0; index < row.length; index++) {
      add(row[index], row[index + 1])
      add(row[index], below[index - 1])
      add(row[index], below[index])
    }
  })
  return pairs
}

const neighbours = listNeighbours()

/** Whether two lowercase letters are next to each other on a QWERTY keyboard. */
export function isKeyboardNeighbour(a: string, b: string): boolean {
  return neighbours.has(a + b)
}
