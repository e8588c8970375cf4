// ctx-value-builtin-key on hostile input: thousands of keyed calls in one function cost about
// their parse time (each name's declarations are read once), and they make one finding per key.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkPaths } from '../../server/src/engine/run/check';
import { defaultConfig } from '../../server/src/engine/config/config';
import { builtinKeyUses } from '../../server/src/engine/flow/builtin-keys';
import { GoParser } from '../../server/src/engine/go/parser';
import { SourceFile } from '../../server/src/engine/go/source-file';

const N = 4_000;

/** One key used N times: `ctx = context.WithValue(ctx, key, i)` on N flat lines. */
function oneKeyFile(): string {
  const lines = Array.from({ length: N }, (_, i) => `\tctx = context.WithValue(ctx, key, ${i})\n`);
  return `package flat\n\nimport "context"\n\nconst key = "k"\n\nfunc f(ctx context.Context) context.Context {\n${lines.join('')}\treturn ctx\n}\n`;
}

/** N keys of one iota-style const block, each used once. */
function manyKeysFile(): string {
  const consts = Array.from({ length: N }, (_, i) => (i === 0 ? '\tk0 = "0"\n' : `\tk${i}\n`));
  const lines = Array.from({ length: N }, (_, i) => `\tctx = context.WithValue(ctx, k${i}, ${i})\n`);
  return `package flat\n\nimport "context"\n\nconst (\n${consts.join('')})\n\nfunc f(ctx context.Context) context.Context {\n${lines.join('')}\treturn ctx\n}\n`;
}

/** Milliseconds to parse text, and to find its built-in keys, and how many it found. */
async function timed(text: string): Promise<{ parseMs: number; ruleMs: number; uses: number }> {
  const parser = await GoParser.load();
  const parseStart = performance.now();
  const tree = parser.parse(text);
  const parseMs = performance.now() - parseStart;
  try {
    const file = new SourceFile('/x/flat.go', text, tree.rootNode, null, null);
    const ruleStart = performance.now();
    const uses = builtinKeyUses(file).length;
    return { parseMs, ruleMs: performance.now() - ruleStart, uses };
  } finally {
    tree.delete();
  }
}

for (const [name, source, expected] of [
  ['one key used', oneKeyFile, N],
  ['a const block of keys, each used once:', manyKeysFile, N],
] as const) {
  test(`${name} ${N.toLocaleString('en')} times costs about its parse time`, { timeout: 60_000 }, async () => {
    const { parseMs, ruleMs, uses } = await timed(source());
    assert.equal(uses, expected);
    // Generous: the quadratic version took 29 s here.
    assert.ok(ruleMs < 10 * parseMs + 1_000, `rule ${ruleMs.toFixed(0)} ms, parse ${parseMs.toFixed(0)} ms`);
  });
}

test(`one key used ${N.toLocaleString('en')} times is one finding, its other uses related`, { timeout: 60_000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctxlens-keys-'));
  try {
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module example.com/flat\n\ngo 1.22\n');
    fs.writeFileSync(path.join(dir, 'flat.go'), oneKeyFile());
    const { findings } = await checkPaths([dir], defaultConfig(), dir);
    const keys = findings.filter((f) => f.rule === 'ctx-value-builtin-key');
    assert.equal(keys.length, 1);
    assert.equal(keys[0]!.range.start.line, 7, 'at the first use');
    assert.match(keys[0]!.message, new RegExp(`used as a key ${N} times`));
    assert.equal(keys[0]!.related.length, 20, 'related locations are capped');
    assert.equal(keys[0]!.related[0]!.range.start.line, 8);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
