import type { Encoding } from './decode.js'

/**
 * Encodes a draft's text back into the bytes it was read from: UTF-8, or UTF-16 LE/BE, with the
 * byte-order mark put back when the file had one.
 */
export function encodeText(text: string, encoding: Encoding, bom: boolean): Uint8Array {
  const body = bom ? `\uFEFF${text}` : text
  if (encoding === 'utf-8') return Buffer.from(body, 'utf8')
  const bytes = Buffer.from(body, 'utf16le')
  // Node has no UTF-16 BE encoder: swap each code unit's bytes.
  return encoding === 'utf-16be' ? bytes.swap16() : bytes
}
