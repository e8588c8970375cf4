// The rule runner's policy: duplicates dropped, configured severities winning, rules turned off
// dropped; and which settings changes leave the rules' stored reports valid.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { type Config, defaultConfig } from '../../server/src/engine/config/config';
import { applyPolicy, type RuleReport, reportsHold } from '../../server/src/engine/run/runner';

const report = (rule: string, line: number, severity: RuleReport['severity'] = 'warning'): RuleReport => ({
  rule,
  file: '/w/a.go',
  range: { start: { line, character: 1 }, end: { line, character: 5 } },
  message: `${rule} on ${line}`,
  severity,
  fixes: [],
  related: [],
});

const withRules = (rules: Config['rules']): Config => ({ ...defaultConfig(), rules });

test('policy: a report given twice is one finding; a configured severity wins; a rule turned off reports nothing', () => {
  const reports = [report('ctx-nil', 3, 'hint'), report('ctx-nil', 3, 'hint'), report('chain-order', 4), report('ctx-cancel-discarded', 5)];
  const { findings } = applyPolicy(reports, withRules({ 'chain-order': 'error', 'ctx-cancel-discarded': 'off' }), () => undefined);
  assert.deepEqual(
    findings.map((f) => `${f.rule}:${f.range.start.line}:${f.severity}`),
    ['ctx-nil:3:hint', 'chain-order:4:error'],
  );
});

test('reports hold across severities, rules turned off, the order policy and names; not across what is analysed or a rule turned back on', () => {
  const base = defaultConfig();
  assert.equal(reportsHold(base, withRules({ 'ctx-nil': 'hint' })), true);
  assert.equal(reportsHold(base, withRules({ 'ctx-nil': 'off' })), true);
  assert.equal(reportsHold(base, { ...base, order: [], recoveryNames: ['audit'], authNames: ['mw.Auth'], otherLinterSuppressions: false }), true);
  assert.equal(reportsHold(withRules({ 'ctx-nil': 'off' }), base), false, 'the rule did not run while off');
  assert.equal(reportsHold(withRules({ 'ctx-nil': 'off' }), withRules({ 'ctx-nil': 'off', 'chain-order': 'hint' })), true);
  assert.equal(reportsHold(base, { ...base, exclude: ['gen/**'] }), false);
  assert.equal(reportsHold(base, { ...base, includeGenerated: true }), false);
  assert.equal(reportsHold(base, { ...base, testCode: ['**/it/**'] }), false);
});
