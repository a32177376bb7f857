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

/**
 * `wouldFlagArticle`, asked once per article and word alike to the plugin: it decides on the
 * word's first part (`well` of `well-known`) and on whether the word is `and`, `nor` or `or`
 * (`a and b`). Shared by the rule and the prescan, which ask about the same pairs.
 */
export function flagsArticle(article: string, next: string): boolean {
  const head = /^\d/.test(next) ? next : (next.split(/['’ -]/, 1)[0] as string)
  const key = `${article} ${head}${head.length === next.length ? '' : '+'}`
  let verdict = verdicts.get(key)
  if (verdict === undefined) {
    verdict = wouldFlagArticle(article, next)
    if (verdicts.size >= verdictLimit) verdicts.clear()
    verdicts.set(key, verdict)
  }
  return verdict
}

/**
 * Whether retext-indefinite-article flags `article` (`a`, `An`) opening a sentence before a word
 * written `next`: the prescan's question, answered by the plugin itself so the two never disagree.
 * The plugin only calls `message` on the file: a stand-in that notes the call spares building a
 * VFile and an Error-based message per question.
 */
export function wouldFlagArticle(article: string, next: string): boolean {
  const word = (value: string): Word => ({
    type: 'WordNode',
    children: [{ type: 'TextNode', value }],
  })
  let flagged = false
  const file = {
    message() {
      flagged = true
      return {}
    },
  }
  const sentence: Sentence = {
    type: 'SentenceNode',
    children: [word(article), { type: 'WhiteSpaceNode', value: ' ' }, word(next)],
  }
  // The plugin visits words from whatever node it is given, with their parent: a sentence will do.
  probe(sentence as never, file as never)
  return flagged
}
