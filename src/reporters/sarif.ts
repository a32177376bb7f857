import type { FileResult, Finding, Reporter, Severity } from '../types.js'
import { version } from '../version.js'

const schemaUri =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'

const levels: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
}

// Rules a reader of a SARIF viewer should recognise at a glance; unknown ones get a generic line.
const ruleDescriptions: Readonly<Record<string, string>> = {
  spelling: 'Flags words that are not in the dictionary or the house word list',
  'proper-noun': 'Flags near-misses and wrong casing of listed proper nouns',
}

interface SarifRegion {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
}

/**
 * Prints a SARIF 2.1.0 log with one run: the rules seen, and one result per finding with its
 * region and one fix per suggestion. Columns are UTF-16 code units, as the run's `columnKind`
 * says. GitHub code scanning and SARIF viewers read it.
 */
export const sarifReporter: Reporter = (results) => {
  const ruleIds = [...new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)))].sort()
  const log = {
    $schema: schemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'proofread',
            version,
            rules: ruleIds.map((id) => ({
              id,
              shortDescription: { text: ruleDescriptions[id] ?? `Findings of the \`${id}\` rule` },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((result) =>
          result.messages.map((finding) => toSarifResult(result, finding, ruleIds)),
        ),
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

function toSarifResult(result: FileResult, finding: Finding, ruleIds: readonly string[]) {
  const artifactLocation = { uri: toUriReference(result.path) }
  const region: SarifRegion = {
    startLine: finding.line,
    startColumn: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
  }
  // The schema wants fixes to be unique, so a suggestion listed twice yields one fix.
  const suggestions = [...new Set(finding.expected)]
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleIds.indexOf(finding.ruleId),
    level: levels[finding.severity],
    message: { text: finding.reason },
    locations: [{ physicalLocation: { artifactLocation, region } }],
    fixes: suggestions.map((suggestion) => ({
      description: { text: `Replace \`${finding.actual}\` with \`${suggestion}\`` },
      artifactChanges: [
        {
          artifactLocation,
          replacements: [{ deletedRegion: region, insertedContent: { text: suggestion } }],
        },
      ],
    })),
  }
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Turns a relative, `/`-separated path into a relative URI, percent-encoding each segment. */
export function toUriReference(path: string): string {
  // encodeURIComponent throws on a lone surrogate, which a mangled file name can hold.
  const wellFormed = path.replace(loneSurrogate, '\uFFFD')
  return wellFormed.split('/').map(encodeURIComponent).join('/')
}
