import { CODES_PKG, STATUS_PKG } from '../knowledge/grpc-api';
import { replaceNode } from '../fixes/edits';
import { importsForFix, type FixImports } from '../fixes/imports';
import { CONNECT_PKGS, INTERCEPTOR_NEEDS } from '../knowledge/connect-api';
import { callArguments, lineIndent, type SyntaxNode } from '../go/syntax';
import { panicCalls } from '../interceptors/body';
import { newPanicCalls } from '../interceptors/recovery';
import { interceptorLabel, interceptorsIn, isConnectKind, type InterceptorShape } from '../interceptors/shape';
import { INTERCEPTOR_SIDE } from '../interceptors/types';
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

/** The error the fix returns: a grpc status, or a connect error written with the file's connect import. */
function errorOf(file: SourceFile, shape: InterceptorShape, message: string, logValue: boolean): { error: string; imports: FixImports } | null {
  const extra = logValue ? ['log'] : [];
  if (!isConnectKind(shape.kind)) {
    const imports = importsForFix(file, [CODES_PKG, ...extra, STATUS_PKG]);
    return imports ? { error: `${imports.names.get(STATUS_PKG)}.Error(${imports.names.get(CODES_PKG)}.Internal, ${message})`, imports } : null;
  }
  const connectPath = [...CONNECT_PKGS].find((p) => file.imports.has(p));
  const imports = connectPath ? importsForFix(file, [connectPath, 'errors', ...extra]) : null;
  if (!imports) return null;
  const connect = imports.names.get(connectPath!);
  return { error: `${connect}.NewError(${connect}.CodeInternal, ${imports.names.get('errors')}.New(${message}))`, imports };
}

/** The zero values returned before the error, per kind; null when the interceptor returns no error (a connect streaming client's conn). */
const ZEROS: Record<InterceptorShape['kind'], string | null> = {
  'unary-server': 'nil, ',
  'stream-server': '',
  'unary-client': '',
  'stream-client': 'nil, ',
  'connect-unary': 'nil, ',
  'connect-stream-handler': '',
  'connect-stream-client': null,
};

function returnErrorFix(file: SourceFile, shape: InterceptorShape, call: SyntaxNode): Fix[] {
  const statement = call.parent;
  const [value, extra] = callArguments(call);
  const zeros = ZEROS[shape.kind];
  if (statement?.type !== 'expression_statement' || !value || extra || zeros === null) return [];
  const message = messageOf(value);
  const built = errorOf(file, shape, message.text, message.logValue);
  if (!built) return [];
  const { error, imports } = built;
  // Parenthesised, an operator expression keeps the spacing gofmt gave it as panic's only argument.
  const logged = value.type === 'binary_expression' ? `(${value.text})` : value.text;
  const log = message.logValue ? `${imports.names.get('log')}.Printf("panic in interceptor: %v", ${logged})\n${lineIndent(file.text, statement)}` : '';
  return [{ title: `Return ${error} instead of panicking`, edits: [replaceNode(file, statement, `${log}return ${zeros}${error}`), ...imports.edits] }];
}

/**
 * What the panic does. grpc-go recovers nothing; net/http recovers a connect handler's panic
 * but closes the connection (HTTP/2: resets the stream), so the client sees no error code.
 */
function effectOf(shape: InterceptorShape): string {
  const side = INTERCEPTOR_SIDE[shape.kind];
  if (!isConnectKind(shape.kind)) {
    return side === 'server' ? 'it crashes the whole server unless a recovery interceptor runs before this one' : 'it crashes the calling process';
  }
  const handler =
    'on a handler, net/http recovers it but the client gets a dropped connection (HTTP/2: a reset stream) instead of an error, unless connect.WithRecover is given';
  if (side === 'server') return handler;
  return side === 'client' ? 'it crashes the calling process' : `${handler}; on a client it crashes the calling process`;
}

export const interceptorPanics: FileRule = {
  meta: {
    id: 'interceptor-panics',
    defaultSeverity: 'warning',
    summary: 'panic(...) in an interceptor: the process crashes unless a recovery interceptor runs before it.',
    fixable: true,
    inTestCode: 'quiet',
    needs: INTERCEPTOR_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    for (const shape of interceptorsIn(file)) {
      const effect = effectOf(shape);
      for (const call of newPanicCalls(file, shape.fn, panicCalls(file, shape.fn))) {
        report({
          node: call,
          message: `panic in ${interceptorLabel(shape)}: ${effect}; return ${isConnectKind(shape.kind) ? 'a connect error' : 'a status error'} instead`,
          fixes: returnErrorFix(file, shape, call),
        });
      }
    }
  },
};
