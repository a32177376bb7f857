/**
 * Strings packed into typed arrays so that a build can write them to disk and a run can read
 * them back in one read, with no parsing: string `i` is `chars[offsets[i]]` up to
 * `chars[offsets[i + 1]]`, as UTF-16 code units.
 */
export interface StringPool {
  offsets: Int32Array
  chars: Uint16Array
}

/** A string pool plus an open-addressing hash table over it, for membership tests. */
export interface StringTable extends StringPool {
  /** 1 + the index of the string hashed to each slot, or 0 for an empty slot. */
  slots: Int32Array
}

/** Packs `strings` into a pool, in order. */
export function buildStringPool(strings: readonly string[]): StringPool {
  const offsets = new Int32Array(strings.length + 1)
  let total = 0
  strings.forEach((value, index) => {
    offsets[index] = total
    total += value.length
  })
  offsets[strings.length] = total
  const chars = new Uint16Array(total)
  strings.forEach((value, index) => {
    const start = offsets[index] as number
    for (let position = 0; position < value.length; position++) {
      chars[start + position] = value.charCodeAt(position)
    }
  })
  return { offsets, chars }
}

/** Reads string `index` back out of a pool. */
export function stringAt(pool: StringPool, index: number): string {
  const start = pool.offsets[index] as number
  const end = pool.offsets[index + 1] as number
  return String.fromCharCode(...pool.chars.subarray(start, end))
}

/** FNV-1a over UTF-16 code units. */
function hashString(value: string): number {
  let hash = 0x811c9dc5
  for (let position = 0; position < value.length; position++) {
    hash = Math.imul(hash ^ value.charCodeAt(position), 0x01000193)
  }
  return hash >>> 0
}

/** Packs distinct `strings` with a hash table at most half full, so probes stay short. */
export function buildStringTable(strings: readonly string[]): StringTable {
  const pool = buildStringPool(strings)
  let size = 1
  while (size < strings.length * 2) size *= 2
  const slots = new Int32Array(size)
  strings.forEach((value, index) => {
    let slot = hashString(value) & (size - 1)
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1)
    slots[slot] = index + 1
  })
  return { ...pool, slots }
}

function equalsAt(table: StringPool, index: number, value: string): boolean {
  const start = table.offsets[index] as number
  if ((table.offsets[index + 1] as number) - start !== value.length) return false
  for (let position = 0; position < value.length; position++) {
    if (table.chars[start + position] !== value.charCodeAt(position)) return false
  }
  return true
}

/** Whether `value` is one of the table's strings. */
export function hasString(table: StringTable, value: string): boolean {
  return indexOfString(table, value) >= 0
}

/** The index of `value` among the table's strings, or -1 when it is not one. */
export function indexOfString(table: StringTable, value: string): number {
  const mask = table.slots.length - 1
  let slot = hashString(value) & mask
  for (;;) {
    const entry = table.slots[slot] as number
    if (entry === 0) return -1
    if (equalsAt(table, entry - 1, value)) return entry - 1
    slot = (slot + 1) & mask
  }
}
