#!/usr/bin/env node
// Bundles the CLI (src/cli.ts) and its worker threads (src/worker.ts, src/engine/suggest-worker.ts)
// into dist/bundle/ with esbuild, so that `bin/proofread.js` loads a few files instead of ~200
// modules: resolving and loading them was more than half of a small draft's start-up time. `npm run build` runs this
// after tsc; `dist/*.js` stays the library export (and what the tests' built checks use).
//
// Layout: every output sits flat in dist/bundle/, entries and chunks alike, so that the worker
// that parallel.ts starts as `./worker.js` beside its own code is the bundled worker. Files the
// code reads (package.json, dictionaries/, dist/engine/*.bin) are found by src/package-root.ts.
// dictionary-en and dictionary-en-gb stay external: they read their .aff/.dic beside themselves.
import { rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const outdir = join(root, 'dist', 'bundle')

/**
 * fdir (under tinyglobby) loads picomatch at start-up with a require() of its own, made with
 * createRequire(import.meta.url): bundled, that loads picomatch's six files a second time, from
 * node_modules, though tinyglobby never uses fdir's glob option that needs it. Import the bundled
 * picomatch instead.
 */
const fdirPicomatch = {
  name: 'fdir-picomatch',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8')
      const load = '__require.resolve("picomatch");\n\tpm = __require("picomatch");'
      if (!source.includes(load)) {
        throw new Error(`Cannot patch \`${args.path}\`: its picomatch require changed`)
      }
      const contents = `import bundledPicomatch from "picomatch";\n${source.replace(load, 'pm = bundledPicomatch;')}`
      return { contents, loader: 'js' }
    })
  },
}

rmSync(outdir, { recursive: true, force: true })
await build({
  absWorkingDir: root,
  // Flat names: the suggestion worker sits beside the chunk that starts it, like the worker.
  entryPoints: [
    { in: 'src/cli.ts', out: 'cli' },
    { in: 'src/worker.ts', out: 'worker' },
    { in: 'src/engine/suggest-worker.ts', out: 'suggest-worker' },
    { in: 'src/relaunch.ts', out: 'relaunch' },
  ],
  outdir,
  bundle: true,
  // Code splitting keeps the markdown, HTML and nspell paths in chunks loaded on first use.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['dictionary-en', 'dictionary-en-gb'],
  plugins: [fdirPicomatch],
  // CommonJS dependencies (commander) call require() for Node's built-ins, which an ES module
  // lacks; give each output file one.
  banner: {
    js: "import { createRequire as createRequireForBundle } from 'node:module'\nconst require = createRequireForBundle(import.meta.url)",
  },
  sourcemap: 'linked',
  logLevel: 'warning',
})
