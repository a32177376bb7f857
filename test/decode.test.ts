import { describe, expect, it } from 'vitest'
import { decodeText, locateInvalidUtf8 } from '../src/decode.js'

const bytes = (...values: number[]) => Uint8Array.from(values)
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'))

describe('decodeText', () => {
  it('decodes UTF-8 without a BOM', () => {
    expect(decodeText(utf8('EncroChat’s £54m'))).toEqual({
      kind: 'text',
      text: 'EncroChat’s £54m',
      encoding: 'utf-8',
      bom: false,
    })
  })

  it('drops a UTF-8 BOM and says it was there', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x48, 0x69))).toEqual({
      kind: 'text',
      text: 'Hi',
      encoding: 'utf-8',
      bom: true,
    })
  })

  it('decodes UTF-16 LE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi €\n', 'utf16le')])
    expect(decodeText(le)).toEqual({
      kind: 'text',
      text: 'Hi €\n',
      encoding: 'utf-16le',
      bom: true,
    })
  })

  it('decodes UTF-16 BE with a BOM', () => {
    const le = Buffer.from('Hi €\n', 'utf16le')
    const be = Buffer.alloc(le.length)
    for (let index = 0; index < le.length; index += 2) {
      be[index] = le[index + 1] ?? 0
      be[index + 1] = le[index] ?? 0
    }
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({
      kind: 'text',
      text: 'Hi €\n',
      encoding: 'utf-16be',
      bom: true,
    })
  })

  it('calls bytes with a NUL and no UTF-16 BOM binary', () => {
    expect(decodeText(bytes(0x48, 0x00, 0x69))).toEqual({ kind: 'binary' })
  })

  it('reports invalid UTF-8 with the offset and line of the first bad byte', () => {
    const text = Buffer.concat([Buffer.from('One\nTwo '), Buffer.from([0xff]), Buffer.from('!')])
    expect(decodeText(text)).toEqual({ kind: 'invalid', offset: 8, line: 2 })
  })

  it('reports a Latin-1 character as invalid UTF-8', () => {
    expect(decodeText(new Uint8Array(Buffer.from('Caf\xe9', 'latin1')))).toEqual({
      kind: 'invalid',
      offset: 3,
      line: 1,
    })
  })

  it('decodes an empty file as empty text', () => {
    expect(decodeText(bytes())).toEqual({ kind: 'text', text: '', encoding: 'utf-8', bom: false })
  })
})

describe('locateInvalidUtf8', () => {
  it.each([
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong encoding', [0x61, 0xc0, 0xaf], 1],
    ['a truncated sequence', [0x61, 0x62, 0xe2, 0x82], 2],
    ['a UTF-16 surrogate encoded in UTF-8', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('finds %s', (_name, values, offset) => {
    expect(locateInvalidUtf8(Uint8Array.from(values))).toEqual({ line: 1, offset })
  })

  it('accepts well-formed multi-byte sequences and counts lines before the bad byte', () => {
    const text = Buffer.concat([Buffer.from('€\n😀\n£', 'utf8'), Buffer.from([0xfe])])
    expect(locateInvalidUtf8(text)).toEqual({ line: 3, offset: text.length - 1 })
  })

  it('gives the end of the bytes when all are well-formed', () => {
    expect(locateInvalidUtf8(utf8('ok\n'))).toEqual({ line: 2, offset: 3 })
  })
})
