// Extracts what grpc-dial-in-request needs once the tree is gone: the dials whose connection
// stays local, the helpers that open a connection per call, and the workspace calls made by
// functions that may run per request (to find a helper's dial from the handler that calls it).
import { connFate, findDialSites, localConnOf, type DialSite, type LocalConn } from '../flow/client-conns';
import { handlerKind } from '../flow/handler-shape';
import { requestScopeOf } from '../flow/request-scope';
import { deferCloseFix } from '../fixes/defer-close';
import { isStandardLibrary } from '../fixes/imports';
import { field, functionBody, namedChildren, nodeRange, unparen, walk, type SyntaxNode } from '../go/syntax';
import { receiverTypeName } from '../go/type-text';
import { ownBodyCalls } from '../interceptors/own-body';
import { interceptorsIn } from '../interceptors/shape';
import type { SourceFile } from '../go/source-file';
import { parametersOf, resultTypesOf } from './parameters';
import type { DialHelperFact, DialSiteFact, MethodRef, RequestCallFact } from './service-facts';

/** Calls of Go's predeclared functions: never a workspace function. */
const BUILTINS: ReadonlySet<string> = new Set([
  'append',
  'cap',
  'clear',
  'close',
  'complex',
  'copy',
  'delete',
  'imag',
  'len',
  'make',
  'max',
  'min',
  'new',
  'panic',
  'print',
  'println',
  'real',
  'recover',
]);

/** The receiver type and name of a method declaration, for the service model to judge. */
export function methodOf(fn: SyntaxNode): MethodRef | undefined {
  if (fn.type !== 'method_declaration') return undefined;
  const receiver = receiverTypeName(field(fn, 'receiver'));
  const name = field(fn, 'name')?.text;
  return receiver && name ? { receiver, name } : undefined;
}

function functionName(fn: SyntaxNode): string | null {
  return fn.type === 'func_literal' ? null : (field(fn, 'name')?.text ?? null);
}

/** `return grpc.NewClient(…)`: the dial's results are the function's. */
function returnedDirectly(call: SyntaxNode): boolean {
  const list = call.parent;
  return list?.type === 'expression_list' && list.parent?.type === 'return_statement' && namedChildren(list)[0]?.id === call.id;
}

/** Every other mention of the local connection returns it, calls a method on it or compares it: the caller owns a fresh one. */
function onlyReturned(site: DialSite, local: LocalConn): boolean {
  const body = functionBody(site.fn);
  if (!body) return false;
  let returned = false;
  let other = false;
  walk(body, (node) => {
    if (other || node.type === 'func_literal') return false;
    if (node.type !== 'identifier' || node.id === local.conn.id || !site.file.scopes.sameVariable(node, local.conn)) return true;
    const parent = node.parent;
    if (parent?.type === 'expression_list' && parent.parent?.type === 'return_statement') returned = true;
    else if (parent?.type === 'selector_expression' && field(parent, 'operand')?.id === node.id) return true;
    else if (parent?.type === 'binary_expression') return true;
    else other = true;
    return true;
  });
  return returned && !other;
}

export function dialFacts(file: SourceFile): { dials: DialSiteFact[]; dialHelpers: DialHelperFact[] } {
  const dials: DialSiteFact[] = [];
  const dialHelpers: DialHelperFact[] = [];
  for (const site of findDialSites(file)) {
    const name = functionName(site.fn);
    const runsOnce = site.fn.type === 'function_declaration' && (name === 'main' || name === 'init');
    const helper = (returns: boolean): DialHelperFact => ({
      receiver: methodOf(site.fn)?.receiver ?? null,
      name: name!,
      funcName: site.funcName,
      range: nodeRange(site.callee),
      returns,
    });
    const local = localConnOf(site);
    if (!local) {
      if (name && !runsOnce && returnedDirectly(site.call)) dialHelpers.push(helper(true));
      continue;
    }
    const fate = connFate(site, local);
    if (fate.passed) continue;
    if (fate.escapes) {
      if (name && !runsOnce && onlyReturned(site, local)) dialHelpers.push(helper(true));
      continue;
    }
    const method = methodOf(site.fn);
    dials.push({
      range: nodeRange(site.callee),
      funcName: site.funcName,
      scope: requestScopeOf(file, site.fn),
      ...(method ? { method } : {}),
      functionName: name,
      runsOnce,
      closed: fate.closed,
      kept: fate.kept,
      fixes: fate.closed || fate.kept ? [] : deferCloseFix(file, site, local),
    });
    if (name && !runsOnce && !fate.kept) dialHelpers.push(helper(false));
  }
  return { dials, dialHelpers };
}

