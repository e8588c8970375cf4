// Incremental re-parsing of open documents: a tree edited from LSP content changes and
// re-parsed must equal a fresh parse of the new text.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { withLspLineBreaks } from '../../server/src/engine/go/line-breaks';
import { GoParser } from '../../server/src/engine/go/parser';
import { editTree } from '../../server/src/engine/go/tree-edit';
import { walk, type SyntaxNode } from '../../server/src/engine/go/syntax';
import { applyChanges, treeChangeFor } from '../../server/src/features/document-edits';
import { FIXTURES } from '../support/fixtures';

/** A small deterministic generator, so a failure is reproducible. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

// Lone `\r` and `\r\n` too: the parsed text turns a lone `\r` into `\n`, which an edit beside a `\r` can change.
const INSERTS = ['x', '\n', ')', '{\n\t', 'ctx, _ := context.WithCancel(ctx)\n', '// é😀 comment\n', '"str😀"', '', '\r', '\r\n', 'y\r'];

function randomChange(doc: TextDocument, next: () => number): TextDocumentContentChangeEvent {
  const length = doc.getText().length;
  const start = Math.floor(next() * length);
  const end = Math.min(length, start + Math.floor(next() * 12));
  const text = INSERTS[Math.floor(next() * INSERTS.length)]!;
  return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text };
}

/** Every node's type and start and end points, in source order. */
function positions(root: SyntaxNode): string[] {
  const out: string[] = [];
  walk(root, (n) => void out.push(`${n.type} ${n.startPosition.row}:${n.startPosition.column}-${n.endPosition.row}:${n.endPosition.column}`));
  return out;
}

test('random incremental edits re-parse to the same tree as a fresh parse', async () => {
  const parser = await GoParser.load();
  const source = fs.readFileSync(path.join(FIXTURES, 'ctx-cancel-discarded', 'fix', 'fix.go'), 'utf8');
  const next = random(42);
  let doc = TextDocument.create('file:///x.go', 'go', 1, source);
  let tree = parser.parse(withLspLineBreaks(source));
  try {
    for (let version = 2; version < 200; version++) {
      // Several changes per notification, each against the text the previous one produced.
      const changes: TextDocumentContentChangeEvent[] = [];
      const scratch = TextDocument.create('file:///x.go', 'go', version, doc.getText());
      for (let i = 0; i < 1 + Math.floor(next() * 3); i++) {
        const change = randomChange(scratch, next);
        changes.push(change);
        TextDocument.update(scratch, [change], version);
      }
      doc = applyChanges(doc, changes, version, (edit) => {
        assert.ok(edit, 'range changes give tree edits');
        editTree(tree, edit);
      });
      assert.equal(doc.getText(), scratch.getText());
      const incremental = parser.parse(withLspLineBreaks(doc.getText()), tree);
      tree.delete();
      tree = incremental;
      const fresh = parser.parse(withLspLineBreaks(doc.getText()));
      try {
        assert.equal(incremental.rootNode.toString(), fresh.rootNode.toString(), `after version ${version}`);
        assert.deepEqual(positions(incremental.rootNode), positions(fresh.rootNode), `positions after version ${version}`);
        assert.equal(incremental.rootNode.endIndex, fresh.rootNode.endIndex);
        assert.deepEqual(incremental.rootNode.endPosition, fresh.rootNode.endPosition);
      } finally {
        fresh.delete();
      }
    }
  } finally {
    tree.delete();
  }
});

test('a change without a range replaces the whole text and gives no tree edit', () => {
  const doc = TextDocument.create('file:///x.go', 'go', 1, 'package a\n');
  assert.equal(treeChangeFor(doc, { text: 'package b\n' }), null);
});

test('tree edits count UTF-16 code units and rows', () => {
  const doc = TextDocument.create('file:///x.go', 'go', 1, 'package a\n\nvar s = "😀"\n');
  const change = treeChangeFor(doc, { range: { start: { line: 2, character: 11 }, end: { line: 2, character: 12 } }, text: 'x\ny' });
  assert.deepEqual(change, {
    startIndex: 22,
    oldEndIndex: 23,
    newEndIndex: 25,
    startPosition: { row: 2, column: 11 },
    oldEndPosition: { row: 2, column: 12 },
    newEndPosition: { row: 3, column: 1 },
  });
});
