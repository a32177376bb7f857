import type { Root, Word } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import {
  createChunkCursor,
  createPointLocator,
  shiftTree,
  splitIntoChunks,
  type TextPoint,
} from '../src/chunks.js'

/** The 1-based line and column of every offset, counting `\r\n`, `\r` and `\n` as line breaks. */
function pointsOf(text: string): TextPoint[] {
  const points: TextPoint[] = []
  let line = 1
  let lineStart = 0
  for (let offset = 0; offset <= text.length; offset++) {
    points.push({ line, column: offset - lineStart + 1, offset })
    const char = text[offset]
    if (char === '\n' || (char === '\r' && text[offset + 1] !== '\n')) {
      line++
      lineStart = offset + 1
    }
  }
  return points
}

function pointOf(text: string, offset: number): TextPoint | undefined {
  return pointsOf(text)[offset]
}

function expectChunksToCover(text: string, maxSize?: number) {
  const chunks = splitIntoChunks(text, maxSize)
  expect(chunks.map((chunk) => chunk.text).join('')).toBe(text)
  for (const chunk of chunks) {
    expect(chunk.text).not.toBe('')
    expect(text.slice(chunk.start.offset, chunk.start.offset + chunk.text.length)).toBe(chunk.text)
    expect(chunk.start).toEqual(pointOf(text, chunk.start.offset))
  }
  return chunks
}

/** Parses `text` chunk by chunk as the pipeline does and returns each word and its place. */
function parseWords(text: string) {
  const processor = unified().use(retextEnglish)
  const words: { value: string; start: TextPoint; end: TextPoint }[] = []
  for (const chunk of splitIntoChunks(text)) {
    const tree = processor.parse(chunk.text) as Root
    shiftTree(tree, chunk.start)
    visit(tree, 'WordNode', (word: Word) => {
      const position = word.position
      if (!position) return
      words.push({
        value: nlcstToString(word),
        start: position.start as TextPoint,
        end: position.end as TextPoint,
      })
    })
  }
  return words
}

