import { describe, expect, it } from 'vitest'
import { run } from '../src/cli.js'
import { syntaxFor } from '../src/markup.js'
import type { FileResult } from '../src/types.js'
import { checkDraft, type Place, placesOf } from './check-draft.js'
import { makeIo } from './helpers.js'

describe('syntaxFor', () => {
  it.each([
    ['draft.md', 'markdown'],
    ['draft.markdown', 'markdown'],
    ['DRAFT.MD', 'markdown'],
    ['page.html', 'html'],
    ['page.htm', 'html'],
    ['Page.HTML', 'html'],
    ['draft.txt', 'text'],
    ['draft.mdx', 'text'],
    ['README', 'text'],
    ['<stdin>', 'text'],
  ])('reads %s as %s', (fileName, syntax) => {
    expect(syntaxFor(fileName)).toBe(syntax)
  })
})

// Each row: what the construct is, the draft, and the [word, line, column] of every finding.
const checkedMarkdown: [string, string, Place[]][] = [
  ['an ATX heading', '# The fall of EnroChat\n', [['EnroChat', 1, 15]]],
  ['a setext heading', 'EnroChat falls\n==============\n', [['EnroChat', 1, 1]]],
  [
    'link text',
    'Read the [EnroChat files](https://example.com/files) now.\n',
    [['EnroChat', 1, 11]],
  ],
  [
    'the text of a reference link',
    'See [the EnroChat files][ref] now.\n\n[ref]: https://example.com/files\n',
    [['EnroChat', 1, 10]],
  ],
  ['a list item', 'Intro:\n\n- Europl coordinated it.\n', [['Europl', 3, 3]]],
  ['a list item after a tab', 'Intro:\n\n-\tEuropl coordinated it.\n', [['Europl', 3, 3]]],
  [
    'a nested list in a blockquote',
    '> - EnroChat was read\n>   - by Europl\n',
    [
      ['EnroChat', 1, 5],
      ['Europl', 2, 10],
    ],
  ],
  [
    'table cells, header and body',
    '| Agency | Europl role |\n| --- | --- |\n| Europl | read EnroChat |\n',
    [
      ['Europl', 1, 12],
      ['Europl', 3, 3],
      ['EnroChat', 3, 17],
    ],
  ],
  ['a blockquote', '> Every EnroChat phone was read.\n', [['EnroChat', 1, 9]]],
  [
    'emphasis and strong text',
    'The *EnroChat* and **Europl** cases.\n',
    [
      ['EnroChat', 1, 6],
      ['Europl', 1, 22],
    ],
  ],
  ['image alt text', '![A seized EnroChat handset](images/phone.jpg)\n', [['EnroChat', 1, 12]]],
  ['a footnote', 'The network fell.[^1]\n\n[^1]: EnroChat was read.\n', [['EnroChat', 3, 7]]],
  ['a line after a hard break', 'One line\\\nEnroChat here.\n', [['EnroChat', 2, 1]]],
  ['a word after an emoji (UTF-16 columns)', 'A 📱 EnroChat phone.\n', [['EnroChat', 1, 6]]],
  [
    'CRLF lines, front matter and body',
    '---\r\ntitle: An EnroChat story\r\n---\r\n\r\n# Europl\r\n',
    [
      ['EnroChat', 2, 11],
      ['Europl', 5, 3],
    ],
  ],
]

const checkedFrontMatter: [string, string, Place[]][] = [
  ['a plain title', '---\ntitle: How EnroChat fell\n---\n\nThe end.\n', [['EnroChat', 2, 12]]],
  [
    'a double-quoted description',
    '---\ndescription: "Europl read the messages"\n---\n',
    [['Europl', 2, 15]],
  ],
  ['a single-quoted summary', "---\nsummary: 'Europl read them'\n---\n", [['Europl', 2, 11]]],
  [
    'a folded block description',
    '---\ndescription: >\n  The agency said\n  EnroChat ended.\n---\n',
    [['EnroChat', 4, 3]],
  ],
  ['a literal block title', '---\ntitle: |\n  Europl\n---\n', [['Europl', 3, 3]]],
  [
    'a plain scalar over two lines',
    '---\ndescription: The agency said\n  EnroChat ended.\n---\n',
    [['EnroChat', 3, 3]],
  ],
]

