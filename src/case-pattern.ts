/** Whether `word` is written in capitals only (and has at least two letters). */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()
}
