import type { Paragraph, Root, Sentence, Source } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import retextSyntaxMentions from 'retext-syntax-mentions'
import { forEachNodeOfType } from './tree-walk.js'

type SentenceChild = Sentence['children'][number]

const abbreviation = /^(?:\p{L}\.)+\p{L}?$/u
const dottedName = /\p{L}\.\p{L}/u
const handleLike = /[@_]/
// Numbers with currency or units (`£54m`, `10km`, `9am`, `1990s`, `13th`) are not words to spell.
const hasDigit = /\d/

/**
 * A unified plugin that turns syntax which is not prose into `SourceNode`s, so no rule checks it:
 * `#hashtags`, file names and other dotted words (`report.pdf`), words with digits (`£54m`,
 * `9am`), and words with `@` or `_`
 * (addresses, handles the mentions plugin left). URLs, domains and @handles are handled before
 * this by retext-syntax-urls and retext-syntax-mentions.
 */
export function notProse() {
  return (tree: Root): undefined => {
    forEachNodeOfType<Sentence>(tree, 'SentenceNode', (sentence) => {
      sentence.children = mergeHashtags(sentence.children).map(toSourceIfNotProse)
    })
  }
}

function mergeHashtags(children: SentenceChild[]): SentenceChild[] {
  const merged: SentenceChild[] = []
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    const next = children[index + 1]
    if (!child) continue
    if (
      child.type === 'SymbolNode' &&
      child.value === '#' &&
      (next?.type === 'WordNode' || next?.type === 'SourceNode')
    ) {
      merged.push(toSource([child, next]))
      index++
    } else {
      merged.push(child)
    }
  }
  return merged
}

function toSourceIfNotProse(child: SentenceChild): SentenceChild {
  if (child.type !== 'WordNode') return child
  const text = nlcstToString(child)
  if (
    handleLike.test(text) ||
    hasDigit.test(text) ||
    // Both patterns need a stop, and compiling them (Unicode classes) costs a short draft ~1 ms.
    (text.includes('.') && dottedName.test(text) && !abbreviation.test(text.replace(/\.$/, '')))
  ) {
    return toSource([child])
  }
  return child
}

function toSource(nodes: SentenceChild[]): Source {
  const first = nodes[0]?.position
  const last = nodes.at(-1)?.position
  const source: Source = {
    type: 'SourceNode',
    value: nodes.map((node) => nlcstToString(node)).join(''),
  }
  if (first && last) source.position = { start: first.start, end: last.end }
  return source
}

/**
 * retext-syntax-mentions, run only on the paragraphs that have an `@` in them: it visits every
 * symbol of the tree, which cost nearly a second a megabyte of prose.
 */
export function mentionsWhereAt(
  this: unknown,
  options: Parameters<typeof retextSyntaxMentions>[0],
) {
  const transform = retextSyntaxMentions.call(this as never, options)
  return (tree: Root): undefined => {
    forEachNodeOfType<Paragraph>(tree, 'ParagraphNode', (paragraph) => {
      if (hasSymbol(paragraph, '@')) transform({ type: 'RootNode', children: [paragraph] })
    })
  }
}

function hasSymbol(paragraph: Paragraph, symbol: string): boolean {
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    for (const child of sentence.children) {
      if (child.type === 'SymbolNode' && child.value === symbol) return true
      if (child.type === 'WordNode' && child.children.some((part) => part.value === symbol))
        return true
    }
  }
  return false
}
