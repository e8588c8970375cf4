// A stream server interceptor that derives a new ctx from ss.Context() but hands the original
// stream to the handler: the handler reads ss.Context() and never sees the new ctx.
import { callArguments, field, functionBody, namedChildren, someStartsIn, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import { ContextFlow, isSpanStart, METADATA_DERIVERS, METADATA_PKG, type Binding } from './context-flow';
import { nextCalls, nextEscapes, ownBodyCalls, ownBodyNodes } from './own-body';
import type { InterceptorShape } from './shape';

export interface LostStreamContext {
  /** The stream argument of the handler call (the unchanged incoming stream). */
  streamArgument: SyntaxNode;
  /** The derived context the handler should have seen. */
  derived: Binding;
}

/**
 * The identifiers of fn's body that satisfy names (resolved through the file's scopes, not matched
 * by spelling), in source order: found once, where a walk per nested composite literal would cost
 * the square of the nesting.
 */
function identifiersWhere(file: SourceFile, fn: SyntaxNode, names: (ident: SyntaxNode) => boolean): readonly SyntaxNode[] {
  const body = functionBody(fn);
  return body ? file.nodesOfTypeIn('identifier', body.startIndex, body.endIndex).filter(names) : [];
}

/**
 * Signs that the interceptor puts the new ctx into a stream some other way: a composite
 * literal or a call (other than next and ctx derivations) given the stream, or a field
 * assignment of a derived ctx (`wrapped.WrappedContext = ctx`).
 */
function wrapsStream(file: SourceFile, flow: ContextFlow, shape: InterceptorShape, next: ReadonlySet<number>, derived: readonly Binding[]): boolean {
  const streams = identifiersWhere(file, shape.fn, (ident) => flow.namesIncoming(ident));
  const isStream = (ident: SyntaxNode) => flow.namesIncoming(ident);
  const derivedNames = identifiersWhere(file, shape.fn, (ident) => derived.some((d) => flow.refersTo(ident, d)));
  return ownBodyNodes(file, shape.fn, 'composite_literal', 'call_expression', 'assignment_statement').some((n) => {
    if (n.type === 'composite_literal') return someStartsIn(streams, n);
    if (n.type === 'call_expression') return !next.has(n.id) && !flow.isDeriverCall(n) && callArguments(n).some(isStream);
    const left = namedChildren(field(n, 'left'));
    const right = field(n, 'right');
    return left.some((l) => l.type === 'selector_expression') && !!right && someStartsIn(derivedNames, right);
  });
}

/** Derivations that add something meant for the handler: values, metadata, a span (not just a timeout for a side call). */
function addsForHandler(file: SourceFile, b: Binding): boolean {
  if (!b.value) return false;
  return file.isCallTo(b.value, 'context', 'WithValue') || file.isCallTo(b.value, METADATA_PKG, METADATA_DERIVERS) || isSpanStart(b);
}

/** The derived ctx is handed to some other call (`authz.Check(ctx, …)`): it was made for that call. */
function usedForSideCall(file: SourceFile, flow: ContextFlow, shape: InterceptorShape, next: ReadonlySet<number>, b: Binding): boolean {
  return ownBodyCalls(file, shape.fn).some((n) => !flow.isDeriverCall(n) && !next.has(n.id) && callArguments(n).some((a) => flow.refersTo(a, b)));
}

export function lostStreamContexts(file: SourceFile, shape: InterceptorShape): LostStreamContext[] {
  const stream = shape.streamName;
  if (shape.kind !== 'stream-server' || !stream || !shape.nextName || nextEscapes(file, shape)) return [];
  const flow = new ContextFlow(file, shape);
  const calls = nextCalls(file, shape);
  const next = new Set(calls.map((c) => c.id));
  const derived = flow.derivedBindings().filter((b) => addsForHandler(file, b) && !usedForSideCall(file, flow, shape, next, b));
  if (derived.length === 0 || wrapsStream(file, flow, shape, next, derived)) return [];
  const out: LostStreamContext[] = [];
  for (const call of calls) {
    const argument = callArguments(call)[1];
    if (!argument || !flow.namesIncoming(argument)) continue;
    const visible = derived.filter((d) => flow.visibleAt(d, call));
    const latest = visible[visible.length - 1];
    if (latest) out.push({ streamArgument: argument, derived: latest });
  }
  return out;
}
