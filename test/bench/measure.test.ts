import { describe, expect, it } from 'vitest'
// @ts-expect-error: the bench is plain ESM without types
import { runRoundRobin } from '../../bench/measure.mjs'

interface Contender {
  name: string
  command: string[]
  summarise: (stdout: string) => unknown
  runs?: number
}

/** A contender that prints its name, run by the Node running the tests. */
const contender = (name: string, runs?: number): Contender => ({
  name,
  command: [process.execPath, '-e', `process.stdout.write(${JSON.stringify(name)})`],
  summarise: (stdout) => stdout,
  ...(runs === undefined ? {} : { runs }),
})

describe('the bench round-robin', () => {
  it('runs a contender with its own run count no more than that, in the first rounds', () => {
    const order: string[] = []
    const samples = runRoundRobin([contender('main'), contender('floor'), contender('slow', 1)], {
      runs: 3,
      withRss: false,
      timeoutMs: 30_000,
      onRun: (name: string, round: number) => order.push(`${round}:${name}`),
    }) as Map<string, { result: unknown }[]>
    expect(samples.get('main')?.map((sample) => sample.result)).toEqual(['main', 'main', 'main'])
    expect(samples.get('floor')).toHaveLength(3)
    expect(samples.get('slow')?.map((sample) => sample.result)).toEqual(['slow'])
    // Each round starts one contender later; the capped one only runs in round 0.
    expect(order).toEqual(['0:main', '0:floor', '0:slow', '1:floor', '1:main', '2:main', '2:floor'])
  })
})
