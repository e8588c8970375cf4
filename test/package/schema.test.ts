// schemas/ctxlens.schema.json (the editor's validation of .ctxlens.json) agrees with the rule
// list and with what the engine accepts.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { normaliseConfig } from '../../server/src/engine/config/config';
import { RULES, RULE_IDS } from '../../server/src/engine/rules';
import { REPO_ROOT } from '../support/fixtures';

interface Schema {
  properties: {
    rules: { properties: Record<string, { enum: string[]; description: string }> };
  };
}

const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas', 'ctxlens.schema.json'), 'utf8')) as Schema;
const validate = new Ajv({ allErrors: true, strict: true, allowMatchingProperties: true }).compile(schema);

test('the schema lists exactly the rules, each with its summary and the five settings', () => {
  const rules = schema.properties.rules.properties;
  assert.deepEqual(
    Object.keys(rules),
    RULES.map((r) => r.meta.id),
  );
  for (const rule of RULES) {
    assert.equal(rules[rule.meta.id]!.description, rule.meta.summary, rule.meta.id);
    assert.deepEqual(rules[rule.meta.id]!.enum, ['error', 'warning', 'info', 'hint', 'off'], rule.meta.id);
  }
});

test('the schema accepts what the engine accepts without problems', () => {
  const samples: unknown[] = [
    {},
    { rules: { 'ctx-nil': 'off', 'grpc-deprecated-dial': 'hint' }, exclude: ['gen/**'], includeGenerated: true },
    { $schema: './node_modules/ctxlens/schemas/ctxlens.schema.json', rules: {} },
    { otherLinterSuppressions: false, testCode: ['**/integration/**'] },
    { testCode: [] },
  ];
  for (const sample of samples) {
    assert.deepEqual(normaliseConfig(sample, 'sample', RULE_IDS).problems, [], JSON.stringify(sample));
    assert.ok(validate(sample), `${JSON.stringify(sample)}: ${JSON.stringify(validate.errors)}`);
  }
});

test('the schema rejects what the engine reports as a problem', () => {
  const samples: unknown[] = [
    { rules: { 'no-such-rule': 'error' } },
    { rules: { 'ctx-nil': 'fatal' } },
    { rules: ['ctx-nil'] },
    { exclude: 'gen/**' },
    { exclude: [1] },
    { includeGenerated: 'yes' },
    { otherLinterSuppressions: 'no' },
    { testCode: '**/e2e/**' },
    { testCode: [''] },
  ];
  for (const sample of samples) {
    assert.notDeepEqual(normaliseConfig(sample, 'sample', RULE_IDS).problems, [], JSON.stringify(sample));
    assert.equal(validate(sample), false, JSON.stringify(sample));
  }
});
