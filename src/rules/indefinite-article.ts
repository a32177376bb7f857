/**
 * Rule `indefinite-article`: flags `a` before a vowel sound and `an` before a consonant sound,
 * through retext-indefinite-article.
 *
 * Why: the article follows the sound, not the letter (`an hour`, `a European`), which is easy to
 * get wrong when a sentence is rewritten around a new noun.
 *
 * OK: `an hour`, `a European court`, `a one-off`, `Class A drugs`
 * Not OK: `a hour` → expected `an`; `An European court` → expected `A`
 *
 * The finding spans the article alone and its one suggestion keeps the article's case
 * (`A` → `An`), so replacing the span with it is the whole fix.
 */
import type { Root, Sentence, Word } from 'nlcst'
import retextIndefiniteArticle from 'retext-indefinite-article'
import { VFile } from 'vfile'
import { rootOfSentences, wordText } from '../tree-walk.js'
import type { Severity } from '../types.js'
import { type ArticleVerdicts, builtVerdict } from './article-verdicts.js'
import { reportFinding } from './report.js'

/** Options of the indefinite-article rule. */
export interface IndefiniteArticleOptions {
  severity: Severity
}

// retext-indefinite-article names the following word in its reason; we keep it in ours.
const following = /before `([^`]*)`/

/** The unified plugin of rule `indefinite-article`: retext-indefinite-article, relabelled as ours. */
export function indefiniteArticle(options: IndefiniteArticleOptions) {
  const { severity } = options
  const transform = retextIndefiniteArticle()

  return (tree: Root, file: VFile): undefined => {
    // Run the plugin on a scratch file, so only our relabelled messages reach the real one.
    // Most sentences hold an `a`, and the plugin walks every node it is given: give it only the
    // sentences with an article it would flag before the word after it.
    const scratch = new VFile()
    transform(rootOfSentences(tree, hasArticleToFlag), scratch)
    for (const found of scratch.messages) {
      const actual = found.actual ?? ''
      const expected = found.expected?.[0]
      if (!actual || !expected || !found.place) continue
      const next = following.exec(found.reason)?.[1]
      const before = next ? ` before \`${next}\`` : ''
      reportFinding(file, 'indefinite-article', severity, {
        reason: `Unexpected \`${actual}\`${before}, expected \`${expected}\``,
        place: found.place,
        actual,
        expected: [expected],
      })
    }
  }
}

/**
 * Whether the sentence has an article the plugin flags, placed first in a sentence before the
 * word the plugin reads after it (past white space and one quotation mark or bracket). Only
 * there does it flag a capital `A`, so this may say yes where it doesn't, never the reverse.
 */
function hasArticleToFlag(sentence: Sentence): boolean {
  const children = sentence.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as Sentence['children'][number]
    if (child.type !== 'WordNode') continue
    const text = wordText(child)
    if (text.length > 2 || !/^an?$/i.test(text)) continue
    if (children[index + 1]?.type !== 'WhiteSpaceNode') continue
    let next = children[index + 2]
    if (next?.type === 'PunctuationNode' && /^[“”‘’'"()[\]]$/.test(next.value)) {
      next = children[index + 3]
    }
    if (next?.type === 'WordNode' && flagsArticle(text, wordText(next))) return true
  }
  return false
}

const probe = retextIndefiniteArticle()

// Verdicts asked of the plugin so far (see `flagsArticle`); cleared when full.
const verdicts = new Map<string, boolean>()
const verdictLimit = 100_000

