import { readFileSync, writeFileSync } from 'node:fs'
import type { CheckerData } from './checker.js'
import type { SuggestData } from './compile.js'

/**
 * Where the build writes the compiled dictionary: next to this module, so under `dist/engine/`.
 * Run from `src/` (tests), the files are absent and the engine compiles in memory instead.
 */
const checkerUrl = new URL('./dictionary-en.checker.bin', import.meta.url)
const suggestUrl = new URL('./dictionary-en.suggest.bin', import.meta.url)

// Bump when the layout changes, so that a stale artefact is ignored rather than misread.
const formatVersion = 2
const magic = 0x70726631

type Section = Int32Array | Uint16Array | Float32Array

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

/** Encodes the checker data: its rules as JSON, its forms as a string table. */
export function encodeCheckerData({ forms, ...rules }: CheckerData): Uint8Array {
  return encodeSections(rules, [forms.offsets, forms.chars, forms.slots])
}

/** Decodes what `encodeCheckerData` wrote, or `undefined` when it is from another version. */
export function decodeCheckerData(file: Uint8Array): CheckerData | undefined {
  const decoded = decodeSections(file)
  if (!decoded) return undefined
  const [offsets, chars, slots] = decoded.sections
  const rules = decoded.meta as Omit<CheckerData, 'forms'>
  return {
    ...rules,
    forms: { offsets: view.int32(offsets), chars: view.uint16(chars), slots: view.int32(slots) },
  }
}

/** Encodes the suggestion data: the trie, the frequencies and the forms, as typed arrays. */
export function encodeSuggestData({ trie, frequency, forms }: SuggestData): Uint8Array {
  return encodeSections({ maxKeyLength: trie.maxKeyLength }, [
    trie.firstChild,
    trie.label,
    trie.keyOf,
    frequency,
    forms.offsets,
    forms.chars,
  ])
}

/** Decodes what `encodeSuggestData` wrote, or `undefined` when it is from another version. */
export function decodeSuggestData(file: Uint8Array): SuggestData | undefined {
  const decoded = decodeSections(file)
  if (!decoded) return undefined
  const [firstChild, label, keyOf, frequency, offsets, chars] = decoded.sections
  const { maxKeyLength } = decoded.meta as { maxKeyLength: number }
  return {
    trie: {
      firstChild: view.int32(firstChild),
      label: view.uint16(label),
      keyOf: view.int32(keyOf),
      maxKeyLength,
    },
    frequency: view.float32(frequency),
    forms: { offsets: view.int32(offsets), chars: view.uint16(chars) },
  }
}

/** Writes the compiled dictionary where `readCheckerArtefact` and `readSuggestArtefact` look. */
export function writeArtefact(checker: CheckerData, suggest: SuggestData): void {
  writeFileSync(checkerUrl, encodeCheckerData(checker))
  writeFileSync(suggestUrl, encodeSuggestData(suggest))
}

function readOptional(url: URL): Buffer | undefined {
  try {
    return readFileSync(url)
  } catch {
    return undefined
  }
}

/** Reads the checker data the build wrote, or `undefined` when it is missing or stale. */
export function readCheckerArtefact(): CheckerData | undefined {
  const file = readOptional(checkerUrl)
  return file && decodeCheckerData(file)
}

/** Reads the suggestion index the build wrote, or `undefined` when it is missing or stale. */
export function readSuggestArtefact(): SuggestData | undefined {
  const file = readOptional(suggestUrl)
  return file && decodeSuggestData(file)
}
