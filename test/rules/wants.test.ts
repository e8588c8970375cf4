// The syntax of `// want` comments: rule ids, pinned message substrings, nofix with its reason.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseWantComment } from '../support/wants';

test('a want lists rule ids, each with the message substrings and the nofix reason after it', () => {
  assert.equal(parseWantComment('// just a comment'), null);
  assert.deepEqual(parseWantComment('// want "ctx-nil" "ctx-nil"'), [
    { rule: 'ctx-nil', messages: [] },
    { rule: 'ctx-nil', messages: [] },
  ]);
  assert.deepEqual(parseWantComment('//nolint:errcheck // want "ctx-nil" "panics as soon" nofix: another file declares context() "chain-order"'), [
    { rule: 'ctx-nil', messages: ['panics as soon'], nofix: 'another file declares context()' },
    { rule: 'chain-order', messages: [] },
  ]);
});

test('a want that does not parse fails instead of expecting nothing', () => {
  assert.throws(() => parseWantComment('// want ctx-nil'), /malformed want/);
  assert.throws(() => parseWantComment('// want "ctx-nil" nofix:'), /malformed want/);
  assert.throws(() => parseWantComment('// want "a message first"'), /malformed want/);
});