const uncheckedMarkdown: [string, string][] = [
  ['a fenced code block', '```sh\nenrochat-dump --from EnroChat --to Europl\n```\n'],
  ['an indented code block', 'Code:\n\n    const EnroChat = Europl\n'],
  ['inline code', 'Run `EnroChat --to Europl` now.\n'],
  ['a link target', 'Read [the files](https://example.com/EnroChat) now.\n'],
  ['a link title', 'Read [the files](https://example.com "EnroChat") now.\n'],
  ['an image target and title', '![A phone](images/EnroChat.jpg "Europl")\n'],
  ['a URL autolink', 'See <https://example.com/EnroChat> now.\n'],
  ['an autolink with another scheme', 'See <irc:EnroChat> now.\n'],
  ['an email autolink', 'Write to <press@EnroChat.example> now.\n'],
  ['a GFM literal autolink', 'See www.EnroChat.example now.\n'],
  ['a link definition', 'See [the files][ref].\n\n[ref]: https://EnroChat.example "Europl"\n'],
  ['an inline HTML tag and its attributes', 'A <span title="EnroChat">clean</span> word.\n'],
  ['an HTML img in Markdown', 'A photo:\n\n<img alt="EnroChat" src="EnroChat.jpg">\n'],
  ['an HTML comment', '<!-- EnroChat and Europl -->\n\nThe end.\n'],
  [
    'front-matter keys that are not prose',
    '---\ntags: [EnroChat, Europl]\nauthor: Europl\nslug: enrochat-hack\n---\n\nThe end.\n',
  ],
  ['a prose key whose value is not a string', '---\ntitle: [EnroChat]\n---\n\nThe end.\n'],
]

describe('Markdown', () => {
  it.each(checkedMarkdown)('checks %s', async (_construct, draft, places) => {
    expect(placesOf(await checkDraft('draft.md', draft))).toEqual(places)
  })

  it.each(checkedFrontMatter)('checks front matter: %s', async (_construct, draft, places) => {
    expect(placesOf(await checkDraft('draft.md', draft))).toEqual(places)
  })

  it.each(uncheckedMarkdown)('does not check %s', async (_construct, draft) => {
    expect(await checkDraft('draft.md', draft)).toEqual([])
  })

  it('checks the same constructs when the draft is plain text', async () => {
    // Shows the Markdown rows above would be flagged if they were read as prose.
    const findings = await checkDraft('draft.txt', 'Run `EnroChat --to Europl` now.\n')
    expect(placesOf(findings)).toEqual([
      ['EnroChat', 1, 6],
      ['Europl', 1, 20],
    ])
  })

  it('checks the front-matter keys configured as prose, and only those', async () => {
    const draft = '---\ntitle: EnroChat\nheadline: Europl read it\n---\n'
    const findings = await checkDraft('draft.md', draft, { frontMatterKeys: ['headline'] })
    expect(placesOf(findings)).toEqual([['Europl', 3, 11]])
  })

  it('reads --- after the first line as a thematic break, not front matter', async () => {
    const draft = 'The end.\n\n---\n\nTitle: EnroChat\n'
    expect(placesOf(await checkDraft('draft.md', draft))).toEqual([['EnroChat', 5, 8]])
  })

  it('checks link text that the URL happens to end with', async () => {
    const draft = 'Read [EnroChat](https://en.wikipedia.org/wiki/EnroChat) today.\n'
    expect(placesOf(await checkDraft('draft.md', draft))).toEqual([['EnroChat', 1, 7]])
  })

  it('points past character references into the original file', async () => {
    const findings = await checkDraft('draft.md', 'Cafe &amp; bar &eacute; EnroChat\n')
    expect(placesOf(findings).filter(([word]) => word === 'EnroChat')).toEqual([
      ['EnroChat', 1, 25],
    ])
  })

  it('points past backslash escapes into the original file', async () => {
    expect(placesOf(await checkDraft('draft.md', 'A \\* and \\_ EnroChat\n'))).toEqual([
      ['EnroChat', 1, 13],
    ])
  })

  it('checks the title of TOML front matter', async () => {
    const draft = '+++\ntitle = "How EnroChat fell"\n+++\n\nThe end.\n'
    expect(placesOf(await checkDraft('draft.md', draft))).toEqual([['EnroChat', 2, 14]])
  })

  it('checks the text inside a raw HTML block', async () => {
    const draft = '<div class="note">\nEnroChat was read.\n</div>\n'
    expect(placesOf(await checkDraft('draft.md', draft))).toEqual([['EnroChat', 2, 1]])
  })

  // mdast-util-to-nlcst leaves the full stop inside these words (`x.`, and `end.` when the next
  // paragraph starts in lower case); they must not be flagged with it.
  it.each(['Europol saw x.\n', 'The end.\n\ntitle: here\n'])(
    'does not flag a word with its full stop in %j',
    async (draft) => {
      expect(await checkDraft('draft.txt', draft)).toEqual([])
      expect(await checkDraft('draft.md', draft)).toEqual([])
    },
  )
})

