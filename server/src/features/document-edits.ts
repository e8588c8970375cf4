// Turns LSP content changes into tree-sitter edits, so open documents re-parse incrementally.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextChange, TreePoint } from '../engine/go/tree-edit';

/** Where text ends when inserted at start: rows advance by its line breaks. */
function endOf(start: TreePoint, text: string): TreePoint {
  const lastBreak = text.lastIndexOf('\n');
  if (lastBreak < 0) return { row: start.row, column: start.column + text.length };
  let rows = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) rows++;
  return { row: start.row + rows, column: text.length - lastBreak - 1 };
}

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
    newEndPosition: endOf(startPosition, change.text),
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
