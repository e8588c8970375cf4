// SARIF output validated against the SARIF 2.1.0 JSON schema that Microsoft's sarif-js-sdk
// ships in the @microsoft/jest-sarif package (a draft-04 schema, hence ajv-draft-04).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { RULES } from '../../server/src/engine/rules';
import { docsUrl } from '../../server/src/engine/rules/rule';
import { REPO_ROOT } from '../support/fixtures';
import { CLEAN, DISCARDED_CANCEL, DISCARDED_CANCEL_COLUMN, DISCARDED_CANCEL_LINE, GO_MOD, makeWorkspace, runCli } from './support';

const SCHEMA = path.join(REPO_ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

function sarifValidator() {
  // The schema's language-tag pattern is not valid in unicode mode, so patterns compile without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')) as object);
}

interface SarifLog {
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        rules: { id: string; helpUri: string; shortDescription: { text: string }; defaultConfiguration: { level: string; enabled?: boolean } }[];
      };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
    }[];
  }[];
}

test('the schema rejects what SARIF forbids (the validator is not vacuous)', () => {
  const validate = sarifValidator();
  assert.equal(validate({ version: '2.1.0', runs: [] }), true);
  assert.equal(validate({ version: '2.1.0' }), false);
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'hint' }] }] }), false);
});

test('SARIF output is valid SARIF 2.1.0 with one rule entry per rule and 1-based regions', async () => {
  const ws = makeWorkspace({ 'go.mod': GO_MOD, 'pkg/fetch.go': DISCARDED_CANCEL, 'add.go': CLEAN });
  const run = await runCli(['check', '--format', 'sarif'], ws);
  assert.equal(run.code, 1, run.stderr);
  const log = JSON.parse(run.stdout) as SarifLog;
  const validate = sarifValidator();
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));

  assert.equal(log.runs.length, 1);
  const { driver } = log.runs[0]!.tool;
  assert.equal(driver.name, 'ctxlens');
  assert.deepEqual(
    driver.rules.map((r) => r.id),
    RULES.map((r) => r.meta.id),
  );
  for (const [i, rule] of driver.rules.entries()) {
    const meta = RULES[i]!.meta;
    assert.equal(rule.helpUri, docsUrl(meta.id));
    assert.equal(rule.shortDescription.text, meta.summary);
    assert.equal(rule.defaultConfiguration.level, meta.defaultSeverity === 'error' || meta.defaultSeverity === 'warning' ? meta.defaultSeverity : 'note');
    assert.equal(rule.defaultConfiguration.enabled, meta.offByDefault ? false : undefined, `${meta.id}: off by default only when its meta says so`);
  }

  const results = log.runs[0]!.results;
  assert.equal(results.length, 1);
  const result = results[0]!;
  assert.equal(result.ruleId, 'ctx-cancel-discarded');
  assert.equal(driver.rules[result.ruleIndex]!.id, result.ruleId);
  assert.equal(result.level, 'error');
  assert.ok(result.message.text.length > 0);
  const location = result.locations[0]!.physicalLocation;
  assert.equal(location.artifactLocation.uri, 'pkg/fetch.go');
  assert.deepEqual(location.region, {
    startLine: DISCARDED_CANCEL_LINE,
    startColumn: DISCARDED_CANCEL_COLUMN,
    endLine: DISCARDED_CANCEL_LINE,
    endColumn: DISCARDED_CANCEL_COLUMN + 1,
  });
});

test('SARIF levels follow configured severities (info and hint become note); clean runs are valid too', async () => {
  const ws = makeWorkspace({ 'go.mod': GO_MOD, 'fetch.go': DISCARDED_CANCEL, '.ctxlens.json': '{"rules":{"ctx-cancel-discarded":"hint"}}' });
  const run = await runCli(['check', '--format', 'sarif'], ws);
  assert.equal(run.code, 0, run.stderr);
  const log = JSON.parse(run.stdout) as SarifLog;
  assert.ok(sarifValidator()(log));
  assert.deepEqual(
    log.runs[0]!.results.map((r) => r.level),
    ['note'],
  );

  const clean = await runCli(['check', '--format', 'sarif'], makeWorkspace({ 'go.mod': GO_MOD, 'add.go': CLEAN }));
  assert.equal(clean.code, 0);
  const cleanLog = JSON.parse(clean.stdout) as SarifLog;
  assert.ok(sarifValidator()(cleanLog));
  assert.deepEqual(cleanLog.runs[0]!.results, []);
});

test('file names that need escaping are percent-encoded URI references', async () => {
  const ws = makeWorkspace({ 'go.mod': GO_MOD, 'my pkg/fetch#1.go': DISCARDED_CANCEL });
  const run = await runCli(['check', '--format', 'sarif'], ws);
  const log = JSON.parse(run.stdout) as SarifLog;
  assert.ok(sarifValidator()(log));
  assert.equal(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri, 'my%20pkg/fetch%231.go');
});
