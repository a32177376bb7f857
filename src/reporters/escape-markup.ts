// Characters XML 1.0 forbids outright (most C0 controls, lone surrogates, U+FFFE and U+FFFF).
// Each is one UTF-16 code unit or a lone surrogate, so swapping in U+FFFD keeps columns in place.
const invalidXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
}

/** Replaces every character XML 1.0 forbids with U+FFFD, the replacement character. */
export function replaceInvalidXmlChars(text: string): string {
  return text.replace(invalidXmlChar, '\uFFFD')
}

/** Escapes text for XML character data; a CR is kept as `&#13;` so parsers don't turn it into LF. */
export function escapeXmlText(text: string): string {
  return replaceInvalidXmlChars(text).replace(/[&<>\r]/g, (char) => entities[char] ?? char)
}

/** Escapes text for a double- or single-quoted XML attribute, keeping tabs and line breaks. */
export function escapeXmlAttribute(text: string): string {
  return replaceInvalidXmlChars(text).replace(/[&<>"'\t\n\r]/g, (char) => entities[char] ?? char)
}

/** Escapes text for HTML content and quoted attributes, so a draft's markup shows as text. */
export function escapeHtml(text: string): string {
  return replaceInvalidXmlChars(text).replace(/[&<>"']/g, (char) => entities[char] ?? char)
}
