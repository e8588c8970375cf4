// No input can hang the parser: a parse that outlives its budget is cancelled with a clear
// error, and the parser is ready for the next file.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { GoParser, ParseTimeout } from '../../server/src/engine/go/parser';

const FUNC = 'func f(ctx context.Context) error {\n\tif ctx == nil {\n\t\treturn nil\n\t}\n\treturn ctx.Err()\n}\n\n';

test('a parse over its budget throws ParseTimeout, and the next parse starts afresh', async () => {
  const parser = await GoParser.load();
  const big = `package p\n\nimport "context"\n\n${FUNC.repeat(40_000)}`;
  assert.throws(
    () => parser.parse(big, undefined, 0),
    (error: unknown) => error instanceof ParseTimeout && /more than 0\.0 s of CPU time/.test(error.message),
  );
  const tree = parser.parse('package q\n\nfunc g() {}\n');
  try {
    assert.equal(tree.rootNode.hasError, false);
    assert.equal(tree.rootNode.text, 'package q\n\nfunc g() {}\n');
  } finally {
    tree.delete();
  }
});
