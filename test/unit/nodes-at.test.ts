// SourceFile.nodesAt finds the node of every occurrence of a word with one cursor moving
// forward: the nodes are those a search from the root finds (descendantForIndex), and the parents
// it hands the parent cache are the library's, on every fixture, in deep nests and in a flat tree
// of one ERROR node thousands of tokens wide (a search from the root per occurrence costs the
// square of its width: 25,000 occurrences took 5.4 s, now 72 ms).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GoParser } from '../../server/src/engine/go/parser';
import { SourceFile } from '../../server/src/engine/go/source-file';
import type { SyntaxNode } from '../../server/src/engine/go/syntax';
import { isWordChar } from '../../server/src/engine/go/words';
import { FIXTURES, filesUnder } from '../support/fixtures';
import { NESTING_SHAPES, nestedFile } from '../fuzz/nesting';

const parser = GoParser.load();

/** The node a search from the root finds for each whole-word occurrence of word. */
function fromRoot(file: SourceFile, word: string, from = 0): number[] {
  const ids: number[] = [];
  for (let at = file.text.indexOf(word, from); at >= 0; at = file.text.indexOf(word, at + word.length)) {
    if (isWordChar(file.text.charCodeAt(at - 1)) || isWordChar(file.text.charCodeAt(at + word.length))) continue;
    ids.push(file.root.descendantForIndex(at, at + word.length)!.id);
  }
  return ids;
}

/** Where a node sits: its type and range (nodes of two parses of one text compared). */
const placeOf = (n: SyntaxNode | null) => (n ? `${n.type}@${n.startIndex}-${n.endIndex}` : null);

/** The parents nodesAt told the parent cache are the library's, found on a second parse of the text. */
async function assertSameParents(file: SourceFile, word: string): Promise<void> {
  const other = (await parser).parse(file.text).rootNode;
  for (const hit of file.nodesAt(word)) {
    const twin = other.descendantForIndex(hit.startIndex, hit.endIndex)!;
    assert.equal(placeOf(hit.parent), placeOf(twin.parent), `${word} at ${hit.startIndex}`);
  }
}

async function sourceFile(text: string): Promise<SourceFile> {
  const tree = (await parser).parse(text);
  return new SourceFile('/x/a.go', text, tree.rootNode, null, null);
}

/** Every distinct identifier-like word of the text, at most limit of them. */
function wordsOf(text: string, limit: number): string[] {
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i <= text.length && words.size < limit; i++) {
    const inWord = i < text.length && isWordChar(text.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      words.add(text.slice(start, i));
      start = -1;
    }
  }
  return [...words];
}

test('every word of every fixture: the nodes a search from the root finds', async () => {
  // The fuzz regressions are hostile shapes checked by their own test; a search from the root per word would be quadratic on them.
  const fuzzed = path.join(FIXTURES, '_fuzz') + path.sep;
  const files = filesUnder(FIXTURES, (name) => name.endsWith('.go') || name.endsWith('.go.golden')).filter((file) => !file.startsWith(fuzzed));
  assert.ok(files.length > 100);
  let compared = 0;
  for (const path of files) {
    const file = await sourceFile(fs.readFileSync(path, 'utf8'));
    for (const word of wordsOf(file.text, 200)) {
      assert.deepEqual(
        file.nodesAt(word).map((n) => n.id),
        fromRoot(file, word),
        `${path}: ${word}`,
      );
      compared++;
    }
    for (const word of wordsOf(file.text, 5)) await assertSameParents(file, word);
  }
  assert.ok(compared > 10_000, `${compared} words compared`);
});

test('deep nests of every shape, and a range of the file: the same nodes', async () => {
  for (const shape of NESTING_SHAPES) {
    const file = await sourceFile(nestedFile(shape, 300));
    for (const word of wordsOf(file.text, 50))
      assert.deepEqual(
        file.nodesAt(word).map((n) => n.id),
        fromRoot(file, word),
        `${shape.name}: ${word}`,
      );
    const middle = Math.floor(file.text.length / 2);
    await assertSameParents(file, shape.core);
    assert.deepEqual(
      file.nodesAt(shape.core, middle).map((n) => n.id),
      fromRoot(file, shape.core, middle),
      shape.name,
    );
  }
});

test('5,000 unclosed nested calls on one line (one flat ERROR node): the same nodes', async () => {
  const file = await sourceFile(`package p\n\nvar s = ${'grpc.NewServer('.repeat(5_000)}\n`);
  const found = file.nodesAt('NewServer');
  assert.equal(found.length, 5_000);
  assert.deepEqual(
    found.map((n) => n.id),
    fromRoot(file, 'NewServer'),
  );
  await assertSameParents(file, 'NewServer');
});