const checkedHtml: [string, string, Place[]][] = [
  ['a heading', '<h1>The fall of EnroChat</h1>\n', [['EnroChat', 1, 17]]],
  [
    'link text',
    '<p>Read the <a href="https://example.com/x">EnroChat files</a>.</p>\n',
    [['EnroChat', 1, 45]],
  ],
  [
    'list items',
    '<ul>\n<li>Europl coordinated it.</li>\n<li>EnroChat fell.</li>\n</ul>\n',
    [
      ['Europl', 2, 5],
      ['EnroChat', 3, 5],
    ],
  ],
  [
    'table cells',
    '<table>\n<tr><th>Europl</th></tr>\n<tr><td>read EnroChat</td></tr>\n</table>\n',
    [
      ['Europl', 2, 9],
      ['EnroChat', 3, 14],
    ],
  ],
  [
    'a blockquote',
    '<blockquote><p>Every EnroChat phone.</p></blockquote>\n',
    [['EnroChat', 1, 22]],
  ],
  ['text in a div and span', '<div>Intro <span>EnroChat</span></div>\n', [['EnroChat', 1, 18]]],
  ['text after a line break', '<p>One line<br>EnroChat here</p>\n', [['EnroChat', 1, 16]]],
  ['a paragraph over two lines', '<p>One line\n   and EnroChat here</p>\n', [['EnroChat', 2, 8]]],
  [
    'alt text in double quotes',
    '<p><img src="x.jpg" alt="A seized EnroChat handset"></p>\n',
    [['EnroChat', 1, 35]],
  ],
  ['alt text in single quotes', "<p><img alt='Europl' src='x.jpg'></p>\n", [['Europl', 1, 14]]],
  ['an upper-case ALT attribute', '<p><IMG ALT="Europl"></p>\n', [['Europl', 1, 14]]],
  [
    'alt text of an image outside a paragraph',
    '<body>\n<img alt="EnroChat" src="x.jpg">\n</body>\n',
    [['EnroChat', 2, 11]],
  ],
  ['CRLF lines', '<p>x</p>\r\n<p>An EnroChat.</p>\r\n', [['EnroChat', 2, 7]]],
  ['a word after an emoji (UTF-16 columns)', '<p>A 📱 EnroChat.</p>\n', [['EnroChat', 1, 9]]],
]

