import path from 'node:path'

export { defaultFrontMatterKeys } from './front-matter.js'
export { htmlToNlcst } from './html.js'
export { markdownToNlcst } from './markdown.js'

/** How a draft is written. */
export type Syntax = 'text' | 'markdown' | 'html'

/** The syntax of a draft by its file name: Markdown and HTML by extension, anything else text. */
export function syntaxFor(fileName: string): Syntax {
  const extension = path.extname(fileName).toLowerCase()
  if (extension === '.md' || extension === '.markdown') return 'markdown'
  if (extension === '.html' || extension === '.htm') return 'html'
  return 'text'
}
