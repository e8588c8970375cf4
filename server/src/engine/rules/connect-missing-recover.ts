import { connectHandlerCalls, connectPathOf, type ConnectHandlerCall } from '../flow/connect-handlers';
import { insertAfter } from '../fixes/edits';
import { importsForFix } from '../fixes/imports';
import { versionAtLeast } from '../files/gomod';
import { callArguments, field, unparen, walk, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import { CONNECT_HANDLER_NEEDS, CONNECT_PKGS } from '../knowledge/connect-api';
import type { Fix } from '../types';
import type { FileRule } from './rule';

/** Options whose arguments are options too. */
const NESTING_OPTIONS = new Set(['WithHandlerOptions', 'WithOptions']);

const SAYS_RECOVER = /recover|panic/i;
/** A name in the file that recovers (`recover()`, `middleware.Recoverer`); `panic(…)` is not one. */
const NAMES_RECOVERY = /recover/i;

/** The package of a call's or selector's callee, when it is imported: `otelconnect.NewInterceptor()`. */
function importedPackage(file: SourceFile, expr: SyntaxNode): string | null {
  const target = expr.type === 'call_expression' ? expr : null;
  const callee = target ? file.callee(target) : null;
  return callee && callee.pkg !== file.packagePath ? callee.pkg : null;
}

/** The top-level function of this file an interceptor is, or is made by (`newAuth()`, `newAuth`). */
function ownFunction(file: SourceFile, expr: SyntaxNode): SyntaxNode | null {
  const target = expr.type === 'call_expression' ? field(expr, 'function') : expr;
  if (target?.type !== 'identifier') return null;
  const decl = file.scopes.resolve(target);
  return decl?.kind === 'package' && decl.declarer.type === 'function_declaration' ? decl.declarer : null;
}

/** fn calls recover() anywhere, closures included: the interceptors it builds may recover. */
function callsRecoverAnywhere(file: SourceFile, fn: SyntaxNode): boolean {
  let found = false;
  walk(fn, (n) => {
    if (found) return false;
    if (file.callsBuiltin(n, 'recover')) found = true;
    return !found;
  });
  return found;
}

/** What a local set once holds (`otel, err := otelconnect.NewInterceptor()`, `compress := connect.WithCompressMinBytes(1024)`), unless another name. */
function localValue(file: SourceFile, expr: SyntaxNode): SyntaxNode | null {
  const decl = expr.type === 'identifier' ? file.scopes.resolve(expr) : null;
  const value = decl ? file.scopes.singleValue(decl) : null;
  return value && unparen(value).type !== 'identifier' ? unparen(value) : null;
}

/**
 * An interceptor given to WithInterceptors that cannot recover: one from a library outside the
 * module whose name says nothing of recovery, one a function of this file builds without calling
 * recover(), or a local holding either. Interceptors of other files and other variables may be a
 * recovery interceptor this file cannot see into.
 */
function cannotRecover(file: SourceFile, interceptor: SyntaxNode): boolean {
  if (SAYS_RECOVER.test(interceptor.text)) return false;
  const value = localValue(file, interceptor);
  if (value) return cannotRecover(file, value);
  const own = ownFunction(file, interceptor);
  if (own) return !callsRecoverAnywhere(file, own);
  const pkg = importedPackage(file, interceptor);
  const modulePath = file.module?.mod.modulePath;
  return !!pkg && !!modulePath && pkg !== modulePath && !pkg.startsWith(`${modulePath}/`);
}

/** The options are all visible and none recovers: connect.With… calls, WithHandlerOptions of them, library interceptors. */
function lacksRecover(file: SourceFile, options: readonly SyntaxNode[]): boolean {
  return options.every((written) => {
    const option = localValue(file, written) ?? written;
    const callee = option.type === 'call_expression' ? file.callee(option) : null;
    if (!callee || !CONNECT_PKGS.has(callee.pkg) || callee.name === 'WithRecover') return false;
    const args = callArguments(option);
    if (args.some((a) => a.type === 'variadic_argument')) return false;
    if (NESTING_OPTIONS.has(callee.name)) return lacksRecover(file, args);
    if (callee.name === 'WithInterceptors') return args.every((a) => cannotRecover(file, a));
    return true;
  });
}

/** The file recovers somewhere or names a recoverer (an HTTP middleware around the mux, a recovery interceptor): it may cover these handlers. */
function mentionsRecovery(file: SourceFile): boolean {
  let found = false;
  walk(file.root, (n) => {
    if (found) return false;
    if ((n.type === 'identifier' || n.type === 'field_identifier' || n.type === 'type_identifier') && NAMES_RECOVERY.test(n.text)) found = true;
    return !found;
  });
  return found;
}

/** The indentation of the line node ends on. */
function endLineIndent(text: string, node: SyntaxNode): string {
  const start = text.lastIndexOf('\n', node.endIndex - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/** Adds connect.WithRecover after the last argument: it logs the panic and answers CodeInternal with a fixed message. */
function addRecoverFix(file: SourceFile, ctor: ConnectHandlerCall): Fix[] {
  const args = callArguments(ctor.call);
  const last = args[args.length - 1];
  const connectPath = connectPathOf(file);
  if (!last || last.type === 'variadic_argument' || !connectPath) return [];
  const imports = importsForFix(file, [connectPath, 'context', 'errors', 'log', 'net/http']);
  if (!imports) return [];
  const n = (path: string) => imports.names.get(path)!;
  const c = n(connectPath);
  const anyType = versionAtLeast(file.goVersion, '1.18') ? 'any' : 'interface{}';
  const indent = endLineIndent(file.text, last);
  const option = [
    `${c}.WithRecover(func(_ ${n('context')}.Context, spec ${c}.Spec, _ ${n('net/http')}.Header, p ${anyType}) error {`,
    `${indent}\t${n('log')}.Printf("panic in %s: %v", spec.Procedure, p)`,
    `${indent}\treturn ${c}.NewError(${c}.CodeInternal, ${n('errors')}.New("internal error"))`,
    `${indent}})`,
  ].join('\n');
  // Arguments one a line (the closing paren on a line of its own) get the option on a line of its own.
  const separator = ctor.call.endPosition.row > last.endPosition.row ? `,\n${indent}` : ', ';
  return [
    { title: 'Add connect.WithRecover (logs the panic, answers CodeInternal)', edits: [insertAfter(file, last, `${separator}${option}`), ...imports.edits] },
  ];
}

export const connectMissingRecover: FileRule = {
  meta: {
    id: 'connect-missing-recover',
    defaultSeverity: 'warning',
    summary: 'A connect-go handler without connect.WithRecover: a panic drops the connection, the client gets no error and the app never sees it.',
    fixable: true,
    inTestCode: 'quiet',
    needs: CONNECT_HANDLER_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    const calls = connectHandlerCalls(file).filter((ctor) => lacksRecover(file, ctor.options));
    if (calls.length === 0 || mentionsRecovery(file)) return;
    for (const ctor of calls) {
      report({
        node: ctor.callee,
        message: `${ctor.callee.text} is given no connect.WithRecover: a panic in a handler or interceptor of ${ctor.service} is recovered by net/http, which writes it to the server's ErrorLog and drops the connection (HTTP/2: resets the stream), so the client gets no error code and the app's logs, metrics and error handling never see it`,
        fixes: addRecoverFix(file, ctor),
      });
    }
  },
};
