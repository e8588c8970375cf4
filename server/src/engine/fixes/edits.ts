// Builders for the text edits quick fixes are made of.
import { lineIndent, nodeRange, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import type { TextEdit } from '../types';

export function replaceNode(file: SourceFile, node: SyntaxNode, newText: string): TextEdit {
  return { file: file.path, range: nodeRange(node), newText };
}

/** Inserts a statement on a new line after stmt (and after a comment trailing it), at stmt's indentation. */
export function insertStatementAfter(file: SourceFile, stmt: SyntaxNode, statementText: string): TextEdit {
  const next = stmt.nextSibling;
  const trailing = next?.type === 'comment' && next.startPosition.row === stmt.endPosition.row ? next : null;
  const end = nodeRange(trailing ?? stmt).end;
  return { file: file.path, range: { start: end, end }, newText: `\n${lineIndent(file.text, stmt)}${statementText}` };
}
