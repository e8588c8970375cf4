// Settings: the order policy and the recovery/auth names normalised and layered; .ctxlens.json read as JSONC.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig, mergeConfigs, normaliseConfig, parseConfigText } from '../../server/src/engine/config/config';
import { RULE_IDS } from '../../server/src/engine/rules';

test('the default order policy is tracing before logging', () => {
  assert.deepEqual(defaultConfig().order, [['tracing', 'logging']]);
  assert.deepEqual(defaultConfig().recoveryNames, []);
  assert.deepEqual(defaultConfig().authNames, []);
});

test('a valid order policy and names are taken as given', () => {
  const raw = {
    order: [
      ['tracing', 'logging'],
      ['auth', 'ratelimit'],
    ],
    recoveryNames: ['Recoverer'],
    authNames: ['mw.Auth'],
  };
  const result = normaliseConfig(raw, 'test', RULE_IDS);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.config.order, raw.order);
  assert.deepEqual(result.config.recoveryNames, ['Recoverer']);
  assert.deepEqual(result.config.authNames, ['mw.Auth']);
  assert.deepEqual(normaliseConfig({ order: [] }, 'test', RULE_IDS).config.order, []);
});

test('broken order policies and names are problems and fall back to the defaults', () => {
  const broken: unknown[] = [
    { order: 'tracing,logging' },
    { order: [['tracing']] },
    { order: [['tracing', 'logging', 'auth']] },
    { order: [['tracing', 'tracing']] },
    { order: [['tracing', 'nope']] },
    { recoveryNames: 'Recoverer' },
    { authNames: [''] },
    { authNames: [1] },
  ];
  for (const raw of broken) {
    const result = normaliseConfig(raw, 'test', RULE_IDS);
    assert.equal(result.problems.length, 1, JSON.stringify(raw));
    assert.deepEqual(result.config, defaultConfig(), JSON.stringify(raw));
  }
});

test('the file wins for the order policy; names add up', () => {
  const editor = normaliseConfig({ order: [['auth', 'ratelimit']], recoveryNames: ['A'] }, 'settings', RULE_IDS).config;
  const file = normaliseConfig({ order: [['tracing', 'metrics']], recoveryNames: ['B'] }, 'file', RULE_IDS).settings;
  const merged = mergeConfigs(editor, file);
  assert.deepEqual(merged.order, [['tracing', 'metrics']]);
  assert.deepEqual(merged.recoveryNames, ['A', 'B']);
  assert.deepEqual(mergeConfigs(editor, {}).order, [['auth', 'ratelimit']]);
});

test('.ctxlens.json is read as JSONC: comments and trailing commas are fine, a real error names its line', () => {
  const commented = '{\n  // the audit interceptor recovers too\n  "recoveryNames": ["audit"], /* block */\n  "rules": { "ctx-nil": "off", },\n}\n';
  const ok = parseConfigText(commented, '.ctxlens.json', RULE_IDS);
  assert.deepEqual(ok.problems, []);
  assert.deepEqual(ok.config.recoveryNames, ['audit']);
  assert.equal(ok.config.rules['ctx-nil'], 'off');
  const broken = parseConfigText('{\n  "rules": {\n    "ctx-nil" "off"\n  }\n}\n', '.ctxlens.json', RULE_IDS);
  assert.deepEqual(broken.problems, ['.ctxlens.json:3:15: not valid JSON (ColonExpected); using the defaults']);
  assert.deepEqual(broken.config, defaultConfig());
});
