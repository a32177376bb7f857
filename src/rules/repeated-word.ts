/**
 * Rule `repeated-word`: flags a word written twice in a row (`the the`), through
 * retext-repeated-words.
 *
 * Why: a doubled word survives rereading because the eye skips it, and a spell checker passes
 * it because each word is fine on its own.
 *
 * OK: `It was the best.`; `the best they had had` (a real doubling); `Duran Duran` (a name)
 * Not OK: `It was the the best.` → expected `the`
 *
 * The finding spans both words and everything between them (`the the`, or `The` and `the` across
 * a line break), and its one suggestion is the first word as written, so replacing the span with
 * it removes the repeat and keeps the first word's case.
 */
import type { Root, Sentence } from 'nlcst'
import retextRepeatedWords from 'retext-repeated-words'
import { VFile } from 'vfile'
import { rootOfSentences, wordText } from '../tree-walk.js'
import type { Severity } from '../types.js'
import { reportFinding } from './report.js'

/** Options of the repeated-word rule. */
export interface RepeatedWordOptions {
  severity: Severity
}

/** The unified plugin of rule `repeated-word`: retext-repeated-words, relabelled as ours. */
export function repeatedWord(options: RepeatedWordOptions) {
  const { severity } = options
  const transform = retextRepeatedWords()

  return (tree: Root, file: VFile): undefined => {
    // Run the plugin on a scratch file, so only our relabelled messages reach the real one.
    // Only sentences with a word twice in a row can hold a finding; the plugin walks every node.
    const scratch = new VFile()
    transform(rootOfSentences(tree, hasRepeat), scratch)
    for (const found of scratch.messages) {
      const actual = found.actual ?? ''
      const second = found.expected?.[0] ?? ''
      const first = actual.slice(0, actual.length - second.length).trimEnd()
      if (!first || !found.place) continue
      const shown = actual.replace(/\s+/g, ' ')
      reportFinding(file, 'repeated-word', severity, {
        reason: `Unexpected \`${shown}\`, expected \`${first}\` (repeated word)`,
        place: found.place,
        actual,
        expected: [first],
      })
    }
  }
}

/** Whether a word follows the same word (in any case) across white space, as the plugin checks. */
function hasRepeat(sentence: Sentence): boolean {
  const children = sentence.children
  for (let index = 2; index < children.length; index++) {
    const word = children[index]
    const before = children[index - 2]
    if (
      word?.type === 'WordNode' &&
      before?.type === 'WordNode' &&
      children[index - 1]?.type === 'WhiteSpaceNode' &&
      wordText(word).toLowerCase() === wordText(before).toLowerCase()
    ) {
      return true
    }
  }
  return false
}
