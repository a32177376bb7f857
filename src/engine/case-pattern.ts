/** How a word is cased: all lowercase, ALL CAPS, Capitalised, or anything else (`iPhone`). */
export type CasePattern = 'lower' | 'upper' | 'capitalised' | 'other'

/** Tells how `word` is cased; a single capital letter counts as Capitalised. */
export function casePatternOf(word: string): CasePattern {
  const lower = word.toLowerCase()
  if (word === lower) return 'lower'
  const upper = word.toUpperCase()
  const rest = word.slice(1)
  if (word === upper && rest !== rest.toLowerCase()) return 'upper'
  if (word.charAt(0) === upper.charAt(0) && rest === rest.toLowerCase()) return 'capitalised'
  return 'other'
}

/**
 * Puts `form` (a dictionary or list spelling) into the input's case `pattern`, as long as the
 * result is still a known word; otherwise the form keeps its own case, so `enrochat` gives
 * `EncroChat` and `IPHONE` gives `iPhone`.
 */
export function restoreCase(
  form: string,
  pattern: CasePattern,
  isKnown: (word: string) => boolean,
): string {
  let cased = form
  if (pattern === 'upper') cased = form.toUpperCase()
  else if (pattern === 'capitalised') cased = form.charAt(0).toUpperCase() + form.slice(1)
  return cased === form || isKnown(cased) ? cased : form
}
