import { CONTEXT_NEEDS } from '../knowledge/context-api';
import { GRPC_NEEDS } from '../knowledge/grpc-api';
import { importsForFix } from '../fixes/imports';
import { field, lineIndent, namedChildren, type SyntaxNode } from '../go/syntax';
import { walkOwnBody } from '../interceptors/own-body';
import { hasDeferredRecover } from '../interceptors/recovery';
import { interceptorLabel, interceptorsIn } from '../interceptors/shape';
import type { SourceFile } from '../go/source-file';
import type { Fix } from '../types';
import type { FileRule } from './rule';

/** Inserts a deferred recover as the literal's first statement; only for a body that already spans lines. */
function deferRecoverFix(file: SourceFile, literal: SyntaxNode): Fix[] {
  const body = field(literal, 'body');
  const first = namedChildren(body)[0];
  if (!body || body.startPosition.row === body.endPosition.row || (first && first.startPosition.row === body.startPosition.row)) return [];
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

export const interceptorGoroutineUnrecovered: FileRule = {
  meta: {
    id: 'interceptor-goroutine-unrecovered',
    defaultSeverity: 'warning',
    summary: "A goroutine started in an interceptor without its own deferred recover(): the chain's recovery cannot catch its panics.",
    fixable: true,
    inTestCode: 'quiet',
    needs: { words: [...GRPC_NEEDS.words, ...CONTEXT_NEEDS.words] },
  },
  scope: 'file',
  check({ file, report }) {
    for (const shape of interceptorsIn(file)) {
      walkOwnBody(shape.fn, (node) => {
        if (node.type !== 'go_statement') return;
        const call = namedChildren(node).find((c) => c.type === 'call_expression');
        const literal = call ? field(call, 'function') : null;
        // Named functions are not followed: only func literals can be judged here.
        if (literal?.type !== 'func_literal' || hasDeferredRecover(file, literal)) return;
        report({
          node: node.child(0) ?? node,
          message: `goroutine started in ${interceptorLabel(shape)} without its own deferred recover(): a panic in it kills the process, and no recovery interceptor can catch it`,
          fixes: deferRecoverFix(file, literal),
        });
      });
    }
  },
};
