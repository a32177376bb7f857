import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Dialect } from '../config.js'
import { buildDir } from '../package-root.js'
import type { CheckerData } from './checker.js'
import type { SuggestData } from './compile.js'

/**
 * Where the build writes a dialect's compiled dictionary: `dist/engine/dictionary-en-GB.checker.bin`,
 * whether this code runs from `dist/` or from the bundle. Run from `src/` (tests) there is none,
 * and the engine compiles in memory instead, so a stale build never leaks into a test.
 */
export function artefactPath(dialect: Dialect, part: 'checker' | 'suggest'): string | undefined {
  return buildDir && path.join(buildDir, 'engine', `dictionary-${dialect}.${part}.bin`)
}

// Bump when the layout changes, so that a stale artefact is ignored rather than misread.
const formatVersion = 5
const magic = 0x70726631

type Section = Int32Array | Uint16Array | Uint8Array | Float32Array

/**
 * Lays out a JSON header and typed arrays as one buffer: `[magic, version, json bytes, count,
 * ...section bytes]`, then the JSON, then each section, every part padded to 4 bytes so that the
 * reader can view the sections in place.
 */
function encodeSections(meta: unknown, sections: readonly Section[]): Uint8Array {
  const pad = (bytes: Uint8Array): Uint8Array => {
    const padded = new Uint8Array(Math.ceil(bytes.byteLength / 4) * 4)
    padded.set(bytes)
    return padded
  }
  const json = Buffer.from(JSON.stringify(meta), 'utf8')
  const header = Int32Array.of(
    magic,
    formatVersion,
    json.byteLength,
    sections.length,
    ...sections.map((section) => section.byteLength),
  )
  const bodies = sections.map((section) =>
    pad(new Uint8Array(section.buffer, section.byteOffset, section.byteLength)),
  )
  return Buffer.concat([new Uint8Array(header.buffer), pad(json), ...bodies])
}

/** Reads back what `encodeSections` wrote: the header and each section's bytes, not copied. */
function decodeSections(file: Uint8Array): { meta: unknown; sections: Uint8Array[] } | undefined {
  // Typed-array views need 4-byte alignment; a small pooled buffer may not have it.
  const bytes = file.byteOffset % 4 === 0 ? file : file.slice()
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, Math.min(4, bytes.byteLength >> 2))
  const [fileMagic, version, jsonLength = 0, count = 0] = words
  if (fileMagic !== magic || version !== formatVersion) return undefined
  const lengths = new Int32Array(bytes.buffer, bytes.byteOffset + 16, count)
  let offset = 16 + count * 4
  const meta: unknown = JSON.parse(
    Buffer.from(bytes.subarray(offset, offset + jsonLength)).toString(),
  )
  offset += Math.ceil(jsonLength / 4) * 4
  const sections = [...lengths].map((length) => {
    const section = bytes.subarray(offset, offset + length)
    offset += Math.ceil(length / 4) * 4
    return section
  })
  return { meta, sections }
}

const view = {
  int32: (bytes: Uint8Array | undefined) =>
    new Int32Array(
      bytes?.buffer ?? new ArrayBuffer(0),
      bytes?.byteOffset,
      (bytes?.byteLength ?? 0) / 4,
    ),
  uint16: (bytes: Uint8Array | undefined) =>
    new Uint16Array(
      bytes?.buffer ?? new ArrayBuffer(0),
      bytes?.byteOffset,
      (bytes?.byteLength ?? 0) / 2,
    ),
  float32: (bytes: Uint8Array | undefined) =>
    new Float32Array(
      bytes?.buffer ?? new ArrayBuffer(0),
      bytes?.byteOffset,
      (bytes?.byteLength ?? 0) / 4,
    ),
}

/**
 * Encodes the checker data: its rules as JSON, its forms as a string table, and the article
 * verdicts on its forms when it has them.
 * @param stamp names the compile the data came from, so that its suggestion index can be matched
 */
export function encodeCheckerData(
  { forms, articleVerdicts, ...rules }: CheckerData,
  stamp = '',
): Uint8Array {
  return encodeSections({ ...rules, stamp }, [
    forms.offsets,
    forms.chars,
    forms.slots,
    ...(articleVerdicts ? [articleVerdicts] : []),
  ])
}

/** Decodes what `encodeCheckerData` wrote, or `undefined` when it is from another version. */
export function decodeCheckerData(file: Uint8Array): CheckerData | undefined {
  return decodeStampedChecker(file)?.data
}

/** Decodes the checker data and the stamp of the compile it came from. */
function decodeStampedChecker(file: Uint8Array): { data: CheckerData; stamp: string } | undefined {
  const decoded = decodeSections(file)
  if (!decoded) return undefined
  const [offsets, chars, slots, articleVerdicts] = decoded.sections
  const { stamp = '', ...rules } = decoded.meta as Omit<CheckerData, 'forms'> & { stamp?: string }
  const forms = {
    offsets: view.int32(offsets),
    chars: view.uint16(chars),
    slots: view.int32(slots),
  }
  const verdicts = articleVerdicts && {
    articleVerdicts: new Uint8Array(
      articleVerdicts.buffer,
      articleVerdicts.byteOffset,
      articleVerdicts.byteLength,
    ),
  }
  return { data: { ...rules, forms, ...verdicts }, stamp }
}

