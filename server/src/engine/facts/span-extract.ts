// Extracts what otel-span-detached needs once the tree is gone: spans started from a context
// that is not the request's while it is at hand, and spans some path never ends.
import { canDeferAfter } from '../fixes/defer-cancel';
import { insertStatementAfter, replaceNode } from '../fixes/edits';
import { cancelPathVerdict, endsProgram } from '../flow/cancel-paths';
import { resolveCancelVar } from '../flow/cancel-var';
import { explainedByComment } from '../flow/detached-work';
import { requestContextAt, type RequestContext } from '../flow/request-context';
import { requestScopeOf } from '../flow/request-scope';
import { endedSpan, findSpanStarts, SPAN_USES, type SpanStart } from '../flow/span-starts';
import { callArguments, enclosingFunction, nodeRange } from '../go/syntax';
import { ContextFlow } from '../interceptors/context-flow';
import { DETACHING_SPAN_OPTIONS, OTEL_TRACE_PKG } from '../knowledge/otel-api';
import type { SourceFile } from '../go/source-file';
import type { Fix } from '../types';
import { methodOf } from './dial-extract';
import type { SpanFact } from './service-facts';

/** `trace.WithNewRoot()`, `trace.WithLinks(…)` among the options: a span of its own trace on purpose. */
function detachesOnPurpose(file: SourceFile, start: SpanStart): boolean {
  return callArguments(start.call)
    .slice(2)
    .some((option) => option.type === 'call_expression' && file.isCallTo(option, OTEL_TRACE_PKG, DETACHING_SPAN_OPTIONS));
}

/** `defer span.End()` as the very next statement: ended on every path (the common idiom, answered without flow analysis). */
function endDeferredAtOnce(start: SpanStart): boolean {
  const next = start.statement.nextNamedSibling;
  const call = next?.type === 'defer_statement' ? next.namedChild(0) : null;
  return call?.type === 'call_expression' && start.cancelTarget.type === 'identifier' && endedSpan(call)?.text === start.cancelTarget.text;
}

function notEnded(file: SourceFile, start: SpanStart): SpanFact | null {
  if (endDeferredAtOnce(start)) return null;
  const variable = resolveCancelVar(file, start, SPAN_USES);
  if (!variable || variable.escapes) return null;
  if (cancelPathVerdict(variable, (call) => endsProgram(file, call), null, endedSpan) !== 'leaks') return null;
  const fixes: Fix[] = canDeferAfter(start)
    ? [{ title: `Defer ${variable.name}.End()`, edits: [insertStatementAfter(file, start.statement, `defer ${variable.name}.End()`)] }]
    : [];
  return { problem: 'not-ended', range: nodeRange(start.cancelTarget), text: variable.name, fixes };
}

/** The request context the flow follows: a context parameter, or the carrier (`r`, `stream`) whose Context() gives it. */
function flowOf(file: SourceFile, context: RequestContext): ContextFlow {
  const fromParameter = context.source === 'context';
  return new ContextFlow(file, { fn: context.owner, ctxName: fromParameter ? context.paramName : null, streamName: fromParameter ? null : context.paramName });
}

function detached(file: SourceFile, start: SpanStart, flows: Map<number, ContextFlow>): SpanFact | null {
  const context = requestContextAt(file, start.call);
  // Only starts in the function's own body: a closure's locals are not followed, and a goroutine's work may outlive the request on purpose.
  if (!context || enclosingFunction(start.call)?.id !== context.owner.id) return null;
  if (detachesOnPurpose(file, start) || explainedByComment(file, start.call)) return null;
  let flow = flows.get(context.owner.id);
  if (!flow) flows.set(context.owner.id, (flow = flowOf(file, context)));
  const origin = flow.origin(start.parent);
  if (origin !== 'root' && origin !== 'unrelated') return null;
  const method = methodOf(context.owner);
  const replaced = context.source === 'context' ? flow.replaceableDrop(start.parent) : null;
  const use = flow.bestContextAt(start.call) ?? context.expression;
  const fixes: Fix[] = replaced ? [{ title: `Start the span from the request's context: ${use}`, edits: [replaceNode(file, replaced, use)] }] : [];
  return {
    problem: 'detached',
    range: nodeRange(start.parent),
    text: start.parent.text,
    context: context.expression,
    origin,
    scope: requestScopeOf(file, context.owner),
    ...(method ? { method } : {}),
    fixes,
  };
}

export function spanFacts(file: SourceFile): SpanFact[] {
  const out: SpanFact[] = [];
  const flows = new Map<number, ContextFlow>();
  for (const start of findSpanStarts(file)) {
    for (const fact of [detached(file, start, flows), notEnded(file, start)]) if (fact) out.push(fact);
  }
  return out;
}
