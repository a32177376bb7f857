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
    // Only sentences with an article can hold a finding; the plugin walks every node it is given.
    const scratch = new VFile()
    transform(rootOfSentences(tree, hasArticle), scratch)
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

function hasArticle(sentence: Sentence): boolean {
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue
    const text = wordText(child)
    if (text.length <= 2 && /^an?$/i.test(text)) return true
  }
  return false
}

const probe = retextIndefiniteArticle()

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
  probe(
    { type: 'RootNode', children: [{ type: 'ParagraphNode', children: [sentence] }] },
    file as never,
  )
  return flagged
}
