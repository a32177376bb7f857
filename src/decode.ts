/** A file's bytes decoded to text, or why they could not be. */
export type Decoded =
  | { kind: 'text'; text: string; encoding: Encoding; bom: boolean }
  | { kind: 'binary' }
  | { kind: 'invalid'; offset: number; line: number }

/** The encodings proofread reads. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

/**
 * Decodes a draft: UTF-8 (with or without BOM), or UTF-16 LE/BE with a BOM. A file with NUL
 * bytes and no UTF-16 BOM is binary; invalid UTF-8 is reported with the first bad byte's offset.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be')
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  if (bytes.includes(0)) return { kind: 'binary' }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
    return { kind: 'text', text: bom ? text.slice(1) : text, encoding: 'utf-8', bom }
  } catch {
    return { kind: 'invalid', ...locateInvalidUtf8(bytes) }
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
    return { kind: 'text', text: text.slice(1), encoding, bom: true }
  } catch {
    return { kind: 'invalid', offset: 0, line: 1 }
  }
}

/** Finds the first byte sequence that is not UTF-8: its byte offset and 1-based line. */
export function locateInvalidUtf8(bytes: Uint8Array): { line: number; offset: number } {
  let line = 1
  let index = 0
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes, index)
    if (length === 0) return { line, offset: index }
    if (bytes[index] === 0x0a) line++
    index += length
  }
  return { line, offset: bytes.length }
}

/** The length of the well-formed UTF-8 sequence at `index`, or 0 when it is ill-formed. */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0
  if (lead < 0x80) return 1
  const [length, min, max] =
    lead >= 0xc2 && lead <= 0xdf
      ? [2, 0x80, 0xbf]
      : lead === 0xe0
        ? [3, 0xa0, 0xbf]
        : lead === 0xed
          ? [3, 0x80, 0x9f]
          : lead >= 0xe1 && lead <= 0xef
            ? [3, 0x80, 0xbf]
            : lead === 0xf0
              ? [4, 0x90, 0xbf]
              : lead === 0xf4
                ? [4, 0x80, 0x8f]
                : lead >= 0xf1 && lead <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : [0, 0, 0]
  if (length === 0) return 0
  const second = bytes[index + 1] ?? -1
  if (second < min || second > max) return 0
  for (let next = index + 2; next < index + length; next++) {
    const byte = bytes[next] ?? -1
    if (byte < 0x80 || byte > 0xbf) return 0
  }
  return length
}
