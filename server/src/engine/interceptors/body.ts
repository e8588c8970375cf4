// The facts an interceptor's body establishes, shared by the interceptor rules and the chain model.
import type { SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import { ContextFlow } from './context-flow';
import { doesPanickingWork } from './panicking-work';
import { contextArgument, nextCalls, ownBodyCalls } from './own-body';
import { analyzeNextPaths } from './paths';
import { hasDeferredRecover } from './recovery';
import { interceptorShape, type InterceptorShape } from './shape';
import type { InterceptorBodyFacts } from './types';

/** `panic(...)` calls in the interceptor's own body (not in closures such as a recovery's deferred func). */
export function panicCalls(file: SourceFile, fn: SyntaxNode): SyntaxNode[] {
  return ownBodyCalls(file, fn).filter((call) => file.callsBuiltin(call, 'panic'));
}

/** Next calls whose context comes from a root context or from something unrelated to the request. */
export function droppedContextCalls(file: SourceFile, shape: InterceptorShape, flow: ContextFlow): { call: SyntaxNode; argument: SyntaxNode }[] {
  if (shape.kind === 'stream-server') return [];
  const out: { call: SyntaxNode; argument: SyntaxNode }[] = [];
  for (const call of nextCalls(file, shape)) {
    const argument = contextArgument(shape, call);
    if (!argument) continue;
    const origin = flow.origin(argument);
    if (origin === 'root' || origin === 'unrelated') out.push({ call, argument });
  }
  return out;
}

function factsOf(file: SourceFile, shape: InterceptorShape): InterceptorBodyFacts {
  const paths = analyzeNextPaths(file, shape);
  return {
    kind: shape.kind,
    callsNextOnEveryPath: paths.unknown || (!paths.neverCalled && paths.emptyReturns.length === 0),
    passesContext: droppedContextCalls(file, shape, new ContextFlow(file, shape)).length === 0,
    mayPanic: panicCalls(file, shape.fn).length > 0,
    doesWork: doesPanickingWork(file, shape.fn, nextCalls(file, shape)),
    recovers: hasDeferredRecover(file, shape.fn),
  };
}

/** Facts of fn's body, or null when fn does not have an interceptor signature. */
export function interceptorFacts(file: SourceFile, fn: SyntaxNode): InterceptorBodyFacts | null {
  const shape = interceptorShape(file, fn);
  return shape ? factsOf(file, shape) : null;
}
