import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Chalk } from 'chalk'
import { chromium } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { htmlReporter } from '../../src/reporters/html.js'
import type { FileResult, ReporterOptions } from '../../src/types.js'
import { makeFinding, makeResult } from '../helpers.js'

const chromiumPath = '/usr/bin/chromium'
const hasChromium = existsSync(chromiumPath)

function render(results: readonly FileResult[], sources: Record<string, string> = {}): string {
  const options: ReporterOptions = {
    chalk: new Chalk({ level: 0 }),
    sources: new Map(Object.entries(sources)),
  }
  return htmlReporter(results, options)
}

function lineHtml(html: string, number: number): string | undefined {
  const pattern = new RegExp(
    `<div class="line"><span class="ln" aria-hidden="true">${number}</span><span class="lt">([\\s\\S]*?)</span></div>`,
  )
  return pattern.exec(html)?.[1]
}

const draft = [
  '# Inside EnroChat',
  '',
  'Police cracked EnroChat in 2020; teh network had 60,000 users.',
  'Its <script>alert("x")</script> & "quotes" stay text.',
].join('\n')

const draftResult = makeResult('drafts/encrochat.md', [
  makeFinding({ line: 1, column: 10 }),
  makeFinding({ line: 3, column: 16 }),
  makeFinding({
    line: 3,
    column: 34,
    severity: 'error',
    ruleId: 'spelling',
    actual: 'teh',
    expected: ['the', 'tech'],
  }),
])

