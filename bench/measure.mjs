// Runs one child process and measures it: wall time from the parent's monotonic clock; peak RSS
// and CPU time (user + system) from GNU time's `%M %U %S` where /usr/bin/time exists. CPU time is
// shown beside wall time because it moves far less when other work shares the machine.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const gnuTime = '/usr/bin/time'
const hasTimeout = spawnSync('timeout', ['--version']).status === 0

/** Whether GNU time can report each child's peak RSS on this machine. */
export function hasGnuTime() {
  if (!existsSync(gnuTime)) return false
  const probe = spawnSync(gnuTime, ['-f', '%M', 'true'], { encoding: 'utf8' })
  return probe.status === 0 && /^\d+\s*$/.test(probe.stderr.trim().split('\n').at(-1) ?? '')
}

/**
 * Runs `command` once and returns its wall time (s), peak RSS (MB, or null when unknown), exit
 * status and stdout. A status outside `okStatuses` is reported as an error, never thrown.
 */
export function measure(command, { withRss, okStatuses = [0], timeoutMs }) {
  const dir = withRss ? mkdtempSync(join(tmpdir(), 'proofread-bench-')) : null
  const timeFile = dir ? join(dir, 'time') : null
  const timed = timeFile ? [gnuTime, '-f', '%M %U %S', '-o', timeFile, ...command] : command
  // coreutils `timeout` kills the whole process group; spawnSync's own timeout would kill only
  // GNU time and leave the measured child running. spawnSync's stays as a backstop.
  const argv = hasTimeout ? ['timeout', '-s', 'KILL', String(timeoutMs / 1000), ...timed] : timed
  const started = process.hrtime.bigint()
  const child = spawnSync(argv[0], argv.slice(1), {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: timeoutMs + 30_000,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  let rssMb = null
  let cpuSeconds = null
  if (timeFile && existsSync(timeFile)) {
    // GNU time writes "Command exited with non-zero status N" before the format line.
    const line = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? ''
    const [kilobytes, user, system] = line.split(' ').map(Number)
    if (Number.isFinite(kilobytes)) rssMb = kilobytes / 1024
    if (Number.isFinite(user) && Number.isFinite(system)) cpuSeconds = user + system
  }
  if (dir) rmSync(dir, { recursive: true, force: true })
  let error = null
  const killed = child.status === 137 || child.signal === 'SIGKILL'
  const timedOut =
    child.error?.code === 'ETIMEDOUT' || (hasTimeout && killed && seconds * 1000 >= timeoutMs - 50)
  if (timedOut) {
    error = `timed out after ${timeoutMs / 1000} s`
    rssMb = null
    cpuSeconds = null
  } else if (child.error) error = child.error.message
  else if (!okStatuses.includes(child.status)) {
    error = `exit ${child.status ?? child.signal}: ${child.stderr.trim().split('\n').slice(-3).join(' / ')}`
  }
  const { status, stdout } = child
  return { seconds, cpuSeconds, rssMb, status, stdout: stdout ?? '', error, timedOut }
}

/** The median of a non-empty list of numbers (mean of the middle two for even lengths). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Runs every contender `runs` times, round-robin: one run of each per round, so a slow spell of
 * the machine hits them all alike. Each round starts one contender later than the one before, so
 * no contender always runs first (on a colder cache) or last. A contender with its own `runs`
 * runs no more than that, in the first rounds (a slow reference that no target divides by).
 */
export function runRoundRobin(contenders, { runs, withRss, timeoutMs, onRun = () => {} }) {
  const samples = new Map(contenders.map((contender) => [contender.name, []]))
  // A contender that hit the timeout once is not run again: its later runs would only repeat it.
  const timedOut = new Set()
  for (let round = 0; round < runs; round++) {
    for (let offset = 0; offset < contenders.length; offset++) {
      const contender = contenders[(round + offset) % contenders.length]
      if (timedOut.has(contender.name)) continue
      if (round >= (contender.runs ?? runs)) continue
      const sample = measure(contender.command, {
        withRss,
        timeoutMs,
        okStatuses: contender.okStatuses,
      })
      if (sample.timedOut) timedOut.add(contender.name)
      sample.result = sample.error ? null : contender.summarise(sample.stdout)
      sample.stdout = undefined
      sample.timedOut = undefined
      samples.get(contender.name).push(sample)
      onRun(contender.name, round, sample)
    }
  }
  return samples
}

/** Medians and extremes of one contender's samples; failed runs are counted, not hidden. */
export function summarise(samples, bytes) {
  const good = samples.filter((sample) => !sample.error)
  const failed = samples.length - good.length
  if (good.length === 0) {
    return { runs: samples.length, failed, error: samples[0]?.error ?? 'no runs' }
  }
  const seconds = good.map((sample) => sample.seconds)
  const rss = good.map((sample) => sample.rssMb).filter((value) => value !== null)
  const cpu = good.map((sample) => sample.cpuSeconds).filter((value) => value !== null)
  const medianSeconds = median(seconds)
  return {
    runs: samples.length,
    failed,
    medianSeconds,
    minSeconds: Math.min(...seconds),
    maxSeconds: Math.max(...seconds),
    mbPerSecond: bytes / 1e6 / medianSeconds,
    medianCpuSeconds: cpu.length > 0 ? median(cpu) : null,
    medianRssMb: rss.length > 0 ? median(rss) : null,
    peakRssMb: rss.length > 0 ? Math.max(...rss) : null,
    result: good.at(-1).result,
    secondsPerRun: seconds,
  }
}
