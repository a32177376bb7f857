import { hasString, type StringTable } from './string-table.js'

/** The checker's data: dictionary-en expanded into forms, plus the rules nspell applies around them. */
export interface CheckerData {
  /** Every form the affix rules expand to, as written (case kept), without compound-only forms. */
  forms: StringTable
  /** Forms flagged ONLYINCOMPOUND: known to the dictionary but never words on their own. */
  onlyInCompound: readonly string[]
  /** COMPOUNDRULE expressions (ordinal numbers such as `21st`), as case-insensitive regex sources. */
  compoundRules: readonly string[]
  /** COMPOUNDMIN: the shortest word the compound rules are tried on. */
  compoundMin: number
  /** ICONV input conversions, as `[regex source, regex flags, replacement]`. */
  conversions: readonly (readonly [string, string, string])[]
  /**
   * retext-indefinite-article's verdicts on `a` and `an` before each form, by its index in
   * `forms` (see rules/article-verdicts.ts): asked by the build, absent when compiled in memory.
   */
  articleVerdicts?: Uint8Array
}

/** Answers whether a word is known, exactly as nspell's `correct()` does. */
export type Checker = (word: string) => boolean

/**
 * Builds a checker over compiled data plus house words added as written.
 * It follows nspell's `form()`: the word as written, then (for ALL CAPS input) its Capitalised
 * form, then its lowercase form; dictionary-en has no KEEPCASE or FORBIDDENWORD flags.
 * @param extra Words and names added as nspell's `add()` adds them: exactly as written.
 */
export function createChecker(data: CheckerData, extra: Iterable<string>): Checker {
  const onlyInCompound = new Set(data.onlyInCompound)
  const added = new Set<string>()
  for (const word of extra) {
    // nspell keeps a compound-only flag on a word added again, so such a word stays unknown.
    if (!onlyInCompound.has(word)) added.add(word)
  }
  const compoundRules = data.compoundRules.map((source) => new RegExp(source, 'i'))
  const conversions = data.conversions.map(([source, flags, replacement]) =>
    toConversion(new RegExp(source, flags), replacement),
  )

  const isExact = (value: string): boolean => {
    if (hasString(data.forms, value) || added.has(value)) return true
    if (onlyInCompound.has(value)) return false
    if (value.length < data.compoundMin) return false
    return compoundRules.some((rule) => rule.test(value))
  }

  return (word) => {
    let normal = word.trim()
    if (normal === '') return false
    for (const convert of conversions) normal = convert(normal)
    if (isExact(normal)) return true
    if (hasNoLowerCase(normal)) {
      const capitalised = normal.charAt(0) + normal.slice(1).toLowerCase()
      if (isExact(capitalised)) return true
    }
    const lower = normal.toLowerCase()
    return lower !== normal && isExact(lower)
  }
}

/**
 * An ICONV conversion as a function. Hunspell's conversions are plain strings, so a pattern
 * without regex syntax is looked for with `includes` first: most words hold none. With the
 * upper-case test below, the checker takes ~22% less time over 500k Brown words.
 */
function toConversion(pattern: RegExp, replacement: string): (word: string) => string {
  const literal = /^[^\\^$.*+?()[\]{}|]+$/.test(pattern.source) ? pattern.source : undefined
  if (literal === undefined || pattern.ignoreCase || pattern.sticky) {
    return (word) => word.replace(pattern, replacement)
  }
  return (word) => (word.includes(literal) ? word.replace(pattern, replacement) : word)
}

/** Whether `word` is its own upper case (`word.toUpperCase() === word`), without the copy. */
function hasNoLowerCase(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 128) return word.toUpperCase() === word
    if (code >= 97 && code <= 122) return false
  }
  return true
}
