import dictionaryEn from 'dictionary-en'
import type { Root, RootContent } from 'nlcst'
import { ParseEnglish } from 'parse-english'
import retextEnglish from 'retext-english'
import retextSpell, { type Options as RetextSpellOptions } from 'retext-spell'
import retextSyntaxMentions from 'retext-syntax-mentions'
import retextSyntaxUrls from 'retext-syntax-urls'
import { type Processor, unified } from 'unified'
import type { Node, Point } from 'unist'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { shiftTree, splitIntoChunks } from './chunks.js'
import type { HouseLists } from './dictionaries.js'
import type { Lexicon } from './lexicon.js'
import {
  defaultFrontMatterKeys,
  htmlToNlcst,
  markdownToNlcst,
  type Syntax,
  syntaxFor,
} from './markup.js'
import { notProse } from './not-prose.js'
import { sic } from './sic.js'
import { properNoun } from './rules/proper-noun.js'
import { applySeverity } from './rules/severity.js'
import { spelling } from './rules/spelling.js'
import { applySuppressions } from './suppressions.js'
import type { Severity } from './types.js'

/** Rule severities for one run; a rule that is `off` is not run. */
export type RuleSettings = Readonly<Record<string, Severity | 'off'>>

/** The severity each rule reports at unless configured otherwise. */
export const defaultRuleSettings: RuleSettings = {
  'proper-noun': 'error',
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
}

/** Builds the unified processor: retext-english, the not-prose syntax plugins, then the rules. */
export function createProcessor(options: ProcessorOptions) {
  const { lexicon, rules = defaultRuleSettings, engine = 'fast', lists } = options
  const processor = unified()
    .use(retextEnglish)
    .use(retextSyntaxUrls)
    .use(retextSyntaxMentions, { style: handle })
    .use(notProse)
    .use(sic)
  const severity = (ruleId: string): Severity | 'off' =>
    rules[ruleId] ?? defaultRuleSettings[ruleId] ?? 'warning'
  const properNounSeverity = severity('proper-noun')
  if (properNounSeverity !== 'off')
    processor.use(properNoun, { lexicon, severity: properNounSeverity })
  const spellingSeverity = severity('spelling')
  if (spellingSeverity !== 'off' && engine === 'retext-spell') {
    processor.use(retextSpellAt(spellingSeverity), {
      dictionary: dictionaryEn,
      personal: toPersonalDictionary(lists ?? { names: [], words: [] }),
      ignoreLiteral: false,
      max: Number.MAX_SAFE_INTEGER,
    })
  } else if (spellingSeverity !== 'off') {
    processor.use(spelling, { lexicon, severity: spellingSeverity })
  }
  return processor as unknown as ProseProcessor
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
export function toPersonalDictionary(lists: HouseLists): string {
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
  const tree =
    syntax === 'markdown'
      ? markdownToNlcst(file, createParser(processor), frontMatterKeys)
      : syntax === 'html'
        ? htmlToNlcst(file, createParser(processor))
        : parseText(processor, String(file.value))
  await processor.run(tree, file)
  applySuppressions(file)
  return file
}

/** How one file is read. */
export interface CheckOptions {
  /** The draft's syntax; by default from its file name. */
  syntax?: Syntax
  /** Front-matter keys whose values are prose (Markdown). */
  frontMatterKeys?: readonly string[]
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
  const root: Root = { type: 'RootNode', children: [] }
  for (const chunk of splitIntoChunks(text)) {
    const tree = processor.parse(new VFile(chunk.text))
    shiftTree(tree, chunk.start)
    root.children.push(...(tree.children as RootContent[]))
  }
  root.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: root.children.at(-1)?.position?.end ?? { line: 1, column: 1, offset: 0 },
  }
  return root
}
