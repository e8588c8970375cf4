// Turns LSP content changes into tree-sitter edits, so open documents re-parse incrementally.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { pointAfter } from '../engine/api';
import type { TextChange, TreePoint } from '../engine/api';

function pointAt(doc: TextDocument, offset: number): TreePoint {
  const position = doc.positionAt(offset);
  return { row: position.line, column: position.character };
}

/** The tree edit for one change applied to doc (the text before the change); null for a full replacement. */
export function treeChangeFor(doc: TextDocument, change: TextDocumentContentChangeEvent): TextChange | null {
  if (!('range' in change)) return null;
  // A reversed range (end before start) is applied swapped by TextDocument.update: the tree edit must be too.
  const [startIndex, oldEndIndex] = [doc.offsetAt(change.range.start), doc.offsetAt(change.range.end)].sort((a, b) => a - b) as [number, number];
  const startPosition = pointAt(doc, startIndex);
  return {
    startIndex,
    oldEndIndex,
    newEndIndex: startIndex + change.text.length,
    startPosition,
    oldEndPosition: pointAt(doc, oldEndIndex),
    // Rows as LSP counts them, like the parsed text (a `\r` just before the change that becomes
    // or stops being lone ends the token before the edit, which tree-sitter re-reads anyway).
    newEndPosition: pointAfter(startPosition.row, startPosition.column, change.text, doc.getText().charCodeAt(oldEndIndex) === 10),
  };
}

/**
 * Applies changes in order, reporting each one's tree edit against the text it applies to
 * (null when the whole text was replaced and the tree must be dropped).
 */
export function applyChanges(
  doc: TextDocument,
  changes: readonly TextDocumentContentChangeEvent[],
  version: number,
  onEdit: (change: TextChange | null) => void,
): TextDocument {
  let current = doc;
  for (const change of changes) {
    onEdit(treeChangeFor(current, change));
    current = TextDocument.update(current, [change], version);
  }
  return current;
}