const uncheckedHtml: [string, string][] = [
  ['<script>', "<script>const EnroChat = { agency: 'Europl' }</script>\n"],
  ['<style>', '<style>.EnroChat::before { content: "Europl"; }</style>\n'],
  ['<pre>', '<pre>enrochat-dump --from EnroChat --to Europl</pre>\n'],
  ['<code>', '<p>Run <code>EnroChat --to Europl</code> now.</p>\n'],
  ['<code> in <pre>', '<pre><code>EnroChat --to Europl</code></pre>\n'],
  ['<template>', '<template><p>EnroChat</p></template>\n'],
  ['a comment', '<!-- <p>EnroChat and Europl</p> -->\n'],
  ['attributes other than alt', '<p title="EnroChat" class="Europl">The end.</p>\n'],
  ['link targets', '<p><a href="https://example.com/EnroChat">The files</a>.</p>\n'],
  ['image sources', '<p><img src="EnroChat.jpg" alt="A phone"></p>\n'],
]

describe('HTML', () => {
  it.each(checkedHtml)('checks %s', async (_construct, draft, places) => {
    expect(placesOf(await checkDraft('page.html', draft))).toEqual(places)
  })

  it.each(uncheckedHtml)('does not check %s', async (_construct, draft) => {
    expect(await checkDraft('page.html', draft)).toEqual([])
  })

  it('reads .htm files as HTML', async () => {
    expect(await checkDraft('page.htm', '<p><code>EnroChat</code> ran.</p>\n')).toEqual([])
  })

  it('checks the alt attribute, not data-alt', async () => {
    const draft = '<p><img data-alt="fine" alt="EnroChat one"></p>\n'
    expect(placesOf(await checkDraft('page.html', draft))).toEqual([['EnroChat', 1, 30]])
  })

  it('checks an unquoted alt attribute', async () => {
    const draft = '<p><img alt=EnroChat src=x.jpg></p>\n'
    expect(placesOf(await checkDraft('page.html', draft))).toEqual([['EnroChat', 1, 13]])
  })

  it('decodes character references in alt text', async () => {
    const draft = '<p><img alt="Cafe &amp; bar" src=x.jpg></p>\n'
    expect(await checkDraft('page.html', draft)).toEqual([])
  })

  it('points past character references into the original file', async () => {
    const findings = await checkDraft('page.html', '<p>Cafe &amp; bar EnroChat</p>\n')
    expect(placesOf(findings)).toEqual([['EnroChat', 1, 19]])
  })

  it('checks the document <title>', async () => {
    const draft = '<html><head><title>How EnroChat fell</title></head><body></body></html>\n'
    expect(placesOf(await checkDraft('page.html', draft))).toEqual([['EnroChat', 1, 24]])
  })
})

describe('stdin', () => {
  async function checkStdin(text: string, stdinFilename: string) {
    const { io, stdout } = makeIo({ stdin: text })
    const code = await run(['--format', 'json', '--stdin-filename', stdinFilename, '-'], io)
    const [result] = JSON.parse(stdout()) as FileResult[]
    return { code, path: result?.path, places: placesOf(result?.messages ?? []) }
  }

  const draft = '# The fall of EnroChat\n\nRun `EnroChat` now.\n'

  it('reads stdin as Markdown with --stdin-filename x.md', async () => {
    expect(await checkStdin(draft, 'x.md')).toEqual({
      code: 1,
      path: 'x.md',
      places: [['EnroChat', 1, 15]],
    })
  })

  it('reads stdin as HTML with --stdin-filename x.html', async () => {
    expect(await checkStdin('<p>Run <code>EnroChat</code> and Europl.</p>\n', 'x.html')).toEqual({
      code: 1,
      path: 'x.html',
      places: [['Europl', 1, 34]],
    })
  })

  it('reads stdin as plain text with --stdin-filename x.txt', async () => {
    expect(await checkStdin(draft, 'x.txt')).toEqual({
      code: 1,
      path: 'x.txt',
      places: [
        ['EnroChat', 1, 15],
        ['EnroChat', 3, 6],
      ],
    })
  })
})
