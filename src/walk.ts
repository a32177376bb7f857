import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

/** What the inputs of a run expand to. */
export interface ExpandedInputs {
  /** Files to check (relative to the working directory as given, or absolute), and `-` for stdin. */
  paths: string[]
  /** Inputs that name nothing: each message names the input and says why (exit 2). */
  errors: string[]
}

/** Directories a walk never enters. */
const neverWalked = ['**/node_modules/**', '**/.git/**']

/**
 * Expands the inputs of a run: files as given, directories walked for `extensions`, globs
 * matched; the nearest `.proofreadignore` (gitignore syntax) and `ignoreGlobs` apply to what is
 * walked or matched. Symbolic links are not followed, so walks stay inside their root.
 */
export async function expandInputs(
  inputs: readonly string[],
  options: {
    cwd: string
    extensions: readonly string[]
    ignoreGlobs: readonly string[]
    /** The directory `ignoreGlobs` are relative to (the config file's). */
    ignoreBase?: string
  },
): Promise<ExpandedInputs> {
  const { cwd, extensions } = options
  // Globbing and the ignore rules are loaded for a directory or a pattern only: most runs name
  // files, and those modules are a third of the CLI's own code to load.
  let isIgnored: ((file: string) => boolean) | undefined
  const expanded: ExpandedInputs = { paths: [], errors: [] }
  const seen = new Set<string>()
  const add = (file: string): void => {
    const key = path.resolve(cwd, file)
    if (!seen.has(key)) {
      seen.add(key)
      expanded.paths.push(file)
    }
  }
  for (const input of inputs) {
    if (input === '-') {
      add(input)
      continue
    }
    const kind = await kindOf(path.resolve(cwd, input))
    if (kind === 'file') {
      // A file named on the command line is checked even if an ignore rule matches it.
      add(input)
    } else if (kind === 'directory' || (await import('tinyglobby')).isDynamicPattern(input)) {
      const { glob } = await import('tinyglobby')
      isIgnored ??= await loadIgnoreRules(cwd, options)
      const ignored = isIgnored
      const patterns =
        kind === 'directory' ? extensions.map((ext) => `${toGlobPath(input)}/**/*${ext}`) : [input]
      const matches = await glob(patterns, {
        cwd,
        ignore: neverWalked,
        followSymbolicLinks: false,
        dot: false,
        expandDirectories: false,
      })
      const files = matches.filter((file) => !ignored(file)).sort()
      if (files.length === 0) {
        expanded.errors.push(
          kind === 'directory'
            ? `Cannot find drafts in \`${input}\`: no ${extensions.join(', ')} files there`
            : `Cannot find drafts matching \`${input}\`: no file matches`,
        )
      }
      for (const file of files) add(file)
    } else {
      // Reading reports the error (missing, unreadable) with the rest of the run.
      add(input)
    }
  }
  return expanded
}

/**
 * Whether a file is ignored: by the nearest `.proofreadignore` or by `ignoreGlobs`, each set of
 * rules applied to paths relative to its own directory, as in git.
 */
async function loadIgnoreRules(
  cwd: string,
  options: { ignoreGlobs: readonly string[]; ignoreBase?: string },
): Promise<(file: string) => boolean> {
  const { default: ignore } = await import('ignore')
  const rules = [
    await findIgnoreFile(cwd),
    { base: options.ignoreBase ?? cwd, patterns: [...options.ignoreGlobs] },
  ].map(({ base, patterns }) => ({ base, ignorer: ignore().add(patterns) }))
  return (file) =>
    rules.some(({ base, ignorer }) => {
      const relative = path.relative(base, path.resolve(cwd, file)).split(path.sep).join('/')
      return relative !== '' && !relative.startsWith('..') && ignorer.ignores(relative)
    })
}

async function kindOf(file: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    const info = await stat(file)
    return info.isDirectory() ? 'directory' : 'file'
  } catch {
    return 'missing'
  }
}

/** The nearest `.proofreadignore` from `cwd` upward, and the directory it is in. */
async function findIgnoreFile(cwd: string): Promise<{ base: string; patterns: string }> {
  for (let directory = path.resolve(cwd); ; directory = path.dirname(directory)) {
    try {
      return {
        base: directory,
        patterns: await readFile(path.join(directory, '.proofreadignore'), 'utf8'),
      }
    } catch {
      if (path.dirname(directory) === directory) return { base: cwd, patterns: '' }
    }
  }
}

function toGlobPath(directory: string): string {
  return directory.split(path.sep).join('/').replace(/\/+$/, '') || '.'
}