/** Encodes the suggestion data: the trie, the frequencies and the forms, as typed arrays. */
export function encodeSuggestData(
  { trie, reverseTrie, frequency, forms }: SuggestData,
  stamp = '',
): Uint8Array {
  return encodeSections({ maxKeyLength: trie.maxKeyLength, stamp }, [
    trie.firstChild,
    trie.label,
    trie.keyOf,
    reverseTrie.firstChild,
    reverseTrie.label,
    reverseTrie.keyOf,
    frequency,
    forms.offsets,
    forms.chars,
  ])
}

/**
 * Decodes what `encodeSuggestData` wrote, or `undefined` when it is from another version or,
 * given `stamp`, from another compile than the checker data.
 */
export function decodeSuggestData(file: Uint8Array, stamp?: string): SuggestData | undefined {
  const decoded = decodeSections(file)
  if (!decoded) return undefined
  const [
    firstChild,
    label,
    keyOf,
    backFirstChild,
    backLabel,
    backKeyOf,
    frequency,
    offsets,
    chars,
  ] = decoded.sections
  const meta = decoded.meta as { maxKeyLength: number; stamp?: string }
  if (stamp !== undefined && (meta.stamp ?? '') !== stamp) return undefined
  const { maxKeyLength } = meta
  return {
    trie: {
      firstChild: view.int32(firstChild),
      label: view.uint16(label),
      keyOf: view.int32(keyOf),
      maxKeyLength,
    },
    reverseTrie: {
      firstChild: view.int32(backFirstChild),
      label: view.uint16(backLabel),
      keyOf: view.int32(backKeyOf),
      maxKeyLength,
    },
    frequency: view.float32(frequency),
    forms: { offsets: view.int32(offsets), chars: view.uint16(chars) },
  }
}

/**
 * Writes a dialect's compiled dictionary where `readArtefact` looks.
 * @param stamp names this compile; the reader only pairs a checker and an index that share it
 */
export function writeArtefact(
  dialect: Dialect,
  compiled: { checker: CheckerData; suggest: SuggestData },
  stamp: string,
): void {
  const checkerPath = artefactPath(dialect, 'checker')
  const suggestPath = artefactPath(dialect, 'suggest')
  if (!checkerPath || !suggestPath) {
    throw new Error(`Cannot write the artefact of \`${dialect}\`: run the compiler from \`dist/\``)
  }
  writeFileSync(checkerPath, encodeCheckerData(compiled.checker, stamp))
  writeFileSync(suggestPath, encodeSuggestData(compiled.suggest, stamp))
}

function readOptional(file: string | undefined): Buffer | undefined {
  if (!file) return undefined
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}

/** The build's artefact for a dialect: its checker data, and a reader of its suggestion index. */
export interface Artefact {
  checker: CheckerData
  /** Whether the suggestion index is there and from the same compile (reads its header only). */
  hasSuggest: () => boolean
  /** Reads the suggestion index, or `undefined` when it is missing or from another compile. */
  readSuggest: () => SuggestData | undefined
}

/** The stamp in a suggestion index's header, without reading the index itself. */
function readSuggestStamp(file: string | undefined): string | undefined {
  if (!file) return undefined
  let fd: number | undefined
  try {
    fd = openSync(file, 'r')
    const head = Buffer.alloc(4096)
    const length = readSync(fd, head, 0, head.length, 0)
    const [fileMagic, version, jsonLength = 0] = new Int32Array(head.buffer, head.byteOffset, 4)
    if (fileMagic !== magic || version !== formatVersion || length < 16) return undefined
    const count = head.readInt32LE(12)
    const start = 16 + count * 4
    if (start + jsonLength > length) return undefined
    const meta = JSON.parse(head.subarray(start, start + jsonLength).toString()) as {
      stamp?: string
    }
    return meta.stamp ?? ''
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Reads the checker data the build wrote, or `undefined` when it is missing or stale. */
export function readArtefact(dialect: Dialect = 'en-US'): Artefact | undefined {
  const file = readOptional(artefactPath(dialect, 'checker'))
  const checker = file && decodeStampedChecker(file)
  if (!checker) return undefined
  return {
    checker: checker.data,
    hasSuggest: () => readSuggestStamp(artefactPath(dialect, 'suggest')) === checker.stamp,
    readSuggest: () => {
      const index = readOptional(artefactPath(dialect, 'suggest'))
      return index && decodeSuggestData(index, checker.stamp)
    },
  }
}

/** Reads the suggestion index the build wrote, or `undefined` when it is missing or stale. */
export function readSuggestArtefact(dialect: Dialect = 'en-US'): SuggestData | undefined {
  const file = readOptional(artefactPath(dialect, 'suggest'))
  return file && decodeSuggestData(file)
}
