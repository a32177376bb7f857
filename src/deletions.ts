/**
 * Symmetric deletion, for finding near variants without comparing every pair: two words within
 * `d` edits (optimal string alignment) share a form with at most `d` letters deleted from each.
 * Forms are given by hash, so no string is cut; a shared hash makes a candidate, which the caller
 * still measures, so a collision costs a comparison, never a wrong answer.
 */

/**
 * Calls `visit` with the hash of `word` and of each form of it with up to `max` (≤ 2) letters
 * deleted; with `keepEnds`, only letters between the first and the last are deleted (for words
 * that can only pair with words of the same first and last letters: those share such a form).
 */
export function forEachDeletion(
  word: string,
  max: number,
  visit: (hash: number) => void,
  keepEnds = false,
): void {
  visit(hashWithout(word, -1, -1))
  if (max < 1) return
  const from = keepEnds ? 1 : 0
  const to = keepEnds ? word.length - 1 : word.length
  for (let first = from; first < to; first++) {
    visit(hashWithout(word, first, -1))
    if (max < 2) continue
    for (let second = first + 1; second < to; second++) {
      visit(hashWithout(word, first, second))
    }
  }
}

/** FNV-1a of `word` without the code units at `first` and `second` (-1 for none). */
function hashWithout(word: string, first: number, second: number): number {
  let hash = 0x811c9dc5 | 0
  for (let index = 0; index < word.length; index++) {
    if (index !== first && index !== second)
      hash = Math.imul(hash ^ word.charCodeAt(index), 16777619)
  }
  return hash
}

/** An index of words by the hashes of their deletion forms: hash → indexes of the words. */
export type DeletionIndex = Map<number, number[]>

/**
 * Indexes `words[i]` under its forms with up to `maxOf(words[i])` letters deleted (inner letters
 * only with `keepEnds`: see `forEachDeletion`).
 */
export function indexDeletions(
  words: readonly string[],
  maxOf: (word: string) => number,
  keepEnds = false,
): DeletionIndex {
  const index: DeletionIndex = new Map()
  words.forEach((word, id) => {
    forEachDeletion(
      word,
      maxOf(word),
      (hash) => {
        const ids = index.get(hash)
        if (!ids) index.set(hash, [id])
        else if (ids.at(-1) !== id) ids.push(id)
      },
      keepEnds,
    )
  })
  return index
}
