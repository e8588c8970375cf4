import { CONTEXT_NEEDS } from '../knowledge/context-api';
import { replaceNode } from '../fixes/edits';
import { removeImportEdit } from '../fixes/imports';
import { copiesValues, explainedByComment, feedsOnlyDetachedWork, isLongLivedRoot, runsDetached } from '../flow/detached-work';
import { afterCancellation } from '../flow/cancellation-points';
import { readsOnlyValues } from '../flow/value-readers';
import { requestContextAt, type RequestContext } from '../flow/request-context';
import { enclosingRequestScope } from '../flow/request-scope';
import { startsSpanFrom } from '../flow/span-starts';
import { assignmentTarget, callArguments, callOfSelectorField, enclosingFunction, field, namedChildren, type SyntaxNode } from '../go/syntax';
import { qualifiedTypeText } from '../go/type-text';
import { interceptorShape } from '../interceptors/shape';
import { parameterUses } from '../interceptors/own-body';
import { versionAtLeast } from '../files/gomod';
import { CONTEXT_PKG, CONTEXT_TYPE, ROOT_CONTEXT_FUNCS } from '../knowledge/context-api';
import type { SourceFile } from '../go/source-file';
import type { Fix } from '../types';
import type { FileRule } from './rule';

/** `ctx = context.Background()`: the nil-context fallback of the parameter itself. */
function replacesParameter(call: SyntaxNode, context: RequestContext): boolean {
  const target = assignmentTarget(call);
  return target?.type === 'identifier' && target.text === context.paramName;
}

/** A function returning a context.Context builds contexts on purpose (a detached one, say). */
function buildsContexts(file: SourceFile, owner: SyntaxNode): boolean {
  const result = field(owner, 'result');
  if (!result) return false;
  const types = result.type === 'parameter_list' ? namedChildren(result).flatMap((p) => field(p, 'type') ?? []) : [result];
  return types.some((type) => qualifiedTypeText(file, type) === CONTEXT_TYPE);
}

/** `handler(context.Background(), req)` in an interceptor: interceptor-context-dropped reports it. */
function passedToNext(file: SourceFile, call: SyntaxNode): boolean {
  const outer = call.parent?.type === 'argument_list' ? call.parent.parent : null;
  const callee = outer ? field(outer, 'function') : null;
  if (callee?.type !== 'identifier') return false;
  for (let fn = enclosingFunction(call); fn; fn = enclosingFunction(fn)) {
    const shape = interceptorShape(file, fn);
    if (shape) return parameterUses(file, shape.fn, shape.nextName).some((use) => use.id === callee.id);
  }
  return false;
}

const packageUsesByFile = new WeakMap<SourceFile, Map<string, number>>();

/** How many times the file names the package imported as pkgName (`pkg.F`, `pkg.T`): found from the text, once per file. */
function packageUses(file: SourceFile, pkgName: string): number {
  let counts = packageUsesByFile.get(file);
  if (!counts) packageUsesByFile.set(file, (counts = new Map()));
  let count = counts.get(pkgName);
  if (count === undefined) {
    count = file.nodesAt(pkgName).filter((node) => {
      const parent = node.parent;
      if (parent?.type === 'selector_expression') return field(parent, 'operand')?.id === node.id;
      return parent?.type === 'qualified_type' && field(parent, 'package')?.id === node.id;
    }).length;
    counts.set(pkgName, count);
  }
  return count;
}

/** The variant of the findings off the request path (most root contexts there are deliberate). */
const CALLERS_CONTEXT = 'callers-context';

/** Whose context the call drops: a request's (in the request scope) or the caller's. */
type ContextKind = 'request' | 'caller';

/** Sources that only per-request functions receive: gin and echo contexts, a gRPC server stream. */
const REQUEST_ONLY_SOURCES: ReadonlySet<RequestContext['source']> = new Set(['gin', 'echo', 'grpc-stream']);

/**
 * A request's context inside the request scope; the caller's context for a context.Context
 * parameter elsewhere; null for an *http.Request outside a handler (an outgoing request being
 * built, whose context is the author's to choose).
 */
function contextKind(file: SourceFile, context: RequestContext): ContextKind | null {
  if (REQUEST_ONLY_SOURCES.has(context.source) || enclosingRequestScope(file, context.owner)) return 'request';
  return context.source === 'context' ? 'caller' : null;
}

