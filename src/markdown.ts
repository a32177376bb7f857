import type { Root as MdastRoot } from 'mdast'
import { toNlcst } from 'mdast-util-to-nlcst'
import type { Root, RootContent } from 'nlcst'
import type { ParseEnglish } from 'parse-english'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Node } from 'unist'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { alignToSource } from './align-source.js'
import { createPointLocator, type TextPoint } from './chunks.js'
import { frontMatterProse } from './front-matter.js'
import { htmlFragmentToNlcst } from './html.js'
import { directivesOf, parseDirective } from './suppressions.js'

const markdownParser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkGfm)

type MdNode = Node & { type: string; value?: string; url?: string; children?: Node[] }

/**
 * Turns a Markdown draft into an nlcst tree with positions in the original file. Code, raw HTML
 * tags, link and image targets, autolinks and front matter are left out, except the front-matter
 * keys in `frontMatterKeys`; link text, headings, lists, tables, blockquotes, alt text and the
 * text inside raw HTML blocks are kept.
 */
export function markdownToNlcst(
  file: VFile,
  parser: ParseEnglish,
  frontMatterKeys: readonly string[],
): Root {
  const text = String(file.value)
  const locate = createPointLocator(text)
  const mdast = markdownParser.parse(file) as MdastRoot
  const extra: RootContent[] = []
  visit(mdast, (node: MdNode) => {
    if (node.type === 'yaml' || node.type === 'toml') {
      extra.push(...frontMatterProse(text, node, parser, frontMatterKeys, locate))
    } else if (node.type === 'html') {
      collectDirectives(file, node)
      extra.push(...htmlBlockProse(text, node, parser, locate))
    } else if (node.type === 'text') {
      alignText(node, text)
    } else if (node.type === 'link' && isAutolink(node, text)) {
      node.type = 'proofreadAutolink'
    }
    // mdast-util-to-nlcst always drops tables: present their cells as paragraphs instead.
    if (node.type === 'table') node.type = 'proofreadTable'
    if (node.type === 'tableRow') node.type = 'proofreadTableRow'
    if (node.type === 'tableCell') node.type = 'paragraph'
  })
  const tree = toNlcst(mdast, file, parser, {
    ignore: ['code', 'html', 'yaml', 'toml', 'proofreadAutolink', 'definition'],
  })
  tree.children.push(...extra)
  return tree
}

/** Lines a text node's value up with its source (escapes, references, blockquote markers). */
function alignText(node: MdNode, text: string): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || node.value === undefined) return
  node.value = alignToSource(text.slice(start, end), node.value)
}

/** The text inside a raw HTML block (`<div>…</div>`), tags and attributes left out. */
function htmlBlockProse(
  text: string,
  node: MdNode,
  parser: ParseEnglish,
  locate: (offset: number) => TextPoint,
): RootContent[] {
  const start = node.position?.start.offset
  const value = node.value ?? ''
  if (start === undefined || text.slice(start, start + value.length) !== value) return []
  // Inline tags (`<span>`) and comments carry no text of their own.
  if (!/>[^<]*[\p{L}][^<]*</u.test(value)) return []
  return htmlFragmentToNlcst(value, parser, locate(start)).children
}

/** Reads inline control comments out of a raw-HTML node of Markdown. */
function collectDirectives(file: VFile, node: MdNode): void {
  const value = node.value ?? ''
  const startLine = node.position?.start.line ?? 1
  for (const match of value.matchAll(/<!--([\s\S]*?)-->/g)) {
    const before = value.slice(0, match.index).split('\n').length - 1
    const inside = match[0].split('\n').length - 1
    const line = startLine + before
    const directive = parseDirective(match[1] ?? '', line, line + inside)
    if (directive) directivesOf(file).push(directive)
  }
}

/** An autolink (`<https://…>`, or a bare URL GFM links) is written without `[text](…)`. */
function isAutolink(link: MdNode, text: string): boolean {
  const start = link.position?.start.offset
  return start !== undefined && text[start] !== '['
}
