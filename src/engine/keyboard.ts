// QWERTY rows; each row sits half a key to the right of the one above it, so a key touches the
// keys at the same index and the next one in the row above, and at the same index and the
// previous one in the row below.
const rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']

/** A 128 × 128 table of touching ASCII keys, both ways round, indexed by char codes. */
function listNeighbours(): Uint8Array {
  const table = new Uint8Array(128 * 128)
  const add = (a: string | undefined, b: string | undefined): void => {
    if (a === undefined || b === undefined) return
    table[a.charCodeAt(0) * 128 + b.charCodeAt(0)] = 1
    table[b.charCodeAt(0) * 128 + a.charCodeAt(0)] = 1
  }
  rows.forEach((row, rowIndex) => {
    const below = rows[rowIndex + 1] ?? ''
    for (let index = 0; index < row.length; index++) {
      add(row[index], row[index + 1])
      add(row[index], below[index - 1])
      add(row[index], below[index])
    }
  })
  return table
}

const neighbours = listNeighbours()

/** Whether two lowercase letters, given as char codes, are next to each other on a QWERTY keyboard. */
export function areKeyboardNeighbours(a: number, b: number): boolean {
  return a < 128 && b < 128 && neighbours[a * 128 + b] === 1
}
