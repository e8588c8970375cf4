// ctx-background-in-request is linear in its file: a function holding thousands of root contexts
// (table-driven tests and generated code look like this) costs about what its parse costs.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../server/src/engine/config/config';
import { GoParser } from '../../server/src/engine/go/parser';
import { ctxBackgroundInRequest } from '../../server/src/engine/rules/ctx-background-in-request';
import { SourceFile } from '../../server/src/engine/go/source-file';

const N = 4_000;

/** N root contexts in a handler (r.Context()) and N in a function with a ctx parameter, with locals and comments between them. */
function manyRootContexts(n: number): string {
  const lines = ['package a', '', 'import (', '\t"context"', '\t"net/http"', ')', '', 'func use(ctx context.Context, v int) int { return v }', ''];
  lines.push('func Handle(w http.ResponseWriter, r *http.Request) {');
  for (let i = 0; i < n; i++) lines.push(`\tv${i} := use(context.Background(), ${i})`, `\t_ = v${i}`);
  lines.push('}', '', 'func Work(ctx context.Context) {');
  lines.push('\tselect {', '\tcase <-ctx.Done():', '\t\treturn', '\tdefault:', '\t}');
  for (let i = 0; i < n; i++) lines.push(`\t// step ${i}`, `\tif v := use(context.TODO(), ${i}); v < 0 { // check ${i}`, '\t\treturn', '\t}');
  lines.push('}', '');
  return lines.join('\n');
}

test(`${N.toLocaleString('en')} root contexts in one function cost about what the parse costs`, { timeout: 120_000 }, async () => {
  const text = manyRootContexts(N);
  const parser = await GoParser.load();
  const parseStart = performance.now();
  const tree = parser.parse(text, undefined, 120_000);
  const parseMs = performance.now() - parseStart;
  try {
    const file = new SourceFile('/x/a.go', text, tree.rootNode, null, 'example.com/a');
    let findings = 0;
    const checkStart = performance.now();
    ctxBackgroundInRequest.check({ file, config: defaultConfig(), report: () => void findings++ });
    const checkMs = performance.now() - checkStart;
    assert.equal(findings, 2 * N);
    // Quadratic work took minutes here; linear work takes a few parses. The floor absorbs a loaded machine.
    assert.ok(checkMs < Math.max(10 * parseMs, 2_000), `check took ${checkMs.toFixed(0)} ms, the parse ${parseMs.toFixed(0)} ms`);
  } finally {
    tree.delete();
  }
});