describe('htmlReporter', () => {
  it('highlights each finding at its line and column, with its rule, title and tooltip', () => {
    const html = render([draftResult], { 'drafts/encrochat.md': draft })
    expect(lineHtml(html, 1)).toBe(
      '# Inside <span class="hl"><mark class="warning finding" data-rule="proper-noun" id="f1-1" tabindex="0" title="Unexpected `EnroChat`, expected `EncroChat`\nSuggestions: EncroChat" aria-describedby="f1-1-tip">EnroChat</mark>' +
        '<span class="tip" role="tooltip" id="f1-1-tip"><span class="rule">warning · proper-noun</span>Unexpected `EnroChat`, expected `EncroChat`<span class="suggestions">Suggestions: <b>EncroChat</b></span></span></span>',
    )
    expect(lineHtml(html, 2)).toBe('')
    const line3 = lineHtml(html, 3) ?? ''
    expect(line3.match(/<mark [^>]*>[^<]*<\/mark>/g)).toEqual([
      expect.stringMatching(/ id="f1-2" [\s\S]*>EnroChat<\/mark>$/),
      expect.stringMatching(
        /^<mark class="error finding" data-rule="spelling" id="f1-3" [\s\S]*>teh<\/mark>$/,
      ),
    ])
    expect(line3.startsWith('Police cracked <span class="hl">')).toBe(true)
    expect(line3).toContain('</span> in 2020; <span class="hl">')
    expect(line3.endsWith('</span></span> network had 60,000 users.')).toBe(true)
  })

  it('escapes the draft, so markup in it shows as text and the page runs no script', () => {
    const html = render([draftResult], { 'drafts/encrochat.md': draft })
    expect(lineHtml(html, 4)).toBe(
      'Its &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot; stay text.',
    )
    expect(html).not.toMatch(/<script/i)
  })

  it('escapes paths, reasons and suggestions', () => {
    const finding = makeFinding({
      actual: '<b>',
      expected: ['"x" & y'],
      reason: 'Unexpected `<b>`, expected `"x" & y`',
    })
    const html = render([makeResult('<i>.md', [finding])], { '<i>.md': '<b> here' })
    expect(html).toContain('<h2 id="f1-title">&lt;i&gt;.md <small>(1 finding)</small></h2>')
    expect(html).toContain('aria-describedby="f1-1-tip">&lt;b&gt;</mark>')
    expect(html).toContain('title="Unexpected `&lt;b&gt;`, expected `&quot;x&quot; &amp; y`\n')
    expect(html).not.toContain('<b>"x"')
  })

  it('counts columns in UTF-16 code units, as findings do', () => {
    const source = '😀 café EnroChat'
    const finding = makeFinding({ column: 9 })
    const html = render([makeResult('a.md', [finding])], { 'a.md': source })
    expect(lineHtml(html, 1)).toMatch(/^😀 café <span class="hl"><mark [^>]*>EnroChat<\/mark>/)
  })

  it('splits CRLF drafts into lines and highlights a finding that spans two lines on both', () => {
    const source = 'One Enro\r\nChat two\r\nthree'
    const finding = makeFinding({
      line: 1,
      column: 5,
      endLine: 2,
      endColumn: 5,
      actual: 'Enro\nChat',
    })
    const html = render([makeResult('a.md', [finding])], { 'a.md': source })
    expect(lineHtml(html, 1)).toMatch(
      /^One <span class="hl"><mark class="warning finding" [^>]*>Enro<\/mark>/,
    )
    expect(lineHtml(html, 2)).toBe(
      '<mark class="warning finding-cont" data-rule="proper-noun">Chat</mark> two',
    )
    expect(lineHtml(html, 3)).toBe('three')
  })

  it('summarises files and findings by severity in the header', () => {
    const html = render([draftResult, makeResult('drafts/clean.md')], {})
    expect(html).toContain(
      '<p class="summary">2 files checked, 3 findings: <span class="count-error">1 error</span>, <span class="count-warning">2 warnings</span>, <span class="count-info">0 info</span></p>',
    )
    expect(html).toContain('<h2 id="clean-title">No findings (1 file)</h2>')
    expect(html).toContain('<li>drafts/clean.md</li>')
  })

  it('tallies flagged words across files, most frequent first, with the usual suggestion', () => {
    const results = [
      makeResult('a.md', [
        makeFinding({ actual: 'teh', expected: ['the'] }),
        makeFinding({}),
        makeFinding({}),
      ]),
      makeResult('b.md', [makeFinding({}), makeFinding({ actual: 'Lemont', expected: [] })]),
    ]
    const html = render(results)
    const items = html
      .match(/<section class="tally"[\s\S]*?<\/section>/)?.[0]
      .match(/<li>.*<\/li>/g)
    expect(items).toEqual([
      '<li><span class="actual">EnroChat</span> ×3 → <span class="expected">EncroChat</span></li>',
      '<li><span class="actual">Lemont</span> ×1</li>',
      '<li><span class="actual">teh</span> ×1 → <span class="expected">the</span></li>',
    ])
  })

  it('lists findings even when the text of a file is not available', () => {
    const html = render([draftResult])
    expect(html).toContain('<p class="missing">The text of this file is not available.</p>')
    expect(html).toContain(
      '<li><a href="#f1-3">3:34</a> Unexpected `teh`, expected `the` (spelling)</li>',
    )
  })

  it('loads nothing from outside the page', () => {
    const html = render([draftResult], { 'drafts/encrochat.md': draft })
    expect(html).not.toMatch(/<link|<img|<iframe|\bsrc=|url\(|@import|https?:/i)
  })

  it.skipIf(!hasChromium)(
    hasChromium
      ? 'shows highlights and a tooltip on keyboard focus in headless Chromium'
      : `shows highlights in headless Chromium: SKIPPED, no ${chromiumPath} (apt-get install chromium)`,
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'proofread-html-'))
      const file = join(dir, 'report.html')
      const other = makeResult('drafts/other.md', [makeFinding({ line: 2, column: 1 })])
      await writeFile(
        file,
        render([draftResult, other, makeResult('drafts/clean.md')], {
          'drafts/encrochat.md': draft,
          'drafts/other.md': 'A second draft.\nEnroChat again, and again.',
        }),
      )
      const browser = await chromium.launch({
        executablePath: chromiumPath,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      })
      try {
        const page = await browser.newPage({ viewport: { width: 1000, height: 900 } })
        const requests: string[] = []
        page.on('request', (request) => requests.push(request.url()))
        await page.goto(pathToFileURL(file).href)

        const marks = page.locator('mark.finding')
        expect(await marks.allTextContents()).toEqual(['EnroChat', 'EnroChat', 'teh', 'EnroChat'])
        expect(await page.locator('.tally li').first().textContent()).toBe(
          'EnroChat ×3 → EncroChat',
        )
        expect(await page.locator('.line .lt').nth(3).textContent()).toBe(
          'Its <script>alert("x")</script> & "quotes" stay text.',
        )

        const tip = page.locator('#f1-3-tip')
        await expect.poll(() => tip.isVisible()).toBe(false)
        await page.keyboard.press('Tab')
        await page.keyboard.press('Tab')
        await page.keyboard.press('Tab')
        // A string, because this project's TypeScript has no DOM types.
        expect(await page.evaluate('document.activeElement.id')).toBe('f1-3')
        await expect.poll(() => tip.isVisible()).toBe(true)
        expect(await tip.textContent()).toBe(
          'error · spellingUnexpected `teh`, expected `the`Suggestions: the, tech',
        )

        await page.screenshot({ path: join(dir, 'report.png'), fullPage: true })
        expect(requests).toEqual([pathToFileURL(file).href])
      } finally {
        await browser.close()
      }
    },
  )
})
