// ctx-background-in-request on a function holding thousands of root contexts (table-driven tests and
// generated code look like this): one finding each. Its cost against the parse is `npm run bench:scale`'s.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../server/src/engine/config/config';
import { GoParser } from '../../server/src/engine/go/parser';
import { ctxBackgroundInRequest } from '../../server/src/engine/rules/ctx-background-in-request';
import { SourceFile } from '../../server/src/engine/go/source-file';
import { manyRootContexts } from '../cli/hostile-inputs';

const N = 4_000;

test(`${N.toLocaleString('en')} root contexts in one function are one finding each`, { timeout: 120_000 }, async () => {
  const text = manyRootContexts(N);
  const parser = await GoParser.load();
  const tree = parser.parse(text, undefined, 120_000);
  try {
    const file = new SourceFile('/x/a.go', text, tree.rootNode, null, 'example.com/a');
    let findings = 0;
    ctxBackgroundInRequest.check({ file, config: defaultConfig(), report: () => void findings++ });
    assert.equal(findings, 2 * N);
  } finally {
    tree.delete();
  }
});
