import { Chalk, type ChalkInstance } from 'chalk'
import type { Io } from './files.js'

/** A chalk for stdout: NO_COLOR and FORCE_COLOR win, else colour only on a terminal. */
export function chalkFor(io: Pick<Io, 'env' | 'stdout'>): ChalkInstance {
  return new Chalk({ level: colorLevel(io.env, io.stdout.isTTY === true) })
}

/** The colour level (0–3) for an environment and whether stdout is a terminal. */
export function colorLevel(env: Io['env'], isTTY: boolean): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0
    if (force === '2' || force === '3') return Number(force) as 2 | 3
    return 1
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0
  if (!isTTY || env.TERM === 'dumb') return 0
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3
  return env.TERM?.includes('256') ? 2 : 1
}
