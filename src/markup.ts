import path from 'node:path'

/** The front-matter keys whose values are prose and get checked. */
export const defaultFrontMatterKeys: readonly string[] = ['title', 'description', 'summary']

/** How a draft is written. */
export type Syntax = 'text' | 'markdown' | 'html'

/** The syntax of a draft by its file name: Markdown and HTML by extension, anything else text. */
export function syntaxFor(fileName: string): Syntax {
  const extension = path.extname(fileName).toLowerCase()
  if (extension === '.md' || extension === '.markdown') return 'markdown'
  if (extension === '.html' || extension === '.htm') return 'html'
  return 'text'
}
