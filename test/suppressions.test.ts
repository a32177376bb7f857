import { describe, expect, it } from 'vitest'
import { parseDirective } from '../src/suppressions.js'
import { checkDraft, type Place, placesOf } from './check-draft.js'

describe('parseDirective', () => {
  it.each([
    [' proofread-disable ', { kind: 'disable', words: [] }],
    ['proofread-enable', { kind: 'enable', words: [] }],
    [' proofread-disable-next-line ', { kind: 'disable-next-line', words: [] }],
    [' proofread-ignore EnroChat Lemont ', { kind: 'ignore', words: ['EnroChat', 'Lemont'] }],
    [' proofread-ignore EnroChat, Europl ', { kind: 'ignore', words: ['EnroChat', 'Europl'] }],
    ['\nproofread-ignore\n  EnroChat\n', { kind: 'ignore', words: ['EnroChat'] }],
  ])('reads %j', (comment, directive) => {
    expect(parseDirective(comment, 3, 4)).toEqual({ ...directive, line: 3, endLine: 4 })
  })

  it.each([' a note ', ' proofread-disabled ', ' eslint-disable ', ' see proofread-disable '])(
    'does not read %j as a directive',
    (comment) => {
      expect(parseDirective(comment, 1, 1)).toBeUndefined()
    },
  )
})

// Each row: the directive, a draft, and the [word, line, column] of the findings left.
const markdown: [string, string, Place[]][] = [
  [
    'proofread-disable … proofread-enable',
    'EnroChat one.\n\n<!-- proofread-disable -->\n\nEnroChat two.\n\nEuropl three.\n\n<!-- proofread-enable -->\n\nEnroChat four.\n',
    [
      ['EnroChat', 1, 1],
      ['EnroChat', 11, 1],
    ],
  ],
  [
    'proofread-disable without an enable (to the end)',
    'Europl one.\n\n<!-- proofread-disable -->\n\nEnroChat two.\n\nEnroChat three.\n',
    [['Europl', 1, 1]],
  ],
  [
    'proofread-disable-next-line',
    '<!-- proofread-disable-next-line -->\nEnroChat and EnroChat here.\nEuropl after.\n',
    [['Europl', 3, 1]],
  ],
  [
    'proofread-disable-next-line over a blank line',
    '<!-- proofread-disable-next-line -->\n\nEnroChat here.\n\nEuropl after.\n',
    [['Europl', 5, 1]],
  ],
  [
    'proofread-disable-next-line written over several lines',
    '<!--\nproofread-disable-next-line\n-->\nEnroChat here.\nEuropl after.\n',
    [['Europl', 5, 1]],
  ],
  [
    'proofread-ignore, for words anywhere in the file',
    'EnroChat before.\n\n<!-- proofread-ignore EnroChat Lemont -->\n\nEnroChat and Europl and Lemnt.\n',
    [
      ['Europl', 5, 14],
      ['Lemnt', 5, 25],
    ],
  ],
  [
    'proofread-ignore inline in a paragraph',
    'The EnroChat <!-- proofread-ignore EnroChat --> network and Europl.\n',
    [['Europl', 1, 61]],
  ],
  [
    'proofread-disable inside front matter prose lines',
    '---\ntitle: How EnroChat fell\n---\n\n<!-- proofread-disable-next-line -->\n# EnroChat\n\nEuropl.\n',
    [
      ['EnroChat', 2, 12],
      ['Europl', 8, 1],
    ],
  ],
]

const notDirectives: [string, string, Place[]][] = [
  [
    'a directive in a fenced code block',
    '```html\n<!-- proofread-disable -->\n```\n\nEnroChat here.\n',
    [['EnroChat', 5, 1]],
  ],
  [
    'a directive in an indented code block',
    'Example:\n\n    <!-- proofread-disable -->\n\nEnroChat here.\n',
    [['EnroChat', 5, 1]],
  ],
  [
    'a directive in inline code',
    'Write `<!-- proofread-disable -->` to stop.\n\nEnroChat here.\n',
    [['EnroChat', 3, 1]],
  ],
  [
    'an ignore directive in a fenced code block',
    '```\n<!-- proofread-ignore EnroChat -->\n```\n\nEnroChat here.\n',
    [['EnroChat', 5, 1]],
  ],
  [
    'an ordinary comment',
    '<!-- proofread: disable this later -->\nEnroChat here.\n',
    [['EnroChat', 2, 1]],
  ],
]

