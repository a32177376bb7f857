/**
 * How deeply the containers (block quotes and list items) of a Markdown draft nest, estimated
 * line by line from their markers and indentation. micromark's cost grows with the square of the
 * depth on every line, so a draft nested hundreds of levels deep is checked as plain text.
 */
export function estimateNestingDepth(markdown: string): number {
  let deepest = 0
  for (const match of markdown.matchAll(containerPrefix)) {
    const prefix = match[0]
    const markers = prefix.match(marker)?.length ?? 0
    const indent = prefix.replace(marker, '').replace(/\t/g, '    ').length
    deepest = Math.max(deepest, markers + Math.floor(indent / 2))
  }
  return deepest
}

/** The deepest nesting proofread parses as Markdown; deeper drafts are checked as plain text. */
export const maxMarkdownNesting = 100

// A line's leading run of indentation, `>` and list markers (`-`, `*`, `+`, `1.`, `1)`).
const containerPrefix = /^(?:[ \t]|>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))+/gm
const marker = />|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/g
