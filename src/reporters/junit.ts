import type { FileResult, Finding, Reporter } from '../types.js'
import { escapeXmlAttribute as attr, escapeXmlText as text } from './escape-markup.js'

/**
 * Prints a JUnit XML report for CI test views: one `<testsuite>` per file and one `<testcase>`
 * per finding, named `line:col ruleId actual`. Errors and warnings are failing test cases.
 * Info findings don't fail a run, so they are passing test cases whose `<system-out>` holds the
 * reason. A file without findings gets one passing `no findings` case, so every suite has one.
 */
export const junitReporter: Reporter = (results) => {
  const suites = results.map(toTestSuite)
  const tests = suites.reduce((sum, suite) => sum + suite.tests, 0)
  const failures = suites.reduce((sum, suite) => sum + suite.failures, 0)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="proofread" tests="${tests}" failures="${failures}">`,
    ...suites.flatMap((suite) => suite.lines),
    '</testsuites>',
    '',
  ].join('\n')
}

interface TestSuite {
  tests: number
  failures: number
  lines: string[]
}

function toTestSuite(result: FileResult): TestSuite {
  const path = attr(result.path)
  const cases =
    result.messages.length === 0
      ? [`    <testcase name="no findings" classname="${path}"/>`]
      : result.messages.map((finding) => toTestCase(result.path, finding))
  const failures = result.messages.filter(isFailure).length
  return {
    tests: cases.length,
    failures,
    lines: [
      `  <testsuite name="${path}" tests="${cases.length}" failures="${failures}">`,
      ...cases,
      '  </testsuite>',
    ],
  }
}

function toTestCase(path: string, finding: Finding): string {
  const name = `${finding.line}:${finding.column} ${finding.ruleId} ${finding.actual}`
  const open = `    <testcase name="${attr(name)}" classname="${attr(path)}">`
  const details = describe(path, finding)
  const body = isFailure(finding)
    ? `<failure message="${attr(finding.reason)}" type="${attr(finding.ruleId)}">${text(details)}</failure>`
    : `<system-out>${text(details)}</system-out>`
  return `${open}\n      ${body}\n    </testcase>`
}

function isFailure(finding: Finding): boolean {
  return finding.severity !== 'info'
}

function describe(path: string, finding: Finding): string {
  const place = `${path}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.reason}`
  return finding.expected.length === 0
    ? place
    : `${place}\nSuggestions: ${finding.expected.join(', ')}`
}
