// Builders for the text edits quick fixes are made of.
import { lineIndent, nodeRange, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import type { TextEdit } from '../types';

export function replaceNode(file: SourceFile, node: SyntaxNode, newText: string): TextEdit {
  return { file: file.path, range: nodeRange(node), newText };
}

/** Inserts text right after node (on its last line). */
export function insertAfter(file: SourceFile, node: SyntaxNode, text: string): TextEdit {
  const end = nodeRange(node).end;
  return { file: file.path, range: { start: end, end }, newText: text };
}

/** Deletes stmt with its whole line (and a comment trailing it); null unless no other code shares its line(s). */
export function deleteStatementLine(file: SourceFile, stmt: SyntaxNode): TextEdit | null {
  const lineEnd = file.text.indexOf('\n', stmt.endIndex);
  const after = file.text.slice(stmt.endIndex, lineEnd === -1 ? file.text.length : lineEnd).trim();
  const trailingComment = after.startsWith('//') && !after.includes('*/');
  if (lineIndent(file.text, stmt).length !== stmt.startPosition.column || (after !== '' && !trailingComment)) return null;
  const start = { line: stmt.startPosition.row, character: 0 };
  return { file: file.path, range: { start, end: { line: stmt.endPosition.row + 1, character: 0 } }, newText: '' };
}

/** Inserts a statement on a new line after stmt (and after a comment trailing it), at stmt's indentation. */
export function insertStatementAfter(file: SourceFile, stmt: SyntaxNode, statementText: string): TextEdit {
  const next = stmt.nextSibling;
  const trailing = next?.type === 'comment' && next.startPosition.row === stmt.endPosition.row ? next : null;
  const last = trailing ?? stmt;
  const { end } = nodeRange(last);
  // tree-sitter's line comment runs on to the `\r` of a CRLF line end; the line itself ends before it.
  const crlf = last.text.endsWith('\r') || file.text.startsWith('\r\n', last.endIndex);
  if (last.text.endsWith('\r')) end.character--;
  return { file: file.path, range: { start: end, end }, newText: `${crlf ? '\r\n' : '\n'}${lineIndent(file.text, stmt)}${statementText}` };
}
