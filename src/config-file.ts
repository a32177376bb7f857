import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ConfigError } from './errors.js'

/** Config file names looked for in each directory, from the working directory upward. */
export const configFileNames = [
  '.proofreadrc.json',
  '.proofreadrc.yaml',
  '.proofreadrc.yml',
  'proofread.config.json',
  'package.json',
] as const

/** A config file's settings as written (validated later), and where it is. */
export interface ConfigFile {
  path: string
  settings: Record<string, unknown>
}

/**
 * Finds the nearest config file from `cwd` upward (package.json counts only with a `proofread`
 * key), or reads `explicit` when given. Config files are data: JSON or YAML, never code.
 * @throws ConfigError when a file cannot be read or parsed
 */
export async function findConfigFile(
  cwd: string,
  explicit: string | undefined,
): Promise<ConfigFile | undefined> {
  if (explicit) {
    const file = path.resolve(cwd, explicit)
    const settings = await readConfigFile(file, true)
    if (!settings) throw new ConfigError(`Cannot read config \`${explicit}\`: no \`proofread\` key`)
    return { path: file, settings }
  }
  for (let directory = path.resolve(cwd); ; directory = path.dirname(directory)) {
    for (const name of configFileNames) {
      const file = path.join(directory, name)
      const settings = await readConfigFile(file, false)
      if (settings) return { path: file, settings }
    }
    if (path.dirname(directory) === directory) return undefined
  }
}

async function readConfigFile(
  file: string,
  required: boolean,
): Promise<Record<string, unknown> | undefined> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (!required && (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR'))
      return undefined
    throw new ConfigError(
      `Cannot read config \`${file}\`: ${code === 'ENOENT' ? 'no such file' : String(error)}`,
    )
  }
  // The YAML parser is imported only for a YAML config: most runs never need it.
  const parseYaml = /\.ya?ml$/i.test(file) ? (await import('yaml')).parse : undefined
  const data = parseConfigText(text, file, parseYaml)
  if (path.basename(file) === 'package.json') {
    if (!isRecord(data) || !('proofread' in data)) return undefined
    return expectRecord(data.proofread, file, '`proofread` in package.json')
  }
  return expectRecord(data, file, 'the config')
}

function parseConfigText(
  text: string,
  file: string,
  parseYaml: ((source: string) => unknown) | undefined,
): unknown {
  const isYaml = parseYaml !== undefined
  try {
    return parseYaml ? parseYaml(text) : JSON.parse(text)
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error)
    // Node 20's JSON.parse gives only a character position: editors need the line.
    const position = isYaml ? undefined : /at position (\d+)/.exec(why ?? '')?.[1]
    const where = position === undefined ? '' : ` on line ${lineAt(text, Number(position))}`
    throw new ConfigError(
      `Cannot read config \`${file}\`: invalid ${isYaml ? 'YAML' : 'JSON'}${where} (${why})`,
    )
  }
}

/** The 1-based line of the character at `offset` in `text`. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length
}

function expectRecord(value: unknown, file: string, what: string): Record<string, unknown> {
  if (isRecord(value)) return value
  throw new ConfigError(
    `Cannot read config \`${file}\`: expected ${what} to be an object of settings`,
  )
}

/** Whether `value` is a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
