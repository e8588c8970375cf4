// Walking an interceptor's own body: nested func literals run at another time (goroutines,
// deferred calls, helper closures), so most analyses stop at them.
import { callArguments, containsNode, enclosingFunction, field, functionBody, walk, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import type { InterceptorShape } from './shape';

/** Pre-order walk of fn's body that does not enter nested func literals. */
export function walkOwnBody(fn: SyntaxNode, visit: (node: SyntaxNode) => void): void {
  const body = functionBody(fn);
  if (!body) return;
  walk(body, (node) => {
    if (node.type === 'func_literal') return false;
    visit(node);
    return true;
  });
}

/**
 * The calls in fn's own body (not in nested func literals), in the order walkOwnBody visits them,
 * from the file's call index: no walk over the body's nodes.
 */
export function ownBodyCalls(file: SourceFile, fn: SyntaxNode): SyntaxNode[] {
  const body = functionBody(fn);
  if (!body) return [];
  const literals = file.nodesOfTypeIn('func_literal', body.startIndex, body.endIndex);
  const calls: SyntaxNode[] = [];
  let literal = 0;
  // The furthest end of the func literals begun so far: a call ending before it lies inside one (`func(){…}()` itself does not).
  let literalEnd = -1;
  for (const call of file.nodesOfTypeIn('call_expression', body.startIndex, body.endIndex)) {
    while (literal < literals.length && literals[literal]!.startIndex <= call.startIndex) literalEnd = Math.max(literalEnd, literals[literal++]!.endIndex);
    if (call.endIndex > literalEnd) calls.push(call);
  }
  return calls;
}

/** True when call is `name(...)` with a plain identifier callee. */
export function isCallOf(call: SyntaxNode, name: string): boolean {
  if (call.type !== 'call_expression') return false;
  const fn = field(call, 'function');
  return fn?.type === 'identifier' && fn.text === name;
}

/**
 * The uses of fn's parameter name (closures included), through the file's scopes: a closure's
 * parameter or a local of the same name is another variable. Empty for `_` or unnamed ones.
 */
export function parameterUses(file: SourceFile, fn: SyntaxNode, name: string | null): SyntaxNode[] {
  const body = functionBody(fn);
  const decl = name && body ? file.scopes.lookup(name, body.startIndex) : null;
  return file.scopes.isParameterOf(decl, fn) ? file.scopes.usesOf(decl) : [];
}

/** ident lies in fn's own body, not in a nested func literal. */
export function inOwnBody(fn: SyntaxNode, ident: SyntaxNode): boolean {
  return enclosingFunction(ident)?.id === fn.id;
}

function isCallee(ident: SyntaxNode): boolean {
  const call = ident.parent;
  return call?.type === 'call_expression' && field(call, 'function')?.id === ident.id;
}

const nextUsesByShape = new WeakMap<InterceptorShape, SyntaxNode[]>();

/** The uses of next (handler/invoker/streamer), closures included. */
function nextUses(file: SourceFile, shape: InterceptorShape): SyntaxNode[] {
  let uses = nextUsesByShape.get(shape);
  if (!uses) {
    // A connect interceptor's next is its wrapper's parameter: only the uses inside the interceptor count.
    const owner = shape.nextOwner ?? shape.fn;
    uses = parameterUses(file, owner, shape.nextName).filter((u) => owner === shape.fn || containsNode(shape.fn, u));
    nextUsesByShape.set(shape, uses);
  }
  return uses;
}

/** Calls to next (handler/invoker/streamer) in the interceptor's own body, in source order. */
export function nextCalls(file: SourceFile, shape: InterceptorShape): SyntaxNode[] {
  return nextUses(file, shape).flatMap((u) => (isCallee(u) && inOwnBody(shape.fn, u) ? [u.parent!] : []));
}

/**
 * True when next is used other than by a direct call in the own body: passed to a helper,
 * stored, or called inside a closure. Its calls can then not be followed path by path.
 */
export function nextEscapes(file: SourceFile, shape: InterceptorShape): boolean {
  return nextUses(file, shape).some((u) => !isCallee(u) || !inOwnBody(shape.fn, u));
}

/** The argument of a next call that carries the context: ctx for all kinds but stream server, where it is the stream. */
export function contextArgument(shape: InterceptorShape, call: SyntaxNode): SyntaxNode | null {
  return callArguments(call)[shape.kind === 'stream-server' ? 1 : 0] ?? null;
}