describe('splitIntoChunks', () => {
  it('starts a chunk at each paragraph that follows a blank line', () => {
    const text = 'One.\nTwo.\n\nThree.\n\n\nFour.'
    const chunks = expectChunksToCover(text)
    expect(chunks.map((chunk) => chunk.text)).toEqual(['One.\nTwo.\n\n', 'Three.\n\n\n', 'Four.'])
    expect(chunks.map((chunk) => [chunk.start.line, chunk.start.column])).toEqual([
      [1, 1],
      [4, 1],
      [7, 1],
    ])
  })

  it('takes a line of spaces of any kind as blank, and a line with anything else as not', () => {
    const text = 'One.\n \t\u00a0\u3000\nTwo.\n.\nThree.'
    expect(expectChunksToCover(text).map((chunk) => chunk.text)).toEqual([
      'One.\n \t\u00a0\u3000\n',
      'Two.\n.\nThree.',
    ])
  })

  it('counts CRLF as one line break', () => {
    const chunks = expectChunksToCover('One.\r\n\r\nTwo.\r\n')
    expect(chunks.map((chunk) => chunk.start)).toEqual([
      { line: 1, column: 1, offset: 0 },
      { line: 3, column: 1, offset: 8 },
    ])
  })

  it('counts a lone CR as a line break', () => {
    const chunks = expectChunksToCover('One.\r\rTwo.\rThree.')
    expect(chunks.map((chunk) => chunk.start)).toEqual([
      { line: 1, column: 1, offset: 0 },
      { line: 3, column: 1, offset: 6 },
    ])
  })

  it('gives no chunk for empty text', () => {
    expect(splitIntoChunks('')).toEqual([])
  })

  it('keeps a short text without blank lines in one chunk', () => {
    expect(splitIntoChunks('One.\nTwo.\n')).toEqual([
      { text: 'One.\nTwo.\n', start: { line: 1, column: 1, offset: 0 } },
    ])
  })

  it('cuts a 100k-character single line at spaces into chunks of at most maxSize', () => {
    const text = 'word '.repeat(20_000)
    const chunks = expectChunksToCover(text)
    expect(chunks.length).toBeGreaterThan(3)
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(32_768)
      expect(chunk.text.endsWith(' ')).toBe(true)
      expect(chunk.start.line).toBe(1)
    }
  })

  it('cuts a long line with no spaces at maxSize without splitting a surrogate pair', () => {
    const text = `${'😀'.repeat(30)}x`
    const chunks = expectChunksToCover(text, 7)
    for (const chunk of chunks) {
      // A chunk must neither start with the second half of a pair nor end with the first.
      expect(chunk.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/)
      expect(chunk.text.length).toBeLessThanOrEqual(8)
    }
  })

  it('ends a chunk over maxSize at the next line end when there is no blank line', () => {
    const text = 'Short line here.\n'.repeat(10)
    const chunks = expectChunksToCover(text, 40)
    expect(chunks.length).toBeGreaterThan(1)
    for (const chunk of chunks) expect(chunk.text.endsWith('\n')).toBe(true)
  })

  it('covers mixed text exactly, whatever the chunk size', () => {
    const text =
      'Para one, line one.\r\nLine two.\n\nPara two.\rStill two.\r\n\r\n\nPara three is here.'
    for (const maxSize of [5, 16, 64, 32_768]) expectChunksToCover(text, maxSize)
  })

  it('lets the parser place every word at its line and column in the whole text', () => {
    const text = [
      'The EnroChat network.',
      '',
      'Second paragraph, with Europol.\r\nA CRLF line.',
      '\rA line after a lone CR.',
      '',
      `${'long '.repeat(8_000)}tail end.`,
    ].join('\n')
    const words = parseWords(text)
    const points = pointsOf(text)
    expect(words.length).toBeGreaterThan(8_000)
    // Collect the misplaced words and compare once: one expect per word would be slow.
    const misplaced = words.filter(
      (word) =>
        text.slice(word.start.offset, word.end.offset) !== word.value ||
        JSON.stringify(word.start) !== JSON.stringify(points[word.start.offset]) ||
        JSON.stringify(word.end) !== JSON.stringify(points[word.end.offset]),
    )
    expect(misplaced).toEqual([])
    const tail = words.at(-2)
    expect(tail).toMatchObject({ value: 'tail', start: { line: 8, column: 40_001 } })
  })
})

describe('createPointLocator', () => {
  it('gives the line and column of every offset', () => {
    const text = 'ab\r\ncd\ref\ngh'
    const locate = createPointLocator(text)
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue
      expect(locate(offset)).toEqual(pointOf(text, offset))
    }
  })
})

describe('shiftTree', () => {
  it('moves positions on the first line by the start column, and later lines by line only', () => {
    const tree = unified().use(retextEnglish).parse('One two.\nThree.') as Root
    shiftTree(tree, { line: 5, column: 10, offset: 100 })
    const words: [string, number, number, number | undefined][] = []
    visit(tree, 'WordNode', (word: Word) => {
      const start = word.position?.start
      if (start) words.push([nlcstToString(word), start.line, start.column, start.offset])
    })
    expect(words).toEqual([
      ['One', 5, 10, 100],
      ['two', 5, 14, 104],
      ['Three', 6, 1, 109],
    ])
  })
})

describe('createChunkCursor', () => {
  it('places offsets asked in order, counting \\n, \\r\\n and a lone \\r as one break each', () => {
    const text = 'ab\ncd\r\nef\rgh'
    const locate = createChunkCursor({ text, start: { line: 1, column: 1, offset: 0 } })
    expect(['a', 'c', 'e', 'g'].map((letter) => locate(text.indexOf(letter)))).toEqual([
      { line: 1, column: 1, offset: 0 },
      { line: 2, column: 1, offset: 3 },
      { line: 3, column: 1, offset: 7 },
      { line: 4, column: 1, offset: 10 },
    ])
  })

  it('places offsets in the file when the chunk starts mid-line', () => {
    const locate = createChunkCursor({ text: 'xy z\nw', start: { line: 4, column: 7, offset: 40 } })
    expect(locate(3)).toEqual({ line: 4, column: 10, offset: 43 })
    expect(locate(5)).toEqual({ line: 5, column: 1, offset: 45 })
  })
})
