import type { Root, Source, Word } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { notProse } from '../src/not-prose.js'

/** The words and the not-prose sources of `text` after the notProse plugin has run. */
async function classify(text: string) {
  const processor = unified().use(retextEnglish).use(notProse)
  const tree = (await processor.run(processor.parse(text))) as Root
  const words: string[] = []
  const sources: string[] = []
  visit(tree, (node) => {
    if (node.type === 'WordNode') words.push(nlcstToString(node as Word))
    if (node.type === 'SourceNode') sources.push((node as Source).value)
  })
  return { words, sources }
}

describe('notProse', () => {
  it.each([
    ['a hashtag', 'Tagged #EncroChat today.', '#EncroChat'],
    ['a hashtag that misspells a name', 'Tagged #Europl today.', '#Europl'],
    ['a file name', 'Open report.pdf now.', 'report.pdf'],
    ['a bare domain', 'Hackread.com reported it.', 'Hackread.com'],
    ['a word with an underscore', 'See justice_gouv now.', 'justice_gouv'],
  ])('turns %s into source', async (_name, text, source) => {
    const { words, sources } = await classify(text)
    expect(sources).toEqual([source])
    expect(words.join(' ')).not.toContain(source.replace('#', ''))
  })

  it('keeps abbreviations such as U.S. as words', async () => {
    const { sources } = await classify('The U.S. and e.g. Europe.')
    expect(sources).toEqual([])
  })

  it('keeps a word at the end of a sentence as a word', async () => {
    const { words, sources } = await classify('It hit EncroChat. Then Europol.')
    expect(sources).toEqual([])
    expect(words).toEqual(['It', 'hit', 'EncroChat', 'Then', 'Europol'])
  })

  it('keeps a lone # as punctuation and the next word as a word when there is a space', async () => {
    const { words, sources } = await classify('Number # one.')
    expect(sources).toEqual([])
    expect(words).toContain('one')
  })

  it('places the source where its text is', async () => {
    const processor = unified().use(retextEnglish).use(notProse)
    const tree = (await processor.run(processor.parse('Tagged #Europl today.'))) as Root
    const positions: [number | undefined, number | undefined][] = []
    visit(tree, 'SourceNode', (node: Source) => {
      positions.push([node.position?.start.offset, node.position?.end.offset])
    })
    expect(positions).toEqual([[7, 14]])
  })
})
