import type { Paragraph } from 'nlcst'
import type { ParseEnglish } from 'parse-english'
import type { Node } from 'unist'
import { isMap, isScalar, parseDocument } from 'yaml'
import { shiftTree, type TextPoint } from './chunks.js'

/** A stretch of the file to check as a paragraph: its offsets in the file. */
interface ProseRange {
  from: number
  to: number
}

/**
 * Paragraphs for the prose values of a YAML or TOML front-matter node, at their places in the
 * file. Only string values of `keys` at the top level count; the raw text between the quotes is
 * checked, so positions are exact.
 */
export function frontMatterProse(
  text: string,
  node: Node & { type: string; value?: string },
  parser: ParseEnglish,
  keys: readonly string[],
  locate: (offset: number) => TextPoint,
): Paragraph[] {
  const source = node.value ?? ''
  const contentOffset = text.indexOf(source, node.position?.start.offset ?? 0)
  if (contentOffset === -1) return []
  const ranges = node.type === 'toml' ? tomlProse(source, keys) : yamlProse(source, keys)
  return ranges.map(({ from, to }) => {
    const paragraph = parser.tokenizeParagraph(source.slice(from, to))
    shiftTree(paragraph, locate(contentOffset + from))
    return paragraph
  })
}

function yamlProse(source: string, keys: readonly string[]): ProseRange[] {
  const document = parseDocument(source)
  if (!isMap(document.contents)) return []
  const ranges: ProseRange[] = []
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key) || !keys.includes(String(pair.key.value))) continue
    if (!isScalar(pair.value) || typeof pair.value.value !== 'string' || !pair.value.range) continue
    const [start, end] = pair.value.range
    ranges.push(innerRange(source, start, end, pair.value.type))
  }
  return ranges
}

// `key = "value"` or `key = 'value'` on one line, as TOML writes a basic or literal string.
const tomlString = /^[ \t]*([A-Za-z0-9_-]+)[ \t]*=[ \t]*("(?:[^"\\\n]|\\.)*"|'[^'\n]*')/gm

function tomlProse(source: string, keys: readonly string[]): ProseRange[] {
  const ranges: ProseRange[] = []
  for (const match of source.matchAll(tomlString)) {
    const [whole, key, quoted] = match
    if (!key || !quoted || !keys.includes(key)) continue
    const end = match.index + whole.length
    ranges.push({ from: end - quoted.length + 1, to: end - 1 })
  }
  return ranges
}

/** The raw text of a YAML scalar without its quotes or block header. */
function innerRange(
  source: string,
  start: number,
  end: number,
  type: string | undefined,
): ProseRange {
  if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') return { from: start + 1, to: end - 1 }
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    const lineEnd = source.indexOf('\n', start)
    return { from: lineEnd === -1 ? end : lineEnd + 1, to: end }
  }
  return { from: start, to: end }
}
