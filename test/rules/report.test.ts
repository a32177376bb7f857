import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { reportFinding } from '../../src/rules/report.js'

const finding = {
  reason: 'Unexpected `teh`, expected `the`',
  place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 4, offset: 3 } },
  actual: 'teh',
  expected: ['the'],
}

describe('reportFinding', () => {
  it('adds the message as every rule reports one', () => {
    const file = new VFile('teh')
    const message = reportFinding(file, 'spelling', 'error', finding)
    expect(file.messages).toEqual([message])
    expect(message).toMatchObject({
      reason: finding.reason,
      ruleId: 'spelling',
      source: 'proofread',
      actual: 'teh',
      expected: ['the'],
      fatal: true,
      line: 1,
      column: 1,
    })
  })

  it('records no call stack for the message, and leaves the stack depth as it was', () => {
    const before = Error.stackTraceLimit
    Error.stackTraceLimit = 7
    try {
      let recorded = -1
      const file = new VFile('teh')
      const message = file.message.bind(file)
      file.message = ((...args: Parameters<VFile['message']>) => {
        recorded = Error.stackTraceLimit
        return message(...args)
      }) as VFile['message']
      reportFinding(file, 'spelling', 'warning', finding)
      expect(recorded).toBe(0)
      expect(Error.stackTraceLimit).toBe(7)
      file.message = () => {
        throw new Error('broken')
      }
      expect(() => reportFinding(file, 'spelling', 'warning', finding)).toThrow('broken')
      expect(Error.stackTraceLimit).toBe(7)
    } finally {
      Error.stackTraceLimit = before
    }
  })
})
