// Line breaks as LSP counts them: `\n`, `\r\n`, and a lone `\r`.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { pointAfter, withLspLineBreaks } from '../../server/src/engine/go/line-breaks';

test('a lone CR becomes LF, CRLF and LF stay, the length never changes', () => {
  assert.equal(withLspLineBreaks('a\rb\r\nc\nd\r'), 'a\nb\r\nc\nd\n');
  assert.equal(withLspLineBreaks('\r\r\n\r'), '\n\r\n\n');
  const plain = 'package a\r\n';
  assert.equal(withLspLineBreaks(plain), plain);
});

test('the end of inserted text counts CR, CRLF and LF as one break each', () => {
  assert.deepEqual(pointAfter(3, 4, 'xy', false), { row: 3, column: 6 });
  assert.deepEqual(pointAfter(3, 4, 'x\ry', false), { row: 4, column: 1 });
  assert.deepEqual(pointAfter(3, 4, 'x\r\nyz', false), { row: 4, column: 2 });
  assert.deepEqual(pointAfter(3, 4, '\n\r\r\n', false), { row: 6, column: 0 });
  // A CR last breaks the line unless the text after the insertion starts with LF: then the two are one break, after the LF.
  assert.deepEqual(pointAfter(0, 0, 'a\r', false), { row: 1, column: 0 });
  assert.deepEqual(pointAfter(0, 0, 'a\r', true), { row: 0, column: 2 });
});
