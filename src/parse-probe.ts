/**
 * Questions the prescan asks parse-english itself about a few words of text, so that the scan
 * and the parser never disagree: how it parses a stop or an apostrophe after a given word.
 */
import { toString as nlcstToString } from 'nlcst-to-string'
import { ParseEnglish } from 'parse-english'

let parser: ParseEnglish | undefined

/** The text of node `index` of the first sentence parse-english makes of `text`, when a word. */
export function parsedWordAt(text: string, index: number): string | undefined {
  parser ??= new ParseEnglish()
  const paragraph = parser.parse(text).children[0]
  const sentence = paragraph?.type === 'ParagraphNode' ? paragraph.children[0] : undefined
  const node = sentence?.type === 'SentenceNode' ? sentence.children[index] : undefined
  return node?.type === 'WordNode' ? nlcstToString(node) : undefined
}
