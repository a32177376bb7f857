import path from 'node:path'
import type { Element, Root as HastRoot } from 'hast'
import { toNlcst as hastToNlcst } from 'hast-util-to-nlcst'
import type { Root as MdastRoot } from 'mdast'
import { toNlcst as mdastToNlcst } from 'mdast-util-to-nlcst'
import type { Paragraph, Root } from 'nlcst'
import type { ParseEnglish } from 'parse-english'
import rehypeParse from 'rehype-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Node } from 'unist'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { isMap, isScalar, parseDocument } from 'yaml'
import { createPointLocator, shiftTree, type TextPoint } from './chunks.js'
import { directivesOf, parseDirective } from './suppressions.js'

/** How a draft is written. */
export type Syntax = 'text' | 'markdown' | 'html'

/** The syntax of a draft by its file name: Markdown and HTML by extension, anything else text. */
export function syntaxFor(fileName: string): Syntax {
  const extension = path.extname(fileName).toLowerCase()
  if (extension === '.md' || extension === '.markdown') return 'markdown'
  if (extension === '.html' || extension === '.htm') return 'html'
  return 'text'
}

/** The front-matter keys whose values are prose and get checked. */
export const defaultFrontMatterKeys: readonly string[] = ['title', 'description', 'summary']

const markdownParser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkGfm)
const htmlParser = unified().use(rehypeParse, { fragment: false })

/**
 * Turns a Markdown draft into an nlcst tree with positions in the original file. Code, raw HTML,
 * link and image targets, autolinks and front matter are left out, except the front-matter keys
 * in `frontMatterKeys`; link text, headings, lists, tables, blockquotes and alt text are kept.
 */
export function markdownToNlcst(
  file: VFile,
  parser: ParseEnglish,
  frontMatterKeys: readonly string[],
): Root {
  const mdast = markdownParser.parse(file) as MdastRoot
  const frontMatter: Paragraph[] = []
  visit(mdast, (node: Node) => {
    const typed = node as Node & { type: string; value?: string; url?: string; children?: Node[] }
    if (typed.type === 'yaml' && typeof typed.value === 'string') {
      frontMatter.push(...frontMatterProse(file, typed, parser, frontMatterKeys))
    }
    // mdast-util-to-nlcst always drops tables: present their cells as paragraphs instead.
    if (typed.type === 'table') typed.type = 'proofreadTable'
    if (typed.type === 'tableRow') typed.type = 'proofreadTableRow'
    if (typed.type === 'tableCell') typed.type = 'paragraph'
    if (typed.type === 'link' && isAutolink(typed)) typed.type = 'proofreadAutolink'
    if (typed.type === 'html' && typeof typed.value === 'string') collectDirectives(file, typed)
  })
  const tree = mdastToNlcst(mdast, file, parser, {
    ignore: ['code', 'html', 'yaml', 'toml', 'proofreadAutolink', 'definition'],
  })
  tree.children.unshift(...frontMatter)
  return tree
}

/** Turns an HTML draft into an nlcst tree; `<script>`, `<style>`, `<pre>` and `<code>` are left out. */
export function htmlToNlcst(file: VFile, parser: ParseEnglish): Root {
  const hast = htmlParser.parse(file) as HastRoot
  const text = String(file.value)
  const locate = createPointLocator(text)
  visit(hast, 'comment', (comment) => {
    const directive = parseDirective(
      comment.value,
      comment.position?.start.line ?? 1,
      comment.position?.end.line ?? 1,
    )
    if (directive) directivesOf(file).push(directive)
  })
  visit(hast, 'element', (element, index, parent) => {
    if (element.tagName === 'pre' || element.tagName === 'code' || element.tagName === 'template') {
      element.properties.dataNlcst = 'ignore'
    }
    if (element.tagName === 'img' && parent && index !== undefined) {
      const alt = altTextOf(element, text, locate)
      if (alt) parent.children[index] = alt
    }
  })
  return hastToNlcst(hast, file, parser)
}

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
  if (start === undefined || end === undefined) return undefined
  const match = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(source.slice(start, end))
  const value = match?.[1] ?? match?.[2]
  if (!match || !value) return undefined
  const valueStart = start + match.index + match[0].length - value.length - 1
  return {
    type: 'element',
    tagName: 'span',
    properties: {},
    children: [
      {
        type: 'text',
        value,
        position: { start: locate(valueStart), end: locate(valueStart + value.length) },
      },
    ],
  }
}

/** Reads inline control comments out of a raw-HTML node of Markdown. */
function collectDirectives(file: VFile, node: Node & { value?: string }): void {
  const value = node.value ?? ''
  const startLine = node.position?.start.line ?? 1
  for (const match of value.matchAll(/<!--([\s\S]*?)-->/g)) {
    const before = value.slice(0, match.index).split('\n').length - 1
    const inside = match[0].split('\n').length - 1
    const directive = parseDirective(
      match[1] ?? '',
      startLine + before,
      startLine + before + inside,
    )
    if (directive) directivesOf(file).push(directive)
  }
}

function isAutolink(link: { url?: string; children?: Node[] }): boolean {
  const [only, ...rest] = link.children ?? []
  if (!only || rest.length > 0) return false
  const text = (only as Node & { value?: string }).value
  if (typeof text !== 'string' || !link.url) return false
  return link.url === text || link.url.endsWith(text) || link.url === `mailto:${text}`
}

/** Paragraphs for the prose values of front matter, at their places in the file. */
function frontMatterProse(
  file: VFile,
  node: Node & { value?: string },
  parser: ParseEnglish,
  keys: readonly string[],
): Paragraph[] {
  const text = String(file.value)
  const yamlSource = node.value ?? ''
  const contentOffset = text.indexOf(yamlSource, node.position?.start.offset ?? 0)
  if (contentOffset === -1) return []
  const document = parseDocument(yamlSource, { keepSourceTokens: false })
  if (!isMap(document.contents)) return []
  const locate = createPointLocator(text)
  const paragraphs: Paragraph[] = []
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key) || !keys.includes(String(pair.key.value))) continue
    if (!isScalar(pair.value) || typeof pair.value.value !== 'string' || !pair.value.range) continue
    const [start, end] = pair.value.range
    const { from, to } = innerRange(yamlSource, start, end, pair.value.type)
    const paragraph = parser.tokenizeParagraph(yamlSource.slice(from, to))
    shiftTree(paragraph, locate(contentOffset + from))
    paragraphs.push(paragraph)
  }
  return paragraphs
}

/** The raw text of a scalar without its quotes or block header, so positions stay exact. */
function innerRange(
  source: string,
  start: number,
  end: number,
  type: string | undefined,
): { from: number; to: number } {
  if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') return { from: start + 1, to: end - 1 }
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    const lineEnd = source.indexOf('\n', start)
    return { from: lineEnd === -1 ? end : lineEnd + 1, to: end }
  }
  return { from: start, to: end }
}
