import { findCancelSites, type CancelSite } from '../flow/cancel-sites';
import { deleteStatementLine, replaceNode } from '../fixes/edits';
import { versionAtLeast } from '../files/gomod';
import { callArguments, enclosingFunction, field, namedChildren, walk, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import { contextArgument, nextCalls, ownBodyNodes, parameterUses } from '../interceptors/own-body';
import { interceptorsIn, type InterceptorShape } from '../interceptors/shape';
import { GRPC_NEEDS, GRPC_PKG, ON_FINISH_SINCE } from '../knowledge/grpc-api';
import type { Fix } from '../types';
import type { FileRule } from './rule';

/** `defer cancel()` statements in the interceptor's own body. */
function deferredCalls(file: SourceFile, shape: InterceptorShape, cancel: SyntaxNode): SyntaxNode[] {
  const defers: SyntaxNode[] = [];
  for (const node of ownBodyNodes(file, shape.fn, 'defer_statement')) {
    const call = node.namedChild(0);
    const fn = call?.type === 'call_expression' ? field(call, 'function') : null;
    if (fn && file.scopes.sameVariable(fn, cancel) && callArguments(call!).length === 0) defers.push(node);
  }
  return defers;
}

/** The variable bound to the call's first result (`s, err := streamer(…)`), or null. */
function firstResult(call: SyntaxNode): SyntaxNode | null {
  const right = call.parent;
  const stmt = right?.parent;
  if (right?.type !== 'expression_list' || !stmt || field(stmt, 'right')?.id !== right.id) return null;
  if (stmt.type !== 'short_var_declaration' && stmt.type !== 'assignment_statement') return null;
  const first = namedChildren(field(stmt, 'left'))[0];
  return first?.type === 'identifier' && first.text !== '_' ? first : null;
}

/** True when some return of the own body hands the stream on: the call itself, or its result (wrapped or not). */
function returnsStream(file: SourceFile, shape: InterceptorShape, call: SyntaxNode): boolean {
  const stream = firstResult(call);
  let returned = false;
  for (const node of ownBodyNodes(file, shape.fn, 'return_statement')) {
    const first = namedChildren(namedChildren(node)[0] ?? null)[0];
    if (!first) continue;
    if (first.id === call.id) return true;
    if (stream)
      walk(first, (n) => {
        if (file.scopes.sameVariable(n, stream)) returned = true;
        return !returned;
      });
    if (returned) return true;
  }
  return false;
}

/** The fix: cancel when the RPC ends (grpc.OnFinish, appended to the options), not when the interceptor returns. */
function onFinishFix(file: SourceFile, shape: InterceptorShape, call: SyntaxNode, defer: SyntaxNode, cancel: string): Fix[] {
  const grpc = file.imports.nameOf(GRPC_PKG);
  const opts = shape.optsName;
  if (!grpc || grpc === '.' || !opts || !versionAtLeast(file.requiredVersion(GRPC_PKG), ON_FINISH_SINCE)) return [];
  const removal = deleteStatementLine(file, defer);
  const args = callArguments(call);
  const last = args[args.length - 1];
  if (!removal || !last) return [];
  const onFinish = `append(${opts}, ${grpc}.OnFinish(func(error) { ${cancel}() }))...`;
  // Without opts... interceptor-call-options-dropped offers its own fix at the same place: none here then.
  const spread = last.type === 'variadic_argument' ? last.namedChild(0) : null;
  if (!spread || !parameterUses(file, shape.fn, opts).some((use) => use.id === spread.id)) return [];
  const options = replaceNode(file, last, onFinish);
  return [{ title: `Cancel when the stream finishes (${grpc}.OnFinish), not when the interceptor returns`, edits: [removal, options] }];
}

function check(file: SourceFile, shape: InterceptorShape, site: CancelSite, report: Parameters<FileRule['check']>[0]['report']): void {
  const ctx = site.ctxTarget;
  const cancel = site.cancelTarget;
  if (ctx.type !== 'identifier' || cancel.type !== 'identifier' || cancel.text === '_') return;
  const defers = deferredCalls(file, shape, cancel);
  const call = nextCalls(file, shape).find((c) => {
    const argument = contextArgument(shape, c);
    return !!argument && file.scopes.sameVariable(argument, ctx) && c.startIndex > site.statement.endIndex;
  });
  if (defers.length !== 1 || !call || !returnsStream(file, shape, call)) return;
  const defer = defers[0]!;
  report({
    node: defer,
    message:
      `defer ${cancel.text}() cancels the stream's context (from context.${site.funcName}) as soon as this interceptor returns the stream: ` +
      `the RPC fails with Canceled at its first Recv or Send; cancel when the stream finishes instead (grpc.OnFinish)`,
    fixes: onFinishFix(file, shape, call, defer, cancel.text),
  });
}

export const interceptorStreamTimeoutCancelled: FileRule = {
  meta: {
    id: 'interceptor-stream-timeout-cancelled',
    defaultSeverity: 'error',
    summary: 'A client stream interceptor derives a context, defers its cancel and returns the stream: the stream dies when the interceptor returns.',
    fixable: true,
    inTestCode: 'quiet',
    needs: GRPC_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    const shapes = interceptorsIn(file).filter((s) => s.kind === 'stream-client' && s.nextName);
    if (shapes.length === 0) return;
    for (const site of findCancelSites(file)) {
      const fn = enclosingFunction(site.statement);
      const shape = shapes.find((s) => s.fn.id === fn?.id);
      if (shape) check(file, shape, site, report);
    }
  },
};
