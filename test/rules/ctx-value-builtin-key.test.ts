// ctx-value-builtin-key on hostile input: thousands of keyed calls in one function make one finding
// per key (their cost against the parse is `npm run bench:scale`'s).
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
import { manyKeysUsedOnce, oneKeyUsedOften } from '../cli/hostile-inputs';

const N = 4_000;

/** The built-in keys of a text, as the rule finds them. */
async function builtinKeysOf(text: string): Promise<number> {
  const parser = await GoParser.load();
  const tree = parser.parse(text);
  try {
    return builtinKeyUses(new SourceFile('/x/flat.go', text, tree.rootNode, null, null)).length;
  } finally {
    tree.delete();
  }
}

for (const [name, source] of [
  ['one key used', oneKeyUsedOften],
  ['a const block of keys, each used once:', manyKeysUsedOnce],
] as const) {
  test(`${name} ${N.toLocaleString('en')} times: every use is found`, { timeout: 60_000 }, async () => {
    assert.equal(await builtinKeysOf(source(N)), N);
  });
}

test(`one key used ${N.toLocaleString('en')} times is one finding, its other uses related`, { timeout: 60_000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctxlens-keys-'));
  try {
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module example.com/flat\n\ngo 1.22\n');
    fs.writeFileSync(path.join(dir, 'flat.go'), oneKeyUsedOften(N));
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
