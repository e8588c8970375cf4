// Fix-all's merge: fixes whole or not at all, shared edits once, colliding fixes left out.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { mergeFixes } from '../../server/src/engine/fixes/merge';
import type { Fix, TextEdit } from '../../server/src/engine/types';

const edit = (line: number, from: number, to: number, newText: string, file = '/w/a.go'): TextEdit => ({
  file,
  range: { start: { line, character: from }, end: { line, character: to } },
  newText,
});
const fix = (title: string, ...edits: TextEdit[]): Fix => ({ title, edits });
const importContext = edit(2, 0, 0, 'import "context"\n');

test('an import added by two fixes is added once', () => {
  const merged = mergeFixes([fix('a', importContext, edit(5, 10, 13, 'context.TODO()')), fix('b', { ...importContext }, edit(8, 4, 7, 'context.TODO()'))]);
  assert.equal(merged.applied, 2);
  assert.deepEqual(merged.edits, [importContext, edit(5, 10, 13, 'context.TODO()'), edit(8, 4, 7, 'context.TODO()')]);
});

test('a fix overlapping one already taken is left out whole', () => {
  const merged = mergeFixes([fix('a', edit(5, 0, 20, 'x')), fix('b', edit(7, 0, 1, 'y'), edit(5, 10, 12, 'z')), fix('c', edit(5, 20, 22, 'w'))]);
  assert.equal(merged.applied, 2);
  assert.deepEqual(merged.edits, [edit(5, 0, 20, 'x'), edit(5, 20, 22, 'w')]);
});

test("different insertions at one point collide (their order would be a guess); a fix's own insertions do not", () => {
  const own = fix('a', edit(3, 0, 0, 'one\n'), edit(3, 0, 0, 'two\n'));
  const merged = mergeFixes([own, fix('b', edit(3, 0, 0, 'three\n'))]);
  assert.equal(merged.applied, 1);
  assert.deepEqual(merged.edits, own.edits);
});

test('the same range in another file does not collide', () => {
  const merged = mergeFixes([fix('a', edit(1, 0, 3, 'x')), fix('b', edit(1, 0, 3, 'y', '/w/b.go'))]);
  assert.equal(merged.applied, 2);
});
