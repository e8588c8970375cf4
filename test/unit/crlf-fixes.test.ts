// A file with CRLF line ends gets fixes that keep them: a statement inserted after a line
// comment goes before the comment's `\r\n` (tree-sitter's comment node runs on to the `\r`).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkPaths } from '../../server/src/engine/run/check';
import { defaultConfig } from '../../server/src/engine/config/config';
import { applyEdits } from '../support/apply-edits';

const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

test('defer cancel() after a trailing comment of a CRLF line', async () => {
  const source = crlf([
    'package shop',
    '',
    'import (',
    '\t"context"',
    '\t"time"',
    ')',
    '',
    'func Fetch(parent context.Context, fail bool) error {',
    '\tctx, cancel := context.WithTimeout(parent, time.Second) // the budget',
    '\tif fail {',
    '\t\treturn ctx.Err()',
    '\t}',
    '\tcancel()',
    '\treturn nil',
    '}',
  ]);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ctxlens-crlf-'));
  try {
    fs.writeFileSync(path.join(root, 'go.mod'), 'module example.com/shop\n\ngo 1.22\n');
    const file = path.join(root, 'fetch.go');
    fs.writeFileSync(file, source);
    const { findings } = await checkPaths([root], defaultConfig(), root);
    const finding = findings.find((f) => f.rule === 'ctx-cancel-not-called');
    assert.ok(finding, 'ctx-cancel-not-called reports the early return');
    const fix = finding.fixes.find((f) => f.title === 'Defer cancel()');
    assert.ok(fix, `a "Defer cancel()" fix among ${finding.fixes.map((f) => f.title).join(', ')}`);
    const fixed = applyEdits(source, fix.edits);
    assert.ok(fixed.includes('// the budget\r\n\tdefer cancel()\r\n\tif fail {'), JSON.stringify(fixed));
    assert.ok(!/[^\r]\n/.test(fixed), 'every line still ends with CRLF');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
