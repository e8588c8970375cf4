// The fix for a goroutine without its own recovery: a deferred recover() as its first statement.
import { field, lineIndent, namedChildren, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import type { Fix } from '../types';
import { importsForFix } from './imports';

/** Inserts a deferred recover as the literal's first statement; only for a body that already spans lines. */
export function deferRecoverFix(file: SourceFile, literal: SyntaxNode): Fix[] {
  const body = field(literal, 'body');
  const first = namedChildren(body)[0];
  if (!body || body.startPosition.row === body.endPosition.row || (first && first.startPosition.row === body.startPosition.row)) return [];
  // A local named recover would be what the inserted recover() calls.
  if (file.scopes.lookup('recover', body.startIndex)) return [];
  const imports = importsForFix(file, ['log']);
  if (!imports) return [];
  const indent = `${lineIndent(file.text, body)}\t`;
  const text =
    `\n${indent}defer func() {\n${indent}\tif r := recover(); r != nil {\n` +
    `${indent}\t\t${imports.names.get('log')}.Printf("ctxlens: recovered panic in goroutine: %v", r)\n${indent}\t}\n${indent}}()`;
  // At the end of the `{` line, so that a comment trailing the brace stays where it is.
  const row = body.startPosition.row;
  const line = file.text.split('\n')[row] ?? '';
  const at = { line: row, character: line.endsWith('\r') ? line.length - 1 : line.length };
  return [{ title: 'Recover panics inside the goroutine', edits: [{ file: file.path, range: { start: at, end: at }, newText: text }, ...imports.edits] }];
}
