import { CODES_PKG, GRPC_NEEDS, STATUS_PKG } from '../knowledge/grpc-api';
import { replaceNode } from '../fixes/edits';
import { importsForFix } from '../fixes/imports';
import { callArguments, lineIndent, type SyntaxNode } from '../go/syntax';
import { panicCalls } from '../interceptors/body';
import { newPanicCalls } from '../interceptors/recovery';
import { interceptorLabel, interceptorsIn, type InterceptorShape } from '../interceptors/shape';
import type { SourceFile } from '../go/source-file';
import type { Fix } from '../types';
import type { FileRule } from './rule';

/** The message a client may see: a string literal the code already has, else a fixed text. */
const FIXED_MESSAGE = '"internal error"';

function isStringLiteral(node: SyntaxNode): boolean {
  return node.type === 'interpreted_string_literal' || node.type === 'raw_string_literal';
}

/**
 * The status message for a panic value, and whether the value must be logged instead: a string
 * literal (`panic("no method")`) is a fixed text written for it; anything else may hold data,
 * internals or a stack and stays on the server.
 */
function messageOf(value: SyntaxNode): { text: string; logValue: boolean } {
  return isStringLiteral(value) ? { text: value.text, logValue: false } : { text: FIXED_MESSAGE, logValue: true };
}

function returnErrorFix(file: SourceFile, shape: InterceptorShape, call: SyntaxNode): Fix[] {
  const statement = call.parent;
  const [value, extra] = callArguments(call);
  if (statement?.type !== 'expression_statement' || !value || extra) return [];
  const message = messageOf(value);
  const imports = importsForFix(file, message.logValue ? [CODES_PKG, 'log', STATUS_PKG] : [CODES_PKG, STATUS_PKG]);
  if (!imports) return [];
  const error = `${imports.names.get(STATUS_PKG)}.Error(${imports.names.get(CODES_PKG)}.Internal, ${message.text})`;
  const zeros = shape.kind === 'unary-server' || shape.kind === 'stream-client' ? 'nil, ' : '';
  // Parenthesised, an operator expression keeps the spacing gofmt gave it as panic's only argument.
  const logged = value.type === 'binary_expression' ? `(${value.text})` : value.text;
  const log = message.logValue ? `${imports.names.get('log')}.Printf("panic in interceptor: %v", ${logged})\n${lineIndent(file.text, statement)}` : '';
  return [{ title: `Return ${error} instead of panicking`, edits: [replaceNode(file, statement, `${log}return ${zeros}${error}`), ...imports.edits] }];
}

export const interceptorPanics: FileRule = {
  meta: {
    id: 'interceptor-panics',
    defaultSeverity: 'warning',
    summary: 'panic(...) in an interceptor: the process crashes unless a recovery interceptor runs before it.',
    fixable: true,
    inTestCode: 'quiet',
    needs: GRPC_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    for (const shape of interceptorsIn(file)) {
      const effect = shape.kind.endsWith('server')
        ? 'it crashes the whole server unless a recovery interceptor runs before this one'
        : 'it crashes the calling process';
      for (const call of newPanicCalls(file, shape.fn, panicCalls(shape.fn))) {
        report({
          node: call,
          message: `panic in ${interceptorLabel(shape)}: ${effect}; return a status error instead`,
          fixes: returnErrorFix(file, shape, call),
        });
      }
    }
  },
};
