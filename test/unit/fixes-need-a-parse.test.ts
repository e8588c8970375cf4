// A file that does not parse keeps its findings but offers no fix: an edit computed on
// half-typed code may break it further.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkPaths } from '../../server/src/engine/run/check';
import { defaultConfig } from '../../server/src/engine/config/config';

const SOURCE = `package shop

import (
	"context"
	"time"
)

func Fetch(parent context.Context) error {
	ctx, _ := context.WithTimeout(parent, time.Second)
	return ctx.Err()
}
`;

async function findingsOf(source: string) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ctxlens-parse-'));
  try {
    fs.writeFileSync(path.join(root, 'go.mod'), 'module example.com/shop\n\ngo 1.22\n');
    fs.writeFileSync(path.join(root, 'fetch.go'), source);
    return (await checkPaths([root], defaultConfig(), root)).findings;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

test('the same finding with its fix when the file parses, without when it does not', async () => {
  const clean = await findingsOf(SOURCE);
  assert.deepEqual(
    clean.map((f) => [f.rule, f.fixes.length > 0]),
    [['ctx-cancel-discarded', true]],
  );
  const broken = await findingsOf(`${SOURCE}\nfunc Half(ctx context.Context) {\n\tif ctx != nil {\n`);
  assert.deepEqual(
    broken.map((f) => [f.rule, f.fixes.length]),
    [['ctx-cancel-discarded', 0]],
  );
});

test('a file that parses only as the editor shows its lone CRs (Go reads them as spaces) offers no fix', async () => {
  // In Go the two imports stand on one line: a syntax error the editor does not show.
  const loneCr = SOURCE.replace('\t"context"\n\t"time"\n', '\t"context"\r\t"time"\n');
  const findings = await findingsOf(loneCr);
  assert.deepEqual(
    findings.map((f) => [f.rule, f.fixes.length]),
    [['ctx-cancel-discarded', 0]],
  );
});

test('a line comment that Go runs on past a lone CR, over code the editor shows, offers no fix', async () => {
  // The editor shows `_ = parent` as code after the comment; for Go it is part of the comment.
  const commentRunsOn = SOURCE.replace('\treturn ctx.Err()', '\t// done\r_ = parent\n\treturn ctx.Err()');
  assert.deepEqual(
    (await findingsOf(commentRunsOn)).map((f) => [f.rule, f.fixes.length]),
    [['ctx-cancel-discarded', 0]],
  );
  const commentEndsThere = SOURCE.replace('\treturn ctx.Err()', '\t// done\r\n\t_ = parent\n\treturn ctx.Err()');
  assert.deepEqual(
    (await findingsOf(commentEndsThere)).map((f) => [f.rule, f.fixes.length > 0]),
    [['ctx-cancel-discarded', true]],
  );
});
