// ctx-background-in-request: a request's context on a request path, the caller's elsewhere; the
// first fix is safe for the shape, and context.WithoutCancel only where go.mod's go is ≥ 1.21.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkPaths } from '../../server/src/engine/run/check';
import { type Config, defaultConfig } from '../../server/src/engine/config/config';
import { loadConfigFile } from '../../server/src/engine/config/config-file';
import { FIXTURES } from '../support/fixtures';

const DIR = path.join(FIXTURES, 'ctx-background-in-request');

// The fixture's .ctxlens.json turns the caller's-context variant on.
const FIXTURE_CONFIG = loadConfigFile(DIR).config;

async function findingsIn(relativeFile: string, config: Config = FIXTURE_CONFIG) {
  const { findings } = await checkPaths([DIR], config, DIR);
  return findings.filter((f) => f.rule === 'ctx-background-in-request' && f.file === path.join(DIR, relativeFile));
}

async function fixTitles(relativeFile: string): Promise<string[][]> {
  return (await findingsIn(relativeFile)).map((f) => f.fixes.map((x) => x.title));
}

test('go 1.22: a caller gets WithoutCancel first, a request gets its context first', async () => {
  assert.deepEqual(await fixTitles('fix/fix.go'), [
    ["Keep the caller's values but not its cancellation: context.WithoutCancel(ctx)", "Use the caller's context: ctx"],
    ["Use the request's context: r.Context()", "Keep the request's values but not its cancellation: context.WithoutCancel(r.Context())"],
  ]);
});

test("the request's context dropped is a warning; the caller's is off by default, a hint once turned on", async () => {
  const of = async (rules: Config['rules']) => (await findingsIn('fix/fix.go', { ...defaultConfig(), rules })).map((f) => `${f.severity} ${f.variant ?? '-'}`);
  assert.deepEqual(await of({}), ['warning -']);
  assert.deepEqual(await of({ 'ctx-background-in-request/callers-context': 'hint' }), ['hint callers-context', 'warning -']);
  // The rule's severity is not the variant's switch: it sets the severity of what is on.
  assert.deepEqual(await of({ 'ctx-background-in-request': 'error' }), ['error -']);
  assert.deepEqual(await of({ 'ctx-background-in-request': 'error', 'ctx-background-in-request/callers-context': 'info' }), [
    'info callers-context',
    'error -',
  ]);
  assert.deepEqual(await of({ 'ctx-background-in-request': 'off', 'ctx-background-in-request/callers-context': 'hint' }), []);
});

test('go 1.20: a request gets its context, a caller no fix', async () => {
  assert.deepEqual(await fixTitles('old/old.go'), [["Use the request's context: r.Context()"], []]);
});

test("the message says the request's context only on a request path", async () => {
  const messages = (await findingsIn('fix/fix.go')).map((f) => f.message);
  assert.match(messages[0]!, /^context\.Background\(\) ignores the caller's context \(ctx\): .*context\.WithoutCancel/);
  assert.match(messages[1]!, /^context\.TODO\(\) ignores the request's context \(r\.Context\(\)\): [^;]*$/);
  const old = (await findingsIn('old/old.go')).map((f) => f.message);
  assert.match(old[1]!, /the caller's context \(ctx\): .*; if the work must outlive the caller, say why in a comment$/);
});

test('gin, echo and gRPC streams are requests: the request context expressions', async () => {
  const titles = (await fixTitles('bad.go')).map((t) => t[0]);
  assert.ok(titles.includes("Use the request's context: c.Request.Context()"));
  assert.ok(titles.includes("Use the request's context: c.Request().Context()"));
  assert.ok(titles.includes("Use the request's context: ss.Context()"));
});