describe('inline control in Markdown', () => {
  it.each(markdown)('honours %s', async (_directive, draft, places) => {
    expect(placesOf(await checkDraft('draft.md', draft))).toEqual(places)
  })

  it.each(notDirectives)('ignores %s', async (_case, draft, places) => {
    expect(placesOf(await checkDraft('draft.md', draft))).toEqual(places)
  })
})

const html: [string, string, Place[]][] = [
  [
    'proofread-disable … proofread-enable',
    '<p>EnroChat one.</p>\n<!-- proofread-disable -->\n<p>EnroChat two.</p>\n<!-- proofread-enable -->\n<p>Europl three.</p>\n',
    [
      ['EnroChat', 1, 4],
      ['Europl', 5, 4],
    ],
  ],
  [
    'proofread-disable-next-line',
    '<!-- proofread-disable-next-line -->\n<p>EnroChat a</p>\n<p>Europl b</p>\n',
    [['Europl', 3, 4]],
  ],
  [
    'proofread-ignore',
    '<p>EnroChat and Europl.</p>\n<!-- proofread-ignore EnroChat -->\n',
    [['Europl', 1, 17]],
  ],
  [
    'a comment in <pre>, which HTML still parses as a comment',
    '<pre><!-- proofread-disable-next-line --></pre>\n<p>EnroChat a</p>\n<p>Europl b</p>\n',
    [['Europl', 3, 4]],
  ],
]

const htmlNotDirectives: [string, string, Place[]][] = [
  [
    'an escaped directive in <pre>',
    '<pre>&lt;!-- proofread-disable --&gt;</pre>\n<p>EnroChat a</p>\n',
    [['EnroChat', 2, 4]],
  ],
  [
    'a directive in a <script> string',
    "<script>const s = '<!-- proofread-disable -->'</script>\n<p>EnroChat a</p>\n",
    [['EnroChat', 2, 4]],
  ],
]

describe('inline control in HTML', () => {
  it.each(html)('honours %s', async (_directive, draft, places) => {
    expect(placesOf(await checkDraft('page.html', draft))).toEqual(places)
  })

  it.each(htmlNotDirectives)('ignores %s', async (_case, draft, places) => {
    expect(placesOf(await checkDraft('page.html', draft))).toEqual(places)
  })
})

describe('comments in plain text', () => {
  it('are not directives', async () => {
    const draft = '<!-- proofread-disable -->\nEnroChat here.\n'
    expect(placesOf(await checkDraft('draft.txt', draft))).toEqual([['EnroChat', 2, 1]])
  })
})

// `[sic]` rows: the file name, the draft and the findings left.
const sic: [string, string, Place[]][] = [
  ['draft.txt', 'He wrote “EnroChat [sic]” and EnroChat.\n', [['EnroChat', 1, 31]]],
  ['draft.txt', 'EnroChat[sic] and Europl [SIC] stay.\n', []],
  ['draft.txt', 'The EnroChat’s [sic] phones.\n', []],
  ['draft.txt', "The EnroChat's [sic] phones.\n", []],
  ['draft.txt', 'EnroChat, [sic] is not directly followed.\n', [['EnroChat', 1, 1]]],
  ['draft.txt', 'Europl [sic] EnroChat but not the next word.\n', [['EnroChat', 1, 14]]],
  ['draft.md', '> He wrote EnroChat [sic] twice.\n\n# Europl [sic]\n', []],
  ['draft.md', '- EnroChat [sic] and Europl.\n', [['Europl', 1, 22]]],
  ['draft.md', '---\ntitle: EnroChat [sic] fell\n---\n', []],
  ['page.html', '<p>He wrote EnroChat [sic] and Europl.</p>\n', [['Europl', 1, 32]]],
  ['page.html', '<p><img alt="An EnroChat [sic] phone"></p>\n', []],
]

describe('[sic]', () => {
  it.each(sic)('in %s: %j', async (fileName, draft, places) => {
    expect(placesOf(await checkDraft(fileName, draft))).toEqual(places)
  })

  it.each([
    ['draft.md', 'He wrote *EnroChat* [sic] today.\n'],
    ['page.html', '<p>He wrote <em>EnroChat</em> [sic] today.</p>\n'],
  ])('in %s: accepts a marked-up word followed by [sic] in %j', async (fileName, draft) => {
    expect(await checkDraft(fileName, draft)).toEqual([])
  })

  it('accepts [sic] at the start of the next line of the paragraph', async () => {
    expect(await checkDraft('draft.md', 'He wrote EnroChat\n[sic] today.\n')).toEqual([])
  })
})