/** The key of a verdict: `flagsArticle` is asked once per article and word alike (see there). */
function verdictKey(article: string, next: string): string {
  const head = /^\d/.test(next) ? next : (next.split(/['’ -]/, 1)[0] as string)
  return `${article} ${head}${head.length === next.length ? '' : '+'}`
}

/**
 * `wouldFlagArticle`, asked once per article and word alike to the plugin: it decides on the
 * word's first part (`well` of `well-known`) and on whether the word is `and`, `nor` or `or`
 * (`a and b`). Shared by the rule and the prescan, which ask about the same pairs. The build's
 * verdicts on dictionary words, when the engine gave them, answer for the plugin.
 */
export function flagsArticle(article: string, next: string): boolean {
  const key = verdictKey(article, next)
  let verdict = verdicts.get(key)
  if (verdict === undefined) {
    verdict = verdictOfBuild(article, next) ?? (wouldFlagArticles([[article, next]])[0] as boolean)
    if (verdicts.size >= verdictLimit) verdicts.clear()
    verdicts.set(key, verdict)
  }
  return verdict
}

/**
 * Asks the plugin at once about the pairs `flagsArticle` has no verdict on yet, so that it then
 * answers them from its cache: a call to the plugin costs about ten times its walk of one more
 * sentence, and a large draft asks about thousands of pairs.
 */
export function askArticles(pairs: readonly (readonly [string, string])[]): void {
  const keys = new Set<string>()
  const asked: (readonly [string, string])[] = []
  for (const [article, next] of pairs) {
    const key = verdictKey(article, next)
    if (verdicts.has(key) || keys.has(key)) continue
    keys.add(key)
    asked.push([article, next])
  }
  if (asked.length === 0) return
  if (verdicts.size + asked.length > verdictLimit) verdicts.clear()
  const unknown = asked.filter(([article, next]) => {
    const verdict = verdictOfBuild(article, next)
    if (verdict === undefined) return true
    verdicts.set(verdictKey(article, next), verdict)
    return false
  })
  if (unknown.length === 0) return
  const flagged = wouldFlagArticles(unknown)
  unknown.forEach(([article, next], index) => {
    verdicts.set(verdictKey(article, next), flagged[index] as boolean)
  })
}

// The build's verdicts on a dictionary's words (see article-verdicts.ts), given by the engine
// that loaded the dictionary; none when it was compiled in memory (run from `src/`).
let built: ArticleVerdicts | undefined

/**
 * Has `flagsArticle` and `askArticles` take `verdictsOf`'s verdicts for the plugin's where it has
 * one (`undefined`: ask the plugin about everything), and forgets the answers so far. Any
 * dictionary's will do: they are the plugin's answers, whichever words they cover.
 */
export function useArticleVerdicts(verdictsOf: ArticleVerdicts | undefined): void {
  built = verdictsOf
  verdicts.clear()
}

/** The build's verdict on `article` before `next`, if it has one (see `useArticleVerdicts`). */
function verdictOfBuild(article: string, next: string): boolean | undefined {
  return built && builtVerdict(built, article, next)
}

/**
 * Whether retext-indefinite-article flags `article` (`a`, `An`) opening a sentence before a word
 * written `next`: the prescan's question, answered by the plugin itself so the two never disagree.
 */
export function wouldFlagArticle(article: string, next: string): boolean {
  return wouldFlagArticles([[article, next]])[0] as boolean
}

/**
 * `wouldFlagArticle` for each pair, in one walk of the plugin over a sentence per pair. The plugin
 * only calls `message` on the file, naming the flagged article's sentence: a stand-in that notes
 * the sentence spares building a VFile and an Error-based message per question.
 */
export function wouldFlagArticles(pairs: readonly (readonly [string, string])[]): boolean[] {
  // A word as its text alone: the plugin reads words with nlcst-to-string, which takes a node's
  // `value` when it has one, and the walk then has no text nodes to visit below it.
  const word = (value: string): Word => ({ type: 'WordNode', value }) as unknown as Word
  const sentences = pairs.map(
    ([article, next]): Sentence => ({
      type: 'SentenceNode',
      children: [word(article), { type: 'WhiteSpaceNode', value: ' ' }, word(next)],
    }),
  )
  const flagged = new Set<unknown>()
  const file = {
    message(_reason: string, options: { ancestors?: readonly unknown[] }) {
      flagged.add(options.ancestors?.[0])
      return {}
    },
  }
  // The plugin visits words from whatever node it is given, with their parent.
  const root: Root = {
    type: 'RootNode',
    children: [{ type: 'ParagraphNode', children: sentences }],
  }
  probe(root as never, file as never)
  return sentences.map((sentence) => flagged.has(sentence))
}
