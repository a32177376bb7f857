/**
 * Plain text is checked part by part: its paragraphs are parsed one by one (parse-latin is
 * superlinear on one large input) and grouped into parts of about `largeTextSize` characters,
 * each run through the rules as one tree, so memory stays bounded by the part.
 */
import type { Root, RootContent } from 'nlcst'
import { VFile } from 'vfile'
import { type Chunk, shiftTree, splitIntoChunks } from './chunks.js'
import type { ProseProcessor } from './pipeline.js'
import { type Piece, prescanOf } from './prescan.js'

/**
 * The parts plain text is checked in: its paragraphs (see `splitIntoChunks`), grouped into
 * parts of about `partSize` characters. A whole tree takes about 80 times the text's size in
 * memory (a 50 MB draft ran out of heap), so memory stays bounded by the part; parts are also
 * what two threads share out of one large draft (see `parallel.ts`).
 */
export function textParts(text: string, partSize = largeTextSize): Chunk[][] {
  return groupChunks(splitIntoChunks(text), partSize)
}

/**
 * Checks one part of a plain-text file (chunks with their places in the file), adding the
 * rules' messages to `file`. With a prescan, only the paragraphs and windows it cannot clear
 * are parsed.
 */
export async function checkTextPart(
  processor: ProseProcessor,
  file: VFile,
  part: readonly Chunk[],
  options: { prescan?: boolean } = {},
): Promise<void> {
  const prescan = options.prescan === false ? undefined : prescanOf(processor)
  if (!prescan) {
    await processor.run(toRoot(processor, part), file)
    return
  }
  const { pieces, words } = prescan.plan(part)
  for (const word of words) prescan.checkWord(word, file)
  if (pieces.length === 0) return
  const before = file.messages.length
  await processor.run(toRoot(processor, pieces), file)
  keepPlanned(file, before, pieces)
}

/** Drops the messages from `from` on that fall outside what the prescan's pieces keep. */
function keepPlanned(file: VFile, from: number, pieces: readonly Piece[]): void {
  const kept: (readonly [number, number])[] = []
  for (const piece of pieces) {
    kept.push(...(piece.keep ?? [[piece.start.offset, piece.start.offset + piece.text.length]]))
  }
  const isKept = (offset: number | undefined): boolean =>
    offset === undefined || kept.some(([start, end]) => offset >= start && offset < end)
  const messages = file.messages.slice(from).filter((message) => {
    const place = message.place
    return isKept(place && 'start' in place ? place.start.offset : place?.offset)
  })
  file.messages.splice(from, file.messages.length - from, ...messages)
}

/**
 * Plain-text drafts longer than this (in UTF-16 code units) are checked in parts of about this
 * size; rules that compare a whole draft (name-consistency) then compare within each part.
 */
export const largeTextSize = 256 * 1024

/** Consecutive chunks in groups of at most about `size` characters. */
function groupChunks(chunks: readonly Chunk[], size: number): Chunk[][] {
  const groups: Chunk[][] = []
  let current: Chunk[] = []
  let length = 0
  for (const chunk of chunks) {
    if (current.length > 0 && length + chunk.text.length > size) {
      groups.push(current)
      current = []
      length = 0
    }
    current.push(chunk)
    length += chunk.text.length
  }
  if (current.length > 0) groups.push(current)
  return groups
}

/** One tree of the chunks, each parsed on its own, with positions in the whole text. */
export function toRoot(processor: ProseProcessor, chunks: readonly Chunk[]): Root {
  const root: Root = { type: 'RootNode', children: [] }
  for (const chunk of chunks) {
    const tree = processor.parse(new VFile(chunk.text))
    shiftTree(tree, chunk.start)
    root.children.push(...(tree.children as RootContent[]))
  }
  root.position = {
    start: chunks[0]?.start ?? { line: 1, column: 1, offset: 0 },
    end: root.children.at(-1)?.position?.end ?? { line: 1, column: 1, offset: 0 },
  }
  return root
}
