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
import type { Root } from 'nlcst'
import retextIndefiniteArticle from 'retext-indefinite-article'
import { VFile } from 'vfile'
import type { Severity } from '../types.js'
import { applySeverity } from './severity.js'

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
    const scratch = new VFile()
    transform(tree, scratch)
    for (const found of scratch.messages) {
      const actual = found.actual ?? ''
      const expected = found.expected?.[0]
      if (!actual || !expected || !found.place) continue
      const next = following.exec(found.reason)?.[1]
      const before = next ? ` before \`${next}\`` : ''
      const message = file.message(`Unexpected \`${actual}\`${before}, expected \`${expected}\``, {
        place: found.place,
        ruleId: 'indefinite-article',
        source: 'proofread',
      })
      message.actual = actual
      message.expected = [expected]
      applySeverity(message, severity)
    }
  }
}
