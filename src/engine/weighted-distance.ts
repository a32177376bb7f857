import { isKeyboardNeighbour } from './keyboard.js'

const vowels = new Set(['a', 'e', 'i', 'o', 'u', 'y'])

// Costs of the slips typists make most, below the unit cost of an arbitrary edit: a doubled or
// undoubled letter, a swapped pair, a neighbouring key, one vowel for another.
const doubledCost = 0.5
const transposedCost = 0.6
const neighbourCost = 0.7
const vowelCost = 0.8
const strayNeighbourCost = 0.8
// Leaving a letter out is the commonest slip of all.
const omittedCost = 0.8

function substitutionCost(intended: string, typed: string): number {
  if (intended === typed) return 0
  if (isKeyboardNeighbour(intended, typed)) return neighbourCost
  if (vowels.has(intended) && vowels.has(typed)) return vowelCost
  return 1
}

/** Cost of typing the extra letter `typed[index]`: cheap when it doubles or touches a neighbour. */
function insertionCost(typed: string, index: number): number {
  const letter = typed.charAt(index)
  const before = typed.charAt(index - 1)
  const after = typed.charAt(index + 1)
  // Only the second letter of a doubled pair is the stray one.
  if (letter === before) return doubledCost
  if (
    letter === after ||
    isKeyboardNeighbour(letter, before) ||
    isKeyboardNeighbour(letter, after)
  ) {
    return strayNeighbourCost
  }
  return 1
}

/** Cost of leaving out `intended[index]`: cheap when it is one of a doubled pair. */
function deletionCost(intended: string, index: number): number {
  const letter = intended.charAt(index)
  return letter === intended.charAt(index - 1) ? doubledCost : omittedCost
}

/**
 * Weighted optimal-string-alignment distance from the word meant to the word typed (both
 * lowercase): how unlikely it is that a typist aiming at `intended` produced `typed`.
 * @param scratch A buffer to compute in, reused across calls to spare allocations.
 */
export function weightedDistance(intended: string, typed: string, scratch?: Float64Array): number {
  const width = typed.length + 1
  const size = (intended.length + 1) * width
  // Ranking scores hundreds of candidates a word: reuse the caller's buffer when it is big enough.
  const cells = scratch && scratch.length >= size ? scratch : new Float64Array(size)
  cells[0] = 0
  for (let column = 1; column < width; column++) {
    cells[column] = (cells[column - 1] as number) + insertionCost(typed, column - 1)
  }
  for (let row = 1; row <= intended.length; row++) {
    const here = row * width
    cells[here] = (cells[here - width] as number) + deletionCost(intended, row - 1)
    const meant = intended.charAt(row - 1)
    for (let column = 1; column < width; column++) {
      const got = typed.charAt(column - 1)
      let value = Math.min(
        (cells[here - width + column] as number) + deletionCost(intended, row - 1),
        (cells[here + column - 1] as number) + insertionCost(typed, column - 1),
        (cells[here - width + column - 1] as number) + substitutionCost(meant, got),
      )
      if (
        row > 1 &&
        column > 1 &&
        meant === typed.charAt(column - 2) &&
        intended.charAt(row - 2) === got &&
        meant !== got
      ) {
        value = Math.min(value, (cells[here - 2 * width + column - 2] as number) + transposedCost)
      }
      cells[here + column] = value
    }
  }
  return cells[size - 1] as number
}
