// The string pool the worker runner passes each outcome through: values stay as they were,
// however deep the facts nest.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { StringPool } from '../../server/src/engine/facts/string-pool';

test('interning keeps every value: strings in objects, arrays, records, at any depth', () => {
  const facts = {
    kind: 'call',
    text: 'grpc.NewServer',
    args: [{ kind: 'ident', text: 'opts', range: { start: { line: 1, character: 2 } } }, null, 3, true],
    types: { s: 'Server' },
  };
  const expected = structuredClone(facts);
  const pool = new StringPool();
  pool.intern(facts);
  pool.intern(structuredClone(expected));
  assert.deepEqual(facts, expected);
});

test('facts nested 100,000 deep are interned without a stack overflow', () => {
  const root: { text: string; inner?: unknown } = { text: 'outer' };
  let node = root;
  for (let i = 0; i < 100_000; i++) node = (node.inner = { text: `level ${i % 7}` }) as typeof root;
  const pool = new StringPool();
  pool.intern(root);
  let depth = 0;
  for (let at: typeof root | undefined = root; at; at = at.inner as typeof root | undefined) depth++;
  assert.equal(depth, 100_001);
  assert.equal(node.text, `level ${99_999 % 7}`);
});