/** "Use ctx", plus removing the context import when the replaced call was its last use. */
function useContextFix(file: SourceFile, call: SyntaxNode, context: RequestContext, pkgName: string, kind: ContextKind): Fix | null {
  const edits = [replaceNode(file, call, context.expression)];
  if (context.source !== 'context' && packageUses(file, pkgName) === 1) {
    const removal = removeImportEdit(file, CONTEXT_PKG);
    if (!removal) return null;
    edits.push(removal);
  }
  return { title: `Use the ${kind}'s context: ${context.expression}`, edits };
}

/**
 * On a request path `ctx` comes first; elsewhere the first fix keeps the work's lifetime as it is
 * (WithoutCancel adds the caller's values, not its cancellation) and `ctx` is the second choice.
 * Before Go 1.21 a non-request function gets no fix: the only one would change when the work stops.
 */
function fixes(file: SourceFile, call: SyntaxNode, context: RequestContext, kind: ContextKind): Fix[] {
  const pkgName = field(field(call, 'function')!, 'operand')?.text;
  if (!pkgName) return [];
  const useContext = useContextFix(file, call, context, pkgName, kind);
  if (!versionAtLeast(file.goVersion, '1.21')) return kind === 'request' && useContext ? [useContext] : [];
  const detached = `${pkgName}.WithoutCancel(${context.expression})`;
  const keepValues: Fix = { title: `Keep the ${kind}'s values but not its cancellation: ${detached}`, edits: [replaceNode(file, call, detached)] };
  const ordered = kind === 'request' ? [useContext, keepValues] : [keepValues, useContext];
  return ordered.filter((fix): fix is Fix => fix !== null);
}

/** Shapes where a root context is the right parent: the work is meant to outlive the function's context. */
function meantToOutlive(file: SourceFile, call: SyntaxNode, context: RequestContext): boolean {
  return (
    runsDetached(file, call, context.owner) ||
    feedsOnlyDetachedWork(file, call, context.owner) ||
    afterCancellation(file, call, context) ||
    readsOnlyValues(file, call) ||
    copiesValues(file, call, context) ||
    isLongLivedRoot(file, call) ||
    explainedByComment(file, call)
  );
}

function message(file: SourceFile, call: SyntaxNode, context: RequestContext, kind: ContextKind): string {
  const lost = `${call.text} ignores the ${kind}'s context (${context.expression}): its deadline, cancellation and values are lost`;
  if (kind === 'request') return lost;
  const keep = versionAtLeast(file.goVersion, '1.21') ? 'keep its values with context.WithoutCancel or say why in a comment' : 'say why in a comment';
  return `${lost}; if the work must outlive the caller, ${keep}`;
}

export const ctxBackgroundInRequest: FileRule = {
  meta: {
    id: 'ctx-background-in-request',
    defaultSeverity: 'warning',
    summary: "context.Background()/TODO() in a function that already has the request's or the caller's context.",
    fixable: true,
    otherLinters: [{ linter: 'contextcheck' }],
    inTestCode: 'quiet',
    needs: CONTEXT_NEEDS,
    variants: [
      {
        name: CALLERS_CONTEXT,
        summary: "Off the request path: a function that has its caller's context (a context.Context parameter) makes a root context.",
        defaultSeverity: 'hint',
        // Measured on 26 public repositories: 10% worth a look, 8% wrong, at the lowest severity already.
        offByDefault: true,
      },
    ],
  },
  scope: 'file',
  check({ file, report }) {
    if (!file.imports.has(CONTEXT_PKG)) return;
    const calls = [...ROOT_CONTEXT_FUNCS].flatMap((name) => file.nodesAt(name).map(callOfSelectorField));
    for (const node of calls) {
      if (!node || callArguments(node).length > 0 || !file.isCallTo(node, CONTEXT_PKG, ROOT_CONTEXT_FUNCS)) continue;
      const context = requestContextAt(file, node);
      if (!context || replacesParameter(node, context) || passedToNext(file, node) || startsSpanFrom(file, node) || buildsContexts(file, context.owner))
        continue;
      const kind = contextKind(file, context);
      if (!kind || meantToOutlive(file, node, context)) continue;
      const variant = kind === 'caller' ? CALLERS_CONTEXT : undefined;
      report({ node, message: message(file, node, context, kind), variant, fixes: fixes(file, node, context, kind) });
    }
  },
};
