// ctx-background-in-request offers context.WithoutCancel only where go.mod's go is ≥ 1.21.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkPaths } from '../../server/src/engine/check';
import { defaultConfig } from '../../server/src/engine/config';
import { FIXTURES } from '../support/fixtures';

const DIR = path.join(FIXTURES, 'ctx-background-in-request');

async function fixTitles(relativeFile: string): Promise<string[][]> {
  const { findings } = await checkPaths([DIR], defaultConfig(), DIR);
  return findings.filter((f) => f.rule === 'ctx-background-in-request' && f.file === path.join(DIR, relativeFile)).map((f) => f.fixes.map((x) => x.title));
}

test('go 1.22: use ctx first, WithoutCancel second', async () => {
  assert.deepEqual(await fixTitles('fix/fix.go'), [
    ["Use the request's context: ctx", "Keep the request's values but outlive it: context.WithoutCancel(ctx)"],
    ["Use the request's context: r.Context()", "Keep the request's values but outlive it: context.WithoutCancel(r.Context())"],
  ]);
});

test('go 1.20: only use ctx', async () => {
  assert.deepEqual(await fixTitles('old/old.go'), [["Use the request's context: ctx"]]);
});

test('gin and echo: the request context expressions', async () => {
  const titles = (await fixTitles('bad.go')).map((t) => t[0]);
  assert.ok(titles.includes("Use the request's context: c.Request.Context()"));
  assert.ok(titles.includes("Use the request's context: c.Request().Context()"));
  assert.ok(titles.includes("Use the request's context: ss.Context()"));
});
