// Walking an interceptor's own body: nested func literals run at another time (goroutines,
// deferred calls, helper closures), so most analyses stop at them.
import { callArguments, field, functionBody, walk, type SyntaxNode } from '../go/syntax';
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

/** True when call is `name(...)` with a plain identifier callee. */
export function isCallOf(call: SyntaxNode, name: string): boolean {
  if (call.type !== 'call_expression') return false;
  const fn = field(call, 'function');
  return fn?.type === 'identifier' && fn.text === name;
}

/** Calls to next (handler/invoker/streamer) in the interceptor's own body, in source order. */
export function nextCalls(shape: InterceptorShape): SyntaxNode[] {
  const name = shape.nextName;
  if (!name) return [];
  const calls: SyntaxNode[] = [];
  walkOwnBody(shape.fn, (node) => {
    if (isCallOf(node, name)) calls.push(node);
  });
  return calls;
}

/**
 * True when next is used other than by a direct call in the own body: passed to a helper,
 * stored, or called inside a closure. Its calls can then not be followed path by path.
 */
export function nextEscapes(shape: InterceptorShape): boolean {
  const name = shape.nextName;
  const body = functionBody(shape.fn);
  if (!name || !body) return false;
  let escapes = false;
  walk(body, (node) => {
    if (escapes) return false;
    if (node.type !== 'identifier' || node.text !== name) return true;
    const call = node.parent;
    const direct = call?.type === 'call_expression' && field(call, 'function')?.id === node.id;
    if (!direct) escapes = true;
    else for (let n = call.parent; n && n.id !== shape.fn.id; n = n.parent) if (n.type === 'func_literal') escapes = true;
    return true;
  });
  return escapes;
}

/** The argument of a next call that carries the context: ctx for all kinds but stream server, where it is the stream. */
export function contextArgument(shape: InterceptorShape, call: SyntaxNode): SyntaxNode | null {
  return callArguments(call)[shape.kind === 'stream-server' ? 1 : 0] ?? null;
}
