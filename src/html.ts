import type { Element, Root as HastRoot, Text } from 'hast'
import { toNlcst } from 'hast-util-to-nlcst'
import type { Root } from 'nlcst'
import type { ParseEnglish } from 'parse-english'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { alignToSource } from './align-source.js'
import { createPointLocator, shiftTree, type TextPoint } from './chunks.js'
import { directivesOf, parseDirective } from './suppressions.js'

const htmlParser = unified().use(rehypeParse)
const fragmentParser = unified().use(rehypeParse, { fragment: true })
const unchecked = new Set(['pre', 'code', 'template', 'kbd', 'samp', 'var'])

/**
 * Turns an HTML draft into an nlcst tree with positions in the file, <title> included. `<script>`, `<style>`,
 * `<pre>` and `<code>` are left out; `<img alt>` is checked; comments are read for directives.
 */
export function htmlToNlcst(file: VFile, parser: ParseEnglish): Root {
  const hast = htmlParser.parse(file) as HastRoot
  prepareHast(hast, String(file.value), file)
  return toNlcst(hast, file, parser)
}

/**
 * Turns an HTML fragment (a raw-HTML block of Markdown) into nlcst paragraphs, positioned at
 * `start` in the enclosing file.
 */
export function htmlFragmentToNlcst(html: string, parser: ParseEnglish, start: TextPoint): Root {
  const fragment = new VFile(html)
  const hast = fragmentParser.parse(fragment) as HastRoot
  prepareHast(hast, html, undefined)
  const tree = toNlcst(hast, fragment, parser)
  shiftTree(tree, start)
  return tree
}

/** Marks unchecked elements, aligns text with the source, and turns alt text into text. */
function prepareHast(hast: HastRoot, source: string, file: VFile | undefined): void {
  const locate = createPointLocator(source)
  if (file) {
    visit(hast, 'comment', (comment) => {
      const { start, end } = comment.position ?? {}
      const directive = parseDirective(comment.value, start?.line ?? 1, end?.line ?? 1)
      if (directive) directivesOf(file).push(directive)
    })
  }
  visit(hast, (node, index, parent) => {
    if (node.type === 'text') alignText(node, source)
    if (node.type !== 'element') return
    if (unchecked.has(node.tagName)) node.properties.dataNlcst = 'ignore'
    // hast-util-to-nlcst skips <head>; its <title> is prose, as front matter's title is.
    if (node.tagName === 'head') node.tagName = 'div'
    if (node.tagName === 'title') node.tagName = 'h1'
    if (node.tagName === 'img' && parent && index !== undefined) {
      const alt = altTextOf(node, source, locate)
      if (alt) parent.children[index] = alt
    }
  })
}

/** Lines a text node's value up with its source, so character references keep positions. */
function alignText(node: Text, source: string): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return
  node.value = alignToSource(source.slice(start, end), node.value)
}

const altAttribute = /(?:^|[\s/])alt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i

/**
 * An `<img>`'s alt text as a span of text at the attribute value's place in the source, so
 * hast-util-to-nlcst (which skips attributes) checks it.
 */
function altTextOf(
  element: Element,
  source: string,
  locate: (offset: number) => TextPoint,
): Element | undefined {
  const start = element.position?.start.offset
  const end = element.position?.end.offset
  const decoded = element.properties.alt
  if (start === undefined || end === undefined || typeof decoded !== 'string') return undefined
  const match = altAttribute.exec(source.slice(start, end))
  const raw = match?.[1] ?? match?.[2] ?? match?.[3]
  if (!match || !raw) return undefined
  const quote = match[3] === undefined ? 1 : 0
  const valueStart = start + match.index + match[0].length - raw.length - quote
  const text: Text = {
    type: 'text',
    value: alignToSource(raw, decoded),
    position: { start: locate(valueStart), end: locate(valueStart + raw.length) },
  }
  return { type: 'element', tagName: 'span', properties: {}, children: [text] }
}
