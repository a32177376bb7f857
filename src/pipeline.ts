import type { Root } from 'nlcst'
import { ParseEnglish } from 'parse-english'
import retextEnglish from 'retext-english'
import retextSpell, { type Options as RetextSpellOptions } from 'retext-spell'
import retextSyntaxUrls from 'retext-syntax-urls'
import { type Processor, unified } from 'unified'
import type { VFile } from 'vfile'
import { splitIntoChunks } from './chunks.js'
import type { Dialect } from './config.js'
import type { HouseLists } from './dictionaries.js'
import { loadHunspellDictionary } from './engine/hunspell.js'
import type { Lexicon } from './lexicon.js'
import { defaultFrontMatterKeys, type Syntax, syntaxFor } from './markup.js'
import { estimateNestingDepth, maxMarkdownNesting } from './nesting.js'
import { mentionsWhereAt, notProse } from './not-prose.js'
import { attachPrescan, createPrescan } from './prescan.js'
import { type WordCheck, wordRule } from './prose-words.js'
import { toResultPath } from './results.js'
import { createHouseCorrectionCheck } from './rules/house-correction.js'
import { indefiniteArticle } from './rules/indefinite-article.js'
import { nameConsistency } from './rules/name-consistency.js'
import { createProperNounCheck } from './rules/proper-noun.js'
import { repeatedWord } from './rules/repeated-word.js'
import { applySeverity } from './rules/severity.js'
import { createSpellingCheck } from './rules/spelling.js'
import { sic } from './sic.js'
import { attachSuggestEngine, checkSuggestingLater } from './suggest-later.js'
import { applySuppressions } from './suppressions.js'
import { checkTextPart, textParts, toRoot } from './text-parts.js'
import type { Severity } from './types.js'

/** Rule severities for one run; a rule that is `off` is not run. */
export type RuleSettings = Readonly<Record<string, Severity | 'off'>>

/** The severity each rule reports at unless configured otherwise. */
export const defaultRuleSettings: RuleSettings = {
  'house-correction': 'error',
  'indefinite-article': 'warning',
  'name-consistency': 'warning',
  'proper-noun': 'error',
  'repeated-word': 'warning',
  spelling: 'warning',
}

/** A processor that checks English prose: built once per run, used for every file. */
export type ProseProcessor = Processor<Root, Root, Root>

// Handles as Twitter and Mastodon write them, with underscores (`@justice_gouv`).
const handle = /^@\w{1,39}(?:@[\w.-]+)?$/

/** What a processor is built from. */
export interface ProcessorOptions {
  lexicon: Lexicon
  rules?: RuleSettings
  /** `retext-spell` runs the spelling rule through retext-spell and nspell instead of the engine. */
  engine?: 'fast' | 'retext-spell'
  /** The house lists, for retext-spell's personal dictionary. */
  lists?: HouseLists
  /** The dictionary retext-spell checks against: dictionary-en (`en-US`) or dictionary-en-gb. */
  dialect?: Dialect
}

/** Builds the unified processor: retext-english, the not-prose syntax plugins, then the rules. */
export function createProcessor(options: ProcessorOptions) {
  const { lexicon, rules = defaultRuleSettings, engine = 'fast', lists, dialect } = options
  const processor = unified()
    .use(retextEnglish)
    .use(retextSyntaxUrls)
    .use(mentionsWhereAt, { style: handle })
    .use(notProse)
    .use(sic)
  const severity = (ruleId: string): Severity | 'off' =>
    rules[ruleId] ?? defaultRuleSettings[ruleId] ?? 'warning'
  // Each rule is a plugin taking its options plus a severity; an `off` rule is not run at all.
  const useRule = <Options>(
    ruleId: string,
    plugin: (options: Options & { severity: Severity }) => unknown,
    ruleOptions: Options,
  ): void => {
    const level = severity(ruleId)
    if (level !== 'off') processor.use(plugin as never, { ...ruleOptions, severity: level })
  }
  // Rules that look at each word on their own: their checks also serve the prescan's words.
  const wordChecks: WordCheck[] = []
  const useWordRule = <Options>(
    ruleId: string,
    createCheck: (options: Options & { severity: Severity }) => WordCheck,
    ruleOptions: Options,
  ): void => {
    const level = severity(ruleId)
    if (level === 'off') return
    const check = createCheck({ ...ruleOptions, severity: level })
    wordChecks.push(check)
    processor.use(() => wordRule(check))
  }
  if (lists) {
    const { corrections, forbidden } = lists
    useWordRule('house-correction', createHouseCorrectionCheck, { corrections, forbidden })
  }
  useWordRule('proper-noun', createProperNounCheck, { lexicon })
  useRule('name-consistency', nameConsistency, { lexicon })
  useRule('repeated-word', repeatedWord, {})
  useRule('indefinite-article', indefiniteArticle, {})
  const spellingSeverity = severity('spelling')
  if (engine === 'retext-spell' && spellingSeverity !== 'off') {
    processor.use(retextSpellAt(spellingSeverity), {
      dictionary: hunspellLoader(dialect ?? 'en-US'),
      personal: toPersonalDictionary(lists ?? { names: [], words: [] }),
      ignoreLiteral: false,
      max: Number.MAX_SAFE_INTEGER,
    })
  } else if (engine !== 'retext-spell') {
    const namesFirst = severity('proper-noun') !== 'off'
    useWordRule('spelling', createSpellingCheck, { lexicon, namesFirst })
    attachSuggestEngine(processor, lexicon.engine)
    // The prescan models the fast engine's lookups; retext-spell (nspell) checks every word itself.
    attachPrescan(processor, {
      plan: createPrescan({ lexicon, ...lists }),
      checkWord: (word, file) => {
        for (const check of wordChecks) check(word, file)
      },
    })
  }
  return processor as unknown as ProseProcessor
}

