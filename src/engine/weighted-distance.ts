import { areKeyboardNeighbours } from './keyboard.js'

// Costs of the slips typists make most, below the unit cost of an arbitrary edit: a doubled or
// undoubled letter, a swapped pair, a neighbouring key, one vowel for another.
const doubledCost = 0.5
const transposedCost = 0.6
const neighbourCost = 0.7
const vowelCost = 0.8
const strayNeighbourCost = 0.8
// Leaving a letter out is the commonest slip of all.
const omittedCost = 0.8

function isVowel(code: number): boolean {
  // a e i o u y
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121
}

function substitutionCost(intended: number, typed: number): number {
  if (intended === typed) return 0
  if (areKeyboardNeighbours(intended, typed)) return neighbourCost
  if (isVowel(intended) && isVowel(typed)) return vowelCost
  return 1
}

// What `codeAt` gives past either end of a string: no code unit, and no key on the keyboard.
const none = 0x10000

/**
 * The code unit at `index` of `text`, or `none` past either end. (`charCodeAt` gives NaN there,
 * but an optimised caller that reads out of bounds is thrown back to the interpreter and
 * compiled again: three times per run of the 6 MB corpus for `weightedDistance`.)
 */
function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : none
}

/** Cost of typing the extra letter `typed[index]`: cheap when it doubles or touches a neighbour. */
function insertionCost(typed: string, index: number): number {
  const letter = typed.charCodeAt(index)
  const before = codeAt(typed, index - 1)
  const after = codeAt(typed, index + 1)
  // Only the second letter of a doubled pair is the stray one.
  if (letter === before) return doubledCost
  if (
    letter === after ||
    areKeyboardNeighbours(letter, before) ||
    areKeyboardNeighbours(letter, after)
  ) {
    return strayNeighbourCost
  }
  return 1
}

/** Cost of leaving out `intended[index]`: cheap when it is the second of a doubled pair. */
function deletionCost(intended: string, index: number): number {
  return intended.charCodeAt(index) === codeAt(intended, index - 1) ? doubledCost : omittedCost
}

/**
 * Weighted optimal-string-alignment distance from the word meant to the word typed (both
 * lowercase): how unlikely it is that a typist aiming at `intended` produced `typed`.
 * @param scratch A buffer to compute in, reused across calls to spare allocations; it needs
 *   `(intended.length + 1) * (typed.length + 2)` cells, or one is allocated.
 */
export function weightedDistance(intended: string, typed: string, scratch?: Float64Array): number {
  const width = typed.length + 1
  const size = (intended.length + 1) * width
  const cells = scratch && scratch.length >= size + width ? scratch : new Float64Array(size + width)
  // The last row holds the insertion cost of each typed letter, computed once rather than per cell.
  const inserting = size
  cells[0] = 0
  for (let column = 1; column < width; column++) {
    cells[inserting + column] = insertionCost(typed, column - 1)
    cells[column] = (cells[column - 1] as number) + (cells[inserting + column] as number)
  }
  for (let row = 1; row <= intended.length; row++) {
    const here = row * width
    const above = here - width
    const omitting = deletionCost(intended, row - 1)
    cells[here] = (cells[above] as number) + omitting
    const meant = intended.charCodeAt(row - 1)
    const meantBefore = codeAt(intended, row - 2)
    for (let column = 1; column < width; column++) {
      const got = typed.charCodeAt(column - 1)
      let value = (cells[above + column - 1] as number) + substitutionCost(meant, got)
      const deleted = (cells[above + column] as number) + omitting
      if (deleted < value) value = deleted
      const inserted = (cells[here + column - 1] as number) + (cells[inserting + column] as number)
      if (inserted < value) value = inserted
      if (
        row > 1 &&
        column > 1 &&
        meant !== got &&
        meant === typed.charCodeAt(column - 2) &&
        meantBefore === got
      ) {
        const swapped = (cells[above - width + column - 2] as number) + transposedCost
        if (swapped < value) value = swapped
      }
      cells[here + column] = value
    }
  }
  return cells[size - 1] as number
}
