import { replaceNode } from '../fixes/edits';
import { removeImportEdit } from '../fixes/imports';
import { requestContextAt, type RequestContext } from '../flow/request-context';
import { callArguments, callOfSelectorField, enclosingFunction, field, namedChildren, type SyntaxNode } from '../go/syntax';
import { qualifiedTypeText } from '../extract-facts';
import { interceptorShape } from '../interceptors/shape';
import { versionAtLeast } from '../index/gomod';
import { CONTEXT_PKG, CONTEXT_TYPE, ROOT_CONTEXT_FUNCS } from '../knowledge/context-api';
import type { SourceFile } from '../source-file';
import type { Fix } from '../types';
import type { FileRule } from './rule';

/** Functions whose func-literal argument runs after the request may have ended. */
const LATER_CALLBACKS: readonly { pkg: string; name: string }[] = [
  { pkg: 'context', name: 'AfterFunc' },
  { pkg: 'time', name: 'AfterFunc' },
];

/** A func literal in a return statement (`return func() error { … }`): it runs after the function returned. */
function returnedByOwner(literal: SyntaxNode): boolean {
  let n = literal.parent;
  if (n?.type === 'expression_list') n = n.parent;
  return n?.type === 'return_statement';
}

/**
 * Work that legitimately needs a detached context: started with `go`, deferred cleanup
 * (which must run even when the request is cancelled), a callback run after the request, or a
 * closure returned to the caller (a shutdown func, say).
 */
function runsDetached(file: SourceFile, call: SyntaxNode, owner: SyntaxNode): boolean {
  for (let n = call.parent; n && n.id !== owner.id; n = n.parent) {
    if (n.type === 'go_statement' || n.type === 'defer_statement') return true;
    if (n.type === 'func_literal' && returnedByOwner(n)) return true;
    if (n.type === 'func_literal' && n.parent?.type === 'argument_list') {
      const outer = n.parent.parent;
      if (outer && LATER_CALLBACKS.some((cb) => file.isCallTo(outer, cb.pkg, cb.name))) return true;
    }
  }
  return false;
}

/** `ctx = context.Background()`: the nil-context fallback of the parameter itself. */
function replacesParameter(call: SyntaxNode, context: RequestContext): boolean {
  const list = call.parent;
  const assignment = list?.parent;
  if (list?.type !== 'expression_list' || assignment?.type !== 'assignment_statement') return false;
  if (field(assignment, 'right')?.id !== list.id) return false;
  const index = list.namedChildren.findIndex((c) => c?.id === call.id);
  const target = field(assignment, 'left')?.namedChildren[index];
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
    if (shape) return shape.nextName === callee.text;
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

/** "Use ctx", plus removing the context import when the replaced call was its last use. */
function useRequestContextFix(file: SourceFile, call: SyntaxNode, context: RequestContext, pkgName: string): Fix | null {
  const edits = [replaceNode(file, call, context.expression)];
  if (context.source !== 'context' && packageUses(file, pkgName) === 1) {
    const removal = removeImportEdit(file, CONTEXT_PKG);
    if (!removal) return null;
    edits.push(removal);
  }
  return { title: `Use the request's context: ${context.expression}`, edits };
}

function fixes(file: SourceFile, call: SyntaxNode, context: RequestContext): Fix[] {
  const pkgName = field(field(call, 'function')!, 'operand')?.text;
  if (!pkgName) return [];
  const useContext = useRequestContextFix(file, call, context, pkgName);
  const out: Fix[] = useContext ? [useContext] : [];
  if (versionAtLeast(file.goVersion, '1.21')) {
    const detached = `${pkgName}.WithoutCancel(${context.expression})`;
    out.push({ title: `Keep the request's values but outlive it: ${detached}`, edits: [replaceNode(file, call, detached)] });
  }
  return out;
}

export const ctxBackgroundInRequest: FileRule = {
  meta: {
    id: 'ctx-background-in-request',
    defaultSeverity: 'warning',
    summary: 'context.Background()/TODO() in a function that already has a request context.',
    fixable: true,
  },
  scope: 'file',
  check({ file, report }) {
    if (file.path.endsWith('_test.go') || !file.imports.has(CONTEXT_PKG)) return;
    const calls = [...ROOT_CONTEXT_FUNCS].flatMap((name) => file.nodesAt(name).map(callOfSelectorField));
    for (const node of calls) {
      if (!node || callArguments(node).length > 0 || !file.isCallTo(node, CONTEXT_PKG, ROOT_CONTEXT_FUNCS)) continue;
      const context = requestContextAt(file, node);
      if (!context || runsDetached(file, node, context.owner) || replacesParameter(node, context) || passedToNext(file, node)) continue;
      if (buildsContexts(file, context.owner)) continue;
      report({
        node,
        message: `${node.text} ignores the request's context (${context.expression}): its deadline, cancellation and values are lost`,
        fixes: fixes(file, node, context),
      });
    }
  },
};
