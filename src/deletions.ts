/**
 * Symmetric deletion, for finding near variants without comparing every pair: two words within
 * `d` edits (optimal string alignment) share a form with at most `d` letters deleted from each.
 * Forms are given by hash, so no string is cut; a shared hash makes a candidate, which the caller
 * still measures, so a collision costs a comparison, never a wrong answer.
 */
import { firstSlot, fnvPrime, fnvSeed, grown } from './hash-table.js'

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
  let hash = fnvSeed
  for (let index = 0; index < word.length; index++) {
    if (index !== first && index !== second)
      hash = Math.imul(hash ^ word.charCodeAt(index), fnvPrime)
  }
  return hash
}

/**
 * An index of words by the hashes of their deletion forms: for each hash, the words with a form
 * of that hash, each once. Held in typed arrays (an open-addressing table of hashes, each the head
 * of a chain of entries) rather than a Map of arrays: name pairing indexes some 700,000 forms over
 * a 6 MB draft, and a Map growing to hold them, with an array per form, was 5% of what the check
 * allocated.
 */
export class DeletionIndex {
  private slotHash: Int32Array = new Int32Array(1024)
  // The latest entry of each slot's hash; -1 for an empty slot.
  private slotHead: Int32Array = new Int32Array(1024).fill(-1)
  private entryWord: Int32Array = new Int32Array(1024)
  private entryNext: Int32Array = new Int32Array(1024)
  private entries = 0
  private hashes = 0

  /** Notes that word `word` has a form of hash `hash` (a word's forms are added together). */
  add(hash: number, word: number): void {
    const slot = this.slotOf(hash)
    const head = this.slotHead[slot] as number
    if (head === -1) {
      this.slotHash[slot] = hash
      this.hashes++
    } else if (this.entryWord[head] === word) {
      return
    }
    if (this.entries === this.entryWord.length) {
      this.entryWord = grown(this.entryWord)
      this.entryNext = grown(this.entryNext)
    }
    const entry = this.entries++
    this.entryWord[entry] = word
    this.entryNext[entry] = head
    this.slotHead[slot] = entry
    // Keep the table at most half full, so that probes stay short.
    if (this.hashes * 2 > this.slotHash.length) this.rehash()
  }

  /** The first entry for `hash`, or -1: see `wordOf` and `next`. */
  first(hash: number): number {
    return this.slotHead[this.slotOf(hash)] as number
  }

  /** The word of an entry. */
  wordOf(entry: number): number {
    return this.entryWord[entry] as number
  }

  /** The entry after `entry` with the same hash, or -1. */
  next(entry: number): number {
    return this.entryNext[entry] as number
  }

  /** The slot holding `hash`, or the empty slot where it would go. */
  private slotOf(hash: number): number {
    const mask = this.slotHash.length - 1
    let slot = firstSlot(hash, mask)
    while ((this.slotHead[slot] as number) !== -1 && this.slotHash[slot] !== hash) {
      slot = (slot + 1) & mask
    }
    return slot
  }

  private rehash(): void {
    const { slotHash, slotHead } = this
    this.slotHash = new Int32Array(slotHash.length * 2)
    this.slotHead = new Int32Array(slotHash.length * 2).fill(-1)
    for (let slot = 0; slot < slotHash.length; slot++) {
      const head = slotHead[slot] as number
      if (head === -1) continue
      const to = this.slotOf(slotHash[slot] as number)
      this.slotHash[to] = slotHash[slot] as number
      this.slotHead[to] = head
    }
  }
}

/**
 * Indexes `words[i]` under its forms with up to `maxOf(words[i])` letters deleted (inner letters
 * only with `keepEnds`: see `forEachDeletion`).
 */
export function indexDeletions(
  words: readonly string[],
  maxOf: (word: string) => number,
  keepEnds = false,
): DeletionIndex {
  const index = new DeletionIndex()
  words.forEach((word, id) => {
    forEachDeletion(word, maxOf(word), (hash) => index.add(hash, id), keepEnds)
  })
  return index
}
