/**
 * Rewrites `value` (text as a parser decoded it) to line up character for character with
 * `source` (the same text as written in the file), so positions counted in the result are
 * positions in the file: characters the source has and the value lacks (a backslash escape's
 * backslash, a blockquote's `> `, indentation) become spaces, and a character reference
 * (`&amp;`) becomes its character followed by spaces. Returns `value` unchanged when the two
 * cannot be aligned.
 */
export function alignToSource(source: string, value: string): string {
  if (source === value) return value
  let out = ''
  let j = 0
  for (let i = 0; i < source.length; ) {
    const char = source[i] as string
    if (j < value.length && char === value[j]) {
      out += char
      i++
      j++
      continue
    }
    const reference = char === '&' ? characterReference.exec(source.slice(i, i + 40)) : null
    if (reference && j < value.length) {
      const width = isHighSurrogate(value.charCodeAt(j)) ? 2 : 1
      out += value.slice(j, j + width).padEnd(reference[0].length, ' ')
      i += reference[0].length
      j += width
      continue
    }
    // A line break stays one, so lines keep their numbers; anything else the value lacks is blank.
    out += char === '\n' || char === '\r' ? char : ' '
    i++
  }
  return j === value.length && out.length === source.length ? out : value
}

const characterReference = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