/** retext-spell's dictionary callback: the dialect's dictionary, imported when first used. */
function hunspellLoader(dialect: Dialect) {
  return (onLoad: (error?: Error, dictionary?: { aff: Uint8Array; dic: Uint8Array }) => void) => {
    loadHunspellDictionary(dialect).then(
      (dictionary) => onLoad(undefined, dictionary),
      (error: Error) => onLoad(error),
    )
  }
}

/** retext-spell, with its messages set to `severity` (it reports warnings). */
function retextSpellAt(severity: Severity) {
  return function retextSpellWithSeverity(this: Processor, options: RetextSpellOptions) {
    const transform = retextSpell.call(this as never, options)
    return (tree: Root, file: VFile, next: (error?: Error) => void) => {
      const before = file.messages.length
      transform(tree, file, (error?: Error) => {
        for (const message of file.messages.slice(before)) applySeverity(message, severity)
        next(error)
      })
    }
  }
}

/** nspell's personal dictionary: the house words, and each name with its possessive and caps. */
export function toPersonalDictionary(lists: Pick<HouseLists, 'names' | 'words'>): string {
  const forms = lists.names.flatMap((name) => [
    name,
    `${name}'s`,
    name.toUpperCase(),
    `${name.toUpperCase()}'S`,
  ])
  return [...lists.words, ...forms].join('\n')
}

/**
 * Checks one file: parses it paragraph by paragraph (so cost stays linear in its size), maps
 * positions back into the file, and runs the rules, which add messages to `file`.
 */
export async function checkFile(
  processor: ProseProcessor,
  file: VFile,
  options: CheckOptions = {},
): Promise<VFile> {
  const syntax = options.syntax ?? syntaxFor(file.path)
  const frontMatterKeys = options.frontMatterKeys ?? defaultFrontMatterKeys
  const text = String(file.value)
  const check = async (): Promise<void> => {
    if (syntax === 'text') {
      for (const part of textParts(text, options.partSize)) {
        await checkTextPart(processor, file, part, options)
      }
    } else {
      await processor.run(await parseMarkup(processor, file, syntax, frontMatterKeys), file)
    }
  }
  await checkSuggestingLater(processor, file, check, options.minSuggestThreadSize)
  applySuppressions(file)
  return file
}

/**
 * The file's nlcst tree. Markdown nested too deeply to parse in reasonable time, and markup
 * whose parser overflows the stack, is parsed as plain text instead, with a warning on the file.
 * The Markdown and HTML parsers are imported on first use: a run over plain text never loads
 * them (they were a third of the start-up time).
 */
async function parseMarkup(
  processor: ProseProcessor,
  file: VFile,
  syntax: Syntax,
  frontMatterKeys: readonly string[],
): Promise<Root> {
  const text = String(file.value)
  if (syntax === 'markdown' && estimateNestingDepth(text) > maxMarkdownNesting) {
    warningsOf(file).push(
      `Checked \`${toResultPath(file.path, file.cwd)}\` as plain text: it nests more than ${maxMarkdownNesting} levels deep`,
    )
    return parseText(processor, text)
  }
  try {
    if (syntax === 'markdown') {
      const { markdownToNlcst } = await import('./markdown.js')
      return markdownToNlcst(file, createParser(processor), frontMatterKeys)
    }
    if (syntax === 'html') {
      const { htmlToNlcst } = await import('./html.js')
      return htmlToNlcst(file, createParser(processor))
    }
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    warningsOf(file).push(
      `Checked \`${toResultPath(file.path, file.cwd)}\` as plain text: it nests too deeply to parse as ${syntax}`,
    )
  }
  return parseText(processor, text)
}

/** Warnings about how a file was checked (printed on stderr; they do not change the exit code). */
export function warningsOf(file: VFile): string[] {
  const data = file.data as { warnings?: string[] }
  data.warnings ??= []
  return data.warnings
}

/** How one file is read. */
export interface CheckOptions {
  /** The draft's syntax; by default from its file name. */
  syntax?: Syntax
  /** Front-matter keys whose values are prose (Markdown). */
  frontMatterKeys?: readonly string[]
  /** Plain text longer than this is checked in parts of about this size (default `largeTextSize`). */
  partSize?: number
  /** `false` parses every paragraph of plain text, as if the processor had no prescan. */
  prescan?: boolean
  /** From this many UTF-16 code units, suggestions are computed on a second thread (default `minSuggestThreadSize`). */
  minSuggestThreadSize?: number
}

/** parse-english with the extensions plugins registered on `processor` (URLs), as retext-english builds it. */
function createParser(processor: ProseProcessor): ParseEnglish {
  const parser = new ParseEnglish()
  const data = processor.data() as Record<string, unknown>
  const add = (list: unknown[], key: string): void => {
    const extensions = data[key]
    if (Array.isArray(extensions)) list.unshift(...extensions)
  }
  add(parser.tokenizeParagraphPlugins, 'nlcstParagraphExtensions')
  add(parser.tokenizeRootPlugins, 'nlcstRootExtensions')
  add(parser.tokenizeSentencePlugins, 'nlcstSentenceExtensions')
  return parser
}

/** Parses plain text paragraph by paragraph, so cost stays linear in its size. */
function parseText(processor: ProseProcessor, text: string): Root {
  return toRoot(processor, splitIntoChunks(text))
}
