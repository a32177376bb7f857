/**
 * What the scan's cache of runs (prescan-runs.ts) and the deletion index (deletions.ts) share:
 * both are open-addressing tables of FNV-1a hashes over UTF-16 code units, in typed arrays.
 */

/** FNV-1a's 32-bit offset basis and prime. */
export const fnvSeed = 0x811c9dc5 | 0
export const fnvPrime = 16777619

/** The slot `hash` probes first in a table of `mask + 1` slots, a power of two. */
export function firstSlot(hash: number, mask: number): number {
  return (hash ^ (hash >>> 15)) & mask
}

/** A copy of `array` twice as long. */
export function grown(array: Int32Array): Int32Array {
  const copy = new Int32Array(array.length * 2)
  copy.set(array)
  return copy
}
