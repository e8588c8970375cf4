// The runner's policies beyond the fixtures' // want lines: turning other linters' suppressions
// off, replacing the test-code globs, and how one comment is read as a //nolint directive.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkPaths } from '../../server/src/engine/run/check';
import { defaultConfig, mergeConfigs, normaliseConfig, type Config } from '../../server/src/engine/config/config';
import { RULE_IDS } from '../../server/src/engine/rules';
import { nolintLinters } from '../../server/src/engine/config/suppressions';
import { loadConfigFile } from '../../server/src/engine/config/config-file';
import { FIXTURES } from '../support/fixtures';

const SUPPRESSIONS = path.join(FIXTURES, '_suppressions');
const TEST_CODE = path.join(FIXTURES, '_test-code');

/** Checks dir with its .ctxlens.json (the suppressions fixture turns grpc-deprecated-dial on) and settings over it. */
async function check(dir: string, settings: Partial<Config>) {
  const result = await checkPaths([dir], { ...loadConfigFile(dir).config, ...settings }, dir);
  assert.deepEqual(result.problems, []);
  const keys = result.findings.map((f) => `${path.relative(dir, f.file)}:${f.range.start.line + 1} ${f.rule}`);
  return { keys, suppressed: result.suppressed };
}

test('the directives are counted by kind', async () => {
  const { suppressed } = await check(SUPPRESSIONS, {});
  assert.deepEqual(suppressed, { '//nolint': 19, '//lint:ignore': 9, '//ctxlens:ignore': 1 });
});

test('otherLinterSuppressions: false honours //ctxlens:ignore only', async () => {
  const on = await check(SUPPRESSIONS, {});
  const off = await check(SUPPRESSIONS, { otherLinterSuppressions: false });
  assert.deepEqual(off.suppressed, { '//ctxlens:ignore': 1 });
  assert.ok(
    on.keys.every((key) => off.keys.includes(key)),
    'nothing reported with them is lost without them',
  );
  assert.equal(off.keys.length, on.keys.length + 28);
  assert.ok(off.keys.includes('nolint.go:10 grpc-deprecated-dial'));
  assert.ok(off.keys.includes('lint_ignore.go:10 grpc-deprecated-dial'));
  assert.ok(off.keys.includes('file_ignore.go:13 grpc-deprecated-dial'));
  assert.ok(off.keys.includes('handler.go:12 ctx-background-in-request'));
  assert.ok(!off.keys.includes('mapped.go:40 ctx-cancel-discarded'), '//ctxlens:ignore still counts');
});

test('testCode replaces the default folders; _test.go files and testing helpers stay test code', async () => {
  const defaults = await check(TEST_CODE, {});
  assert.ok(!defaults.keys.some((key) => key.startsWith('e2e/') && !key.endsWith('ctx-nil')));
  const none = await check(TEST_CODE, { testCode: [] });
  for (const key of [
    'e2e/client.go:11 ctx-value-builtin-key',
    'e2e/client.go:25 chain-missing-recovery',
    'internal/grpctesting/keys.go:7 ctx-value-builtin-key',
    'tests/app/main.go:7 ctx-value-builtin-key',
  ]) {
    assert.ok(none.keys.includes(key), key);
  }
  assert.ok(!none.keys.some((key) => key.startsWith('helpers.go:1') && key.endsWith('ctx-value-builtin-key')), 'helpers taking testing types stay quiet');
  assert.ok(!none.keys.some((key) => key.startsWith('keys_test.go')));
  const custom = await check(TEST_CODE, { testCode: ['attestation/**'] });
  assert.ok(!custom.keys.includes('attestation/keys.go:7 ctx-value-builtin-key'));
  assert.ok(custom.keys.includes('e2e/client.go:11 ctx-value-builtin-key'));
});

test('a comment is read as golangci-lint reads a //nolint directive', () => {
  const cases: [string, string[] | null | undefined][] = [
    ['//nolint', null],
    ['//nolint:all', null],
    ['//nolint // reason', null],
    ['//nolint reason', null],
    ['//nolint:staticcheck', ['staticcheck']],
    ['//nolint:staticcheck,govet // reason', ['staticcheck', 'govet']],
    ['//nolint: staticcheck , GoVet', ['staticcheck', 'govet']],
    ['//nolint:gocritic,all', null],
    ['// nolint:staticcheck', ['staticcheck']],
    ['//nolint:staticcheck because', ['staticcheck because']],
    ['//nolintlint', undefined],
    ['// a note about nolint', undefined],
    ['/* nolint */', undefined],
  ];
  for (const [comment, linters] of cases) assert.deepEqual(nolintLinters(comment), linters, comment);
});

test('otherLinterSuppressions and testCode are checked, and the file wins for what it sets', () => {
  assert.equal(defaultConfig().otherLinterSuppressions, true);
  assert.ok(defaultConfig().testCode.includes('**/e2e/**'));
  const file = normaliseConfig({ otherLinterSuppressions: false, testCode: ['it/**'] }, 'file', RULE_IDS);
  assert.deepEqual(file.problems, []);
  const merged = mergeConfigs(defaultConfig(), file.settings);
  assert.equal(merged.otherLinterSuppressions, false);
  assert.deepEqual(merged.testCode, ['it/**']);
  assert.deepEqual(mergeConfigs(merged, {}).testCode, ['it/**']);
  const broken = normaliseConfig({ otherLinterSuppressions: 'no', testCode: 'it/**' }, 'file', RULE_IDS);
  assert.equal(broken.problems.length, 2);
  assert.deepEqual(broken.config, defaultConfig());
});
