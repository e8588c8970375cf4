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

test('a rule off by default reports nothing until it is given a severity; turning it on needs the files analysed again', () => {
  const dial = report('grpc-deprecated-dial', 6, 'hint');
  const of = (rules: Config['rules']) => applyPolicy([dial], withRules(rules), () => undefined).findings.map((f) => f.severity);
  assert.deepEqual(of({}), []);
  assert.deepEqual(of({ 'grpc-deprecated-dial': 'warning' }), ['warning']);
  assert.equal(reportsHold(defaultConfig(), withRules({ 'grpc-deprecated-dial': 'hint' })), false, 'it did not run while off');
  assert.equal(reportsHold(withRules({ 'grpc-deprecated-dial': 'hint' }), defaultConfig()), true);
});

test("a variant follows its own setting: off by default, the rule off turns it off, the rule's severity does not turn it on", () => {
  const caller: RuleReport = { ...report('ctx-background-in-request', 7, 'hint'), variant: 'callers-context' };
  const request = report('ctx-background-in-request', 8);
  const of = (rules: Config['rules']) =>
    applyPolicy([caller, request], withRules(rules), () => undefined).findings.map((f) => `${f.range.start.line}:${f.severity}:${f.variant ?? '-'}`);
  assert.deepEqual(of({}), ['8:warning:-']);
  assert.deepEqual(of({ 'ctx-background-in-request/callers-context': 'hint' }), ['7:hint:callers-context', '8:warning:-']);
  assert.deepEqual(of({ 'ctx-background-in-request': 'info' }), ['8:info:-']);
  assert.deepEqual(of({ 'ctx-background-in-request': 'off', 'ctx-background-in-request/callers-context': 'warning' }), []);
  assert.equal(reportsHold(defaultConfig(), withRules({ 'ctx-background-in-request/callers-context': 'hint' })), true, 'the rule ran: only the policy changes');
});
