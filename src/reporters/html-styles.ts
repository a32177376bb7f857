/**
 * The HTML report's stylesheet, inlined so the page needs nothing from the network. Tooltips show
 * on hover and on keyboard focus through CSS alone.
 */
export const htmlStyles = `
:root { color-scheme: light; --error: #b42318; --warning: #b54708; --info: #175cd3; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2939; background: #f9fafb; }
header, main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem; }
header { border-bottom: 1px solid #eaecf0; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.125rem; margin: 0 0 .5rem; overflow-wrap: anywhere; }
.summary { margin: 0; }
.count-error { color: var(--error); font-weight: 600; }
.count-warning { color: var(--warning); font-weight: 600; }
.count-info { color: var(--info); font-weight: 600; }
section { background: #fff; border: 1px solid #eaecf0; border-radius: 8px; padding: 1rem 1.25rem; margin: 1rem 0; }
.tally ol { margin: 0; padding-left: 1.5rem; columns: 16rem; }
.tally .actual { font-weight: 600; color: var(--error); }
.tally .expected { font-weight: 600; color: #067647; }
.source { font: 14px/1.6 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; border-top: 1px solid #eaecf0; padding-top: .5rem; }
.line { display: flex; min-height: 1.6em; }
.ln { flex: none; width: 3.5em; padding-right: 1em; text-align: right; color: #98a2b3; user-select: none; }
.lt { flex: 1; white-space: pre-wrap; overflow-wrap: anywhere; }
.hl { position: relative; }
mark.finding, mark.finding-cont { background: #fef0c7; color: inherit; border-bottom: 2px solid var(--warning); border-radius: 2px; }
mark.error { background: #fee4e2; border-bottom-color: var(--error); }
mark.info { background: #d1e9ff; border-bottom-color: var(--info); }
mark.finding { cursor: help; }
mark.finding:focus { outline: 2px solid #1d2939; outline-offset: 1px; }
.tip { position: absolute; left: 0; top: calc(100% + 6px); z-index: 10; width: max-content; max-width: min(26rem, 80vw);
  padding: .5rem .75rem; border-radius: 6px; background: #1d2939; color: #fff; font: 14px/1.4 system-ui, sans-serif;
  white-space: normal; box-shadow: 0 4px 12px rgb(0 0 0 / .2); visibility: hidden; opacity: 0; transition: opacity .1s; }
.tip .rule { display: block; color: #d0d5dd; font-size: 12px; }
.tip .suggestions { display: block; margin-top: .25rem; }
.tip b { color: #a6f4c5; }
mark.finding:hover + .tip, mark.finding:focus + .tip { visibility: visible; opacity: 1; }
.findings { margin: .75rem 0 0; padding-left: 1.5rem; font-size: 14px; }
.findings a { color: inherit; }
.clean ul { margin: 0; padding-left: 1.5rem; }
.missing { color: #667085; font-style: italic; }
`
