import type { Root, Sentence, Word } from 'nlcst'
import type { Node } from 'unist'

/**
 * Calls `callback` with every node of `type` in `tree`, in document order, without descending
 * into them. Iterative and allocation-light: unist-util-visit keeps an ancestor stack per node,
 * which dominated the run time on large drafts.
 */
export function forEachNodeOfType<T extends Node>(
  tree: Node,
  type: string,
  callback: (node: T) => void,
): void {
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Node
    if (node.type === type) {
      callback(node as T)
      continue
    }
    const children = (node as Node & { children?: Node[] }).children
    if (children)
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node)
  }
}

/** Calls `callback` with every node in `tree` (in no particular order). */
export function forEachNode(tree: Node, callback: (node: Node) => void): void {
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Node
    callback(node)
    const children = (node as Node & { children?: Node[] }).children
    if (children) for (const child of children) stack.push(child)
  }
}

/**
 * A root holding only the sentences of `tree` that `predicate` accepts (the same nodes, so
 * positions and siblings are intact): retext plugins that look at a few words of each sentence
 * through unist-util-visit then walk a fraction of the tree.
 */
export function rootOfSentences(tree: Root, predicate: (sentence: Sentence) => boolean): Root {
  const sentences: Sentence[] = []
  forEachNodeOfType<Sentence>(tree, 'SentenceNode', (sentence) => {
    if (predicate(sentence)) sentences.push(sentence)
  })
  return { type: 'RootNode', children: [{ type: 'ParagraphNode', children: sentences }] }
}

/** A word's text: its children's values joined, as nlcst-to-string gives it, without recursion. */
export function wordText(word: Word): string {
  let text = ''
  for (const child of word.children) text += child.value
  return text
}
