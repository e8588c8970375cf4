// Hostile input: files that are not tidy Go source sit beside one good file with a known
// finding. Nothing may crash or fail a rule, the good file's finding must still be reported,
// and each case must finish within its (generous) timeout.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPaths, type CheckResult } from '../../server/src/engine/check';
import { defaultConfig } from '../../server/src/engine/config';
import { REPO_ROOT } from '../support/fixtures';
import {
  GENERATED_HEADER,
  deepBlocks,
  deepFuncLiterals,
  deepIfs,
  deepParentheses,
  invalidUtf8Source,
  junkBytes,
  largeGoFile,
  truncations,
} from './hostile-inputs';
import { DISCARDED_CANCEL, DISCARDED_CANCEL_LINE, GO_MOD, assertNoStackTrace, makeWorkspace, runCli } from './support';

const DEPTH = 10_000;

/** Checks a workspace of go.mod + good.go + the given files; asserts the good finding survived. */
async function checkBeside(files: Record<string, string | Uint8Array>): Promise<{ result: CheckResult; root: string }> {
  const root = makeWorkspace({ 'go.mod': GO_MOD, 'good.go': DISCARDED_CANCEL, ...files });
  const result = await checkPaths([root], defaultConfig(), root);
  assert.deepEqual(result.problems, [], 'no rule may fail');
  const good = result.findings.filter((f) => f.file === path.join(root, 'good.go'));
  assert.deepEqual(
    good.map((f) => [f.rule, f.range.start.line + 1]),
    [['ctx-cancel-discarded', DISCARDED_CANCEL_LINE]],
  );
  return { result, root };
}

function findingsIn(result: CheckResult, file: string) {
  return result.findings.filter((f) => path.basename(f.file) === file);
}

function skipReason(result: CheckResult, file: string): string | undefined {
  return result.skipped.find((s) => path.basename(s.file) === file)?.reason;
}

test('an empty .go file', { timeout: 30_000 }, async () => {
  const { result } = await checkBeside({ 'empty.go': '' });
  assert.equal(result.filesAnalysed, 2);
});

test('truncated files: a real service file cut at 40 points', { timeout: 120_000 }, async () => {
  const source = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'internal', 'gateway', 'http.go'), 'utf8');
  const files: Record<string, string> = {};
  truncations(source, 40).forEach((text, i) => (files[`cut${String(i).padStart(2, '0')}.go`] = text));
  const { result } = await checkBeside(files);
  assert.equal(result.filesAnalysed, 41);
});

test('binary junk named .go (with NUL bytes) is skipped, not parsed', { timeout: 30_000 }, async () => {
  const { result } = await checkBeside({ 'junk.go': junkBytes(256 * 1024, 7, true) });
  assert.equal(skipReason(result, 'junk.go'), 'binary content, not Go source');
});

test('junk bytes without NUL are parsed as broken Go without harm', { timeout: 60_000 }, async () => {
  const { result } = await checkBeside({ 'noise.go': junkBytes(4 * 1024, 11, false) });
  assert.equal(skipReason(result, 'noise.go'), undefined);
});

test('invalid UTF-8 in comments, strings, identifiers and runes', { timeout: 30_000 }, async () => {
  const { result } = await checkBeside({ 'latin1.go': invalidUtf8Source() });
  assert.equal(result.filesAnalysed, 2);
});

test('a 10 MB generated file is skipped by its header without being parsed', { timeout: 60_000 }, async () => {
  const { result } = await checkBeside({ 'big.pb.go': largeGoFile(undefined, GENERATED_HEADER) });
  assert.equal(skipReason(result, 'big.pb.go'), 'generated code');
});

test('a 10 MB hand-written-looking file is parsed and analysed, with no false findings', { timeout: 240_000 }, async () => {
  const { result } = await checkBeside({ 'big.go': largeGoFile() });
  assert.equal(skipReason(result, 'big.go'), undefined);
  assert.deepEqual(findingsIn(result, 'big.go'), []);
});

for (const [name, make] of [
  ['parentheses', deepParentheses],
  ['blocks', deepBlocks],
  ['if statements', deepIfs],
  ['func literals passing ctx', deepFuncLiterals],
] as const) {
  test(`${DEPTH.toLocaleString('en')}-deep nested ${name}`, { timeout: 120_000 }, async () => {
    const { result } = await checkBeside({ 'deep.go': make(DEPTH) });
    assert.equal(skipReason(result, 'deep.go'), undefined);
    assert.deepEqual(findingsIn(result, 'deep.go'), []);
  });
}

test('the CLI over a workspace of hostile files: exit 1 for the good file, clean JSON, no stack trace', { timeout: 120_000 }, async () => {
  const root = makeWorkspace({
    'go.mod': GO_MOD,
    'good.go': DISCARDED_CANCEL,
    'empty.go': '',
    'junk.go': junkBytes(64 * 1024, 3, true),
    'latin1.go': invalidUtf8Source(),
    'cut.go': DISCARDED_CANCEL.slice(0, 120),
    'deep.go': deepParentheses(DEPTH),
    'big.pb.go': largeGoFile(undefined, GENERATED_HEADER),
  });
  const run = await runCli(['check', '--format', 'json'], root);
  assert.equal(run.code, 1, run.stderr);
  assertNoStackTrace(run.stderr);
  const out = JSON.parse(run.stdout) as { findings: { file: string; rule: string; line: number }[] };
  assert.ok(out.findings.some((f) => f.file === 'good.go' && f.rule === 'ctx-cancel-discarded' && f.line === DISCARDED_CANCEL_LINE));
});