/** A method whose signature is a generated handler's (of some service): the service model decides. */
function mayBeHandler(file: SourceFile, decl: SyntaxNode): boolean {
  const name = field(decl, 'name')?.text;
  if (decl.type !== 'method_declaration' || !name) return false;
  const params = parametersOf(file, field(decl, 'parameters')).params.map((p) => p.qualifiedType);
  return handlerKind(name, params, resultTypesOf(file, field(decl, 'result')), null) !== null;
}

/** The connection a helper returns stays in a local variable of the caller (not stored, returned or passed on). */
function resultStaysLocal(file: SourceFile, call: SyntaxNode, callee: SyntaxNode, fn: SyntaxNode): boolean {
  const site: DialSite = { call, callee, funcName: '', fn, file };
  const local = localConnOf(site);
  if (!local) return false;
  const fate = connFate(site, local);
  return !fate.escapes && !fate.passed && !fate.kept;
}

/** The workspace calls in a function's own body (closures run at other times: `once.Do(func(){…})`). */
function callsOf(file: SourceFile, fn: SyntaxNode, owner: RequestCallFact['owner']): RequestCallFact[] {
  const out: RequestCallFact[] = [];
  const receiverType = methodOf(fn)?.receiver;
  const scopes = file.scopes;
  for (const node of ownBodyCalls(file, fn)) {
    const calleeNode = field(node, 'function');
    const target = calleeNode ? unparen(calleeNode) : null;
    if (!calleeNode || !target) continue;
    let callee: RequestCallFact['callee'] | null = null;
    // A name declared in the function (a parameter, a local func value) is not the package's function.
    const declared = target.type === 'identifier' ? scopes.resolve(target) : null;
    const packageLevel = declared ? declared.scope === scopes.fileScope : !BUILTINS.has(target.text);
    if (target.type === 'identifier' && packageLevel && file.packagePath) {
      callee = { pkg: file.packagePath, name: target.text };
    } else if (target.type === 'selector_expression') {
      const operand = field(target, 'operand');
      const member = field(target, 'field')?.text;
      const importPath = operand?.type === 'identifier' ? file.imports.pathOf(operand.text) : undefined;
      if (member && importPath && !isStandardLibrary(importPath)) callee = { pkg: importPath, name: member };
      else if (member && receiverType && operand?.type === 'identifier' && scopes.isParameterOf(scopes.resolve(operand), fn, 'receiver'))
        callee = { receiver: receiverType, method: member };
    }
    if (callee) out.push({ owner, callee, range: nodeRange(calleeNode), resultStaysLocal: resultStaysLocal(file, node, calleeNode, fn) });
  }
  return out;
}

/** The workspace calls of the file's functions that may run per request: by signature, or handler-shaped methods. */
export function requestCallFacts(file: SourceFile): RequestCallFact[] {
  const out: RequestCallFact[] = [];
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== 'function_declaration' && decl.type !== 'method_declaration') continue;
    const scope = requestScopeOf(file, decl);
    const method = methodOf(decl);
    if (scope) out.push(...callsOf(file, decl, { scope }));
    else if (method && mayBeHandler(file, decl)) out.push(...callsOf(file, decl, { method }));
  }
  for (const shape of interceptorsIn(file)) {
    if (shape.fn.type === 'func_literal') out.push(...callsOf(file, shape.fn, { scope: 'grpc-interceptor' }));
  }
  return out;
}
