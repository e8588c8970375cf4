// SARIF 2.1.0 output (what code-scanning services read): one run, one rule entry per rule.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../engine/api';
import { docsUrl } from '../engine/api';
import type { Finding, Range, Severity } from '../engine/api';
import { displayPath } from './locations';
import { PRODUCT_NAME, PRODUCT_URL, productVersion } from './product';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Result paths are relative to the folder the CLI ran in. */
const SOURCE_ROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note';

function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' || severity === 'warning' ? severity : 'note';
}

/** A relative URI reference: each path segment percent-encoded, `/` between them. */
function relativeUri(file: string, cwd: string): string {
  return displayPath(file, cwd).split('/').map(encodeURIComponent).join('/');
}

function physicalLocation(file: string, range: Range, cwd: string) {
  return {
    artifactLocation: { uri: relativeUri(file, cwd), uriBaseId: SOURCE_ROOT },
    region: {
      startLine: range.start.line + 1,
      startColumn: range.start.character + 1,
      endLine: range.end.line + 1,
      endColumn: range.end.character + 1,
    },
  };
}

export function formatSarif(findings: readonly Finding[], cwd: string): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.meta.id, index]));
  const results = findings.map((f) => ({
    ruleId: f.rule,
    ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule)! } : {}),
    level: sarifLevel(f.severity),
    message: { text: f.message },
    ...(f.variant === undefined ? {} : { properties: { variant: f.variant } }),
    locations: [{ physicalLocation: physicalLocation(f.file, f.range, cwd) }],
    ...(f.related.length > 0
      ? {
          relatedLocations: f.related.map((r, id) => ({ id, physicalLocation: physicalLocation(r.file, r.range, cwd), message: { text: r.message } })),
        }
      : {}),
  }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: PRODUCT_NAME,
            version: productVersion(),
            informationUri: PRODUCT_URL,
            rules: RULES.map(({ meta }) => ({
              id: meta.id,
              shortDescription: { text: meta.summary },
              helpUri: docsUrl(meta.id),
              // A rule off by default says so; its level is the one it reports at once turned on.
              defaultConfiguration: { level: sarifLevel(meta.defaultSeverity), ...(meta.offByDefault ? { enabled: false } : {}) },
            })),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
