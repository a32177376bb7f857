import type { SuggestThread } from './suggest-thread.js'

/** A spelling checker and suggester over one dictionary plus the house lists. */
export interface SpellEngine {
  /** Whether `word` is a known word, with Hunspell's case rules (lowercase entries also accept Capitalised and ALL CAPS forms). */
  isCorrect(word: string): boolean
  /** Replacements for an unknown `word`, best first, at most `limit` (default 5), in the input's case pattern. */
  suggest(word: string, limit?: number): string[]
  /**
   * Starts computing suggestions on a second thread, where the engine can (see
   * `suggest-thread.ts`); `undefined` where it cannot.
   */
  openSuggestThread?(): Promise<SuggestThread | undefined>
}
