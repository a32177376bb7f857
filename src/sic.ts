import type { Root, Sentence, Source } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import { forEachNodeOfType } from './tree-walk.js'

type SentenceChild = Sentence['children'][number]

/**
 * A unified plugin that turns a word directly followed by `[sic]` into a `SourceNode`, so no rule
 * flags it: quoted speech keeps its spelling. Works on the syntax tree, so markup between the
 * word and `[sic]` (`*EnroChat* [sic]`) or a line break inside the paragraph does not hide it.
 */
export function sic() {
  return (tree: Root): undefined => {
    forEachNodeOfType<Sentence>(tree, 'SentenceNode', (sentence) => {
      const children = sentence.children
      for (let index = 0; index < children.length; index++) {
        const child = children[index]
        if (child?.type === 'WordNode' && isFollowedBySic(children, index + 1)) {
          const source: Source = { type: 'SourceNode', value: nlcstToString(child) }
          if (child.position) source.position = child.position
          children[index] = source
        }
      }
    })
  }
}

function isFollowedBySic(children: readonly SentenceChild[], from: number): boolean {
  let index = from
  while (children[index]?.type === 'WhiteSpaceNode') index++
  // Cheap test first: this runs after every word of the draft.
  const open = children[index]
  if (open?.type !== 'PunctuationNode' || open.value !== '[') return false
  const text = children
    .slice(index, index + 3)
    .map((child) => nlcstToString(child))
    .join('')
  return text.toLowerCase() === '[sic]'
}
