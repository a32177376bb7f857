import type { Node } from 'unist'
import { forEachNode } from './tree-walk.js'

/** A place in a text: 1-based line and column, 0-based offset. */
export interface TextPoint {
  line: number
  column: number
  offset: number
}

/** A piece of a text and where it starts in the whole. */
export interface Chunk {
  text: string
  /** Where the chunk's first character is in the whole text (1-based line and column). */
  start: TextPoint
}

const lineBreak = /\r\n|\r|\n/g
const blank = /^\s*$/

/**
 * Splits `text` into bounded chunks so parsing costs time linear in the input: a chunk ends
 * where a paragraph does (before a line that follows a blank line) once it holds something;
 * a chunk over `maxSize` also ends at the next line end, and a line longer than that is cut at
 * spaces. Line breaks are `\n`, `\r\n` or `\r`, as parse-latin counts them.
 */
export function splitIntoChunks(text: string, maxSize = 32_768): Chunk[] {
  const lineStarts = findLineStarts(text)
  const lineCount = lineStarts.length
  const cuts: number[] = [0]
  let lastCut = 0
  let previousBlank = false
  for (let index = 0; index < lineCount; index++) {
    const start = lineStarts[index] as number
    const end = index + 1 < lineCount ? (lineStarts[index + 1] as number) : text.length
    const isBlank = isBlankBetween(text, start, end)
    if (start > lastCut && ((previousBlank && !isBlank) || start - lastCut >= maxSize)) {
      cuts.push(start)
      lastCut = start
    }
    // Only a line longer than a chunk is cut within it.
    if (end - Math.max(start, lastCut) > maxSize) {
      for (const cut of cutLongLine(text, Math.max(start, lastCut), end, maxSize)) {
        cuts.push(cut)
        lastCut = cut
      }
    }
    previousBlank = isBlank
  }
  cuts.push(text.length)
  const chunks: Chunk[] = []
  for (let index = 0; index + 1 < cuts.length; index++) {
    const from = cuts[index] ?? 0
    const to = cuts[index + 1] ?? text.length
    if (to > from) chunks.push({ text: text.slice(from, to), start: pointAt(lineStarts, from) })
  }
  return chunks
}

/**
 * Where each line of `text` starts. Most drafts break lines with `\n` alone, found with
 * `indexOf`; this runs once before a check, while nothing else can, and on the 6 MB corpus's
 * ~35,000 lines took 50 ms with a regular expression and a slice per line, against 10 ms.
 */
function findLineStarts(text: string): number[] {
  const starts = [0]
  if (text.includes('\r')) {
    lineBreak.lastIndex = 0
    for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
      starts.push(match.index + match[0].length)
    }
  } else {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
      starts.push(at + 1)
    }
  }
  if (starts.at(-1) === text.length && text.length > 0) starts.pop()
  return starts
}

/** Whether `text` is white space alone from `start` to `end` (as `/^\s*$/` tests). */
function isBlankBetween(text: string, start: number, end: number): boolean {
  // Most lines start with a letter, which settles it without a slice.
  const first = text.charCodeAt(start)
  if (start < end && first > 32 && first < 0xa0) return false
  return blank.test(text.slice(start, end))
}

/** Cut points inside one line, at spaces, so no chunk of it is longer than `maxSize`. */
function cutLongLine(text: string, from: number, lineEnd: number, maxSize: number): number[] {
  const cuts: number[] = []
  let start = from
  while (lineEnd - start > maxSize) {
    const space = text.lastIndexOf(' ', start + maxSize)
    let end = space > start ? space + 1 : start + maxSize
    // Never split a surrogate pair.
    if (isLowSurrogate(text.charCodeAt(end))) end++
    cuts.push(end)
    start = end
  }
  return cuts
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * A function from a 0-based offset in a chunk to its place in the file, for offsets asked in
 * increasing order: it reads the chunk once, however many places are asked, and not at all
 * when none are.
 */
export function createChunkCursor(chunk: Chunk): (offset: number) => TextPoint {
  const { text, start } = chunk
  let at = 0
  let line = start.line
  let lineStart = -start.column + 1
  return (offset) => {
    for (; at < offset; at++) {
      const code = text.charCodeAt(at)
      // \r\n is one break, at its \n; a lone \r is one too.
      if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) {
        line++
        lineStart = at + 1
      }
    }
    return { line, column: offset - lineStart + 1, offset: start.offset + offset }
  }
}

/** A function from a 0-based offset in `text` to its line and column. */
export function createPointLocator(text: string): (offset: number) => TextPoint {
  const lineStarts = findLineStarts(text)
  return (offset) => pointAt(lineStarts, offset)
}

function pointAt(lineStarts: readonly number[], offset: number): TextPoint {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if ((lineStarts[mid] ?? 0) <= offset) low = mid
    else high = mid - 1
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1, offset }
}

/** Moves every position in `tree` from its own coordinates to file coordinates at `start`. */
export function shiftTree(tree: Node, start: TextPoint): void {
  if (start.offset === 0 && start.line === 1 && start.column === 1) return
  // New point objects: the parser may share one point between a node and its first child.
  const shift = (point: { line: number; column: number; offset?: number | undefined }) => ({
    line: point.line + start.line - 1,
    column: point.line === 1 ? point.column + start.column - 1 : point.column,
    offset: (point.offset ?? 0) + start.offset,
  })
  forEachNode(tree, (node) => {
    if (node.position) {
      node.position = { start: shift(node.position.start), end: shift(node.position.end) }
    }
  })
}
