// schemas/ctxlens.schema.json (the editor's validation of .ctxlens.json) agrees with the rule
// list and with what the engine accepts.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { normaliseConfig } from '../../server/src/engine/config/config';
import { RULES, SETTING_IDS } from '../../server/src/engine/rules';
import { variantSettingId } from '../../server/src/engine/rules/rule';
import { REPO_ROOT } from '../support/fixtures';

interface Schema {
  properties: {
    rules: { properties: Record<string, { enum: string[]; description: string }> };
  };
}

const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas', 'ctxlens.schema.json'), 'utf8')) as Schema;
const validate = new Ajv({ allErrors: true, strict: true, allowMatchingProperties: true }).compile(schema);

test('the schema lists exactly the rules and their variants, each with its summary and the five settings', () => {
  const rules = schema.properties.rules.properties;
  assert.deepEqual(Object.keys(rules), [...SETTING_IDS]);
  const summaries = RULES.flatMap(({ meta }) => [[meta.id, meta.summary], ...(meta.variants ?? []).map((v) => [variantSettingId(meta.id, v.name), v.summary])]);
  for (const [id, summary] of summaries) {
    assert.equal(rules[id!]!.description, summary, id);
    assert.deepEqual(rules[id!]!.enum, ['error', 'warning', 'info', 'hint', 'off'], id);
  }
});

test('the schema accepts what the engine accepts without problems', () => {
  const samples: unknown[] = [
    {},
    { rules: { 'ctx-nil': 'off', 'grpc-deprecated-dial': 'hint' }, exclude: ['gen/**'], includeGenerated: true },
    { rules: { 'ctx-background-in-request': 'info', 'ctx-background-in-request/callers-context': 'hint' } },
    { $schema: './node_modules/ctxlens/schemas/ctxlens.schema.json', rules: {} },
    { otherLinterSuppressions: false, testCode: ['**/integration/**'] },
    { testCode: [] },
  ];
  for (const sample of samples) {
    assert.deepEqual(normaliseConfig(sample, 'sample', SETTING_IDS).problems, [], JSON.stringify(sample));
    assert.ok(validate(sample), `${JSON.stringify(sample)}: ${JSON.stringify(validate.errors)}`);
  }
});

test('the schema rejects what the engine reports as a problem', () => {
  const samples: unknown[] = [
    { rules: { 'no-such-rule': 'error' } },
    { rules: { 'ctx-nil': 'fatal' } },
    { rules: { 'ctx-nil/callers-context': 'hint' } },
    { rules: ['ctx-nil'] },
    { exclude: 'gen/**' },
    { exclude: [1] },
    { includeGenerated: 'yes' },
    { otherLinterSuppressions: 'no' },
    { testCode: '**/e2e/**' },
    { testCode: [''] },
  ];
  for (const sample of samples) {
    assert.notDeepEqual(normaliseConfig(sample, 'sample', SETTING_IDS).problems, [], JSON.stringify(sample));
    assert.equal(validate(sample), false, JSON.stringify(sample));
  }
});
