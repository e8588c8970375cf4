// Walking an interceptor's own body: nested func literals run at another time (goroutines,
// deferred calls, helper closures), so most analyses stop at them.
import { callArguments, containsNode, enclosingFunction, field, functionBody, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import type { InterceptorShape } from './shape';

/**
 * The nodes of these types in fn's own body (not in nested func literals), in the order a
 * pre-order walk visits them, from the file's node index: a JS walk over the body per question
 * would cost many times the parse on a long or deeply nested body.
 */
export function ownBodyNodes(file: SourceFile, fn: SyntaxNode, ...types: string[]): SyntaxNode[] {
  const body = functionBody(fn);
  if (!body) return [];
  const literals = file.nodesOfTypeIn('func_literal', body.startIndex, body.endIndex);
  const candidates = types.flatMap((type) => file.nodesOfTypeIn(type, body.startIndex, body.endIndex));
  // Pre-order: by start, and of two starting together the outer (longer) first.
  if (types.length > 1) candidates.sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
  const own: SyntaxNode[] = [];
  let literal = 0;
  // The furthest end of the func literals begun so far: a node ending before it lies inside one (`func(){…}()` itself does not).
  let literalEnd = -1;
  for (const node of candidates) {
    while (literal < literals.length && literals[literal]!.startIndex <= node.startIndex) literalEnd = Math.max(literalEnd, literals[literal++]!.endIndex);
    if (node.endIndex > literalEnd) own.push(node);
  }
  return own;
}

/** The calls in fn's own body (not in nested func literals), in source order. */
export function ownBodyCalls(file: SourceFile, fn: SyntaxNode): SyntaxNode[] {
  return ownBodyNodes(file, fn, 'call_expression');
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
