/**
 * Editing a house list's text (`dictionaries/*.txt` format): one entry a line, `#` comments,
 * entries sorted case- and accent-insensitively with ties broken by code point.
 */

// Built on first use: creating a collator loads ICU's collation data (~9 ms), which the CLI
// would otherwise pay at every start though only the nouns command sorts entries.
const collator = (() => {
  let instance: Intl.Collator | undefined
  return (): Intl.Collator => {
    instance ??= new Intl.Collator('en', { sensitivity: 'base' })
    return instance
  }
})()

/** The order of the bundled lists: case- and accent-insensitive, ties broken by code point. */
export function compareEntries(a: string, b: string): number {
  return collator().compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
}

/** A name that was not added, and why. */
export interface Refusal {
  name: string
  reason: string
}

/** The list's new text, and which names went in and which were refused. */
export interface ListUpdate {
  text: string
  added: string[]
  refused: Refusal[]
}

interface Entry {
  /** The entry as written (without a trailing comment). */
  text: string
  /** The word the entry makes known: `A` for `A -> B` and for `!A`. */
  key: string
  line: number
}

/**
 * Adds `names` to a list's `text`, each at its sorted place, keeping the header, comments and line
 * endings. A name already listed, or listed in another case (or with other accents), is refused
 * with the entry it clashes with; so is a name that cannot be an entry.
 */
export function addToList(text: string, names: readonly string[]): ListUpdate {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const lines = text === '' ? [] : text.split(/\r\n|\n|\r/)
  // A final line break leaves an empty last element; new entries go before it.
  const hasFinalBreak = lines.at(-1) === ''
  if (hasFinalBreak) lines.pop()
  const update: ListUpdate = { text, added: [], refused: [] }
  for (const name of names) {
    const reason = refusalFor(name, readEntries(lines), update.added)
    if (reason) {
      update.refused.push({ name, reason })
      continue
    }
    lines.splice(insertionIndex(lines, name), 0, name)
    update.added.push(name)
  }
  if (update.added.length > 0) update.text = lines.join(eol) + eol
  return update
}

/** Why `name` cannot go into a list holding `entries`, or undefined when it can. */
function refusalFor(
  name: string,
  entries: readonly Entry[],
  added: readonly string[],
): string | undefined {
  if (name.trim() === '') return 'an entry cannot be empty'
  if (name !== name.trim() || /\s{2}|[^\S ]/.test(name)) {
    return 'an entry has single spaces between words and none around them'
  }
  if (name.includes('#') || name.includes('->') || name.startsWith('!')) {
    return 'an entry cannot contain `#` or `->`, or start with `!`'
  }
  if (added.includes(name)) return 'it was given twice'
  for (const entry of entries) {
    if (entry.key === name) return `it is already listed (line ${entry.line}: \`${entry.text}\`)`
    if (collator().compare(entry.key, name) === 0) {
      return `it differs only in case or accents from \`${entry.key}\` (line ${entry.line})`
    }
  }
  return undefined
}

function readEntries(lines: readonly string[]): Entry[] {
  return lines.flatMap((line, index) => {
    const entryText = line.replace(/#.*$/, '').trim()
    if (entryText === '') return []
    const key = entryText.replace(/^!/, '').split('->')[0]?.trim() ?? entryText
    return [{ text: entryText, key, line: index + 1 }]
  })
}

/** Where `name` goes: before the first entry that sorts after it, else after the last entry. */
function insertionIndex(lines: readonly string[], name: string): number {
  let afterLast = lines.length
  let hasEntries = false
  for (const [index, line] of lines.entries()) {
    const entryText = line.replace(/#.*$/, '').trim()
    if (entryText === '') continue
    if (compareEntries(entryText, name) > 0) return index
    afterLast = index + 1
    hasEntries = true
  }
  return hasEntries ? afterLast : lines.length
}
