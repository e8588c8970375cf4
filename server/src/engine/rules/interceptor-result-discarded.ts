import { INTERCEPTOR_NEEDS } from '../knowledge/connect-api';
import type { SyntaxNode } from '../go/syntax';
import { field, namedChildren } from '../go/syntax';
import { nextCalls } from '../interceptors/own-body';
import { interceptorsIn } from '../interceptors/shape';
import type { FileRule } from './rule';

/** The call's results are not used at all, or all go to `_`. */
function discards(call: SyntaxNode): boolean {
  const parent = call.parent;
  if (parent?.type === 'expression_statement') return true;
  const assignment = parent?.parent;
  if (parent?.type !== 'expression_list' || assignment?.type !== 'assignment_statement') return false;
  if (field(assignment, 'right')?.id !== parent.id || namedChildren(parent).length !== 1) return false;
  return namedChildren(field(assignment, 'left')).every((n) => n.type === 'identifier' && n.text === '_');
}

export const interceptorResultDiscarded: FileRule = {
  meta: {
    id: 'interceptor-result-discarded',
    defaultSeverity: 'warning',
    summary: 'An interceptor calls handler/invoker/streamer and drops its response and error.',
    fixable: false,
    inTestCode: 'quiet',
    needs: INTERCEPTOR_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    for (const shape of interceptorsIn(file)) {
      const lost =
        shape.kind === 'unary-server'
          ? "the handler's response and error never reach the client"
          : shape.kind === 'stream-server' || shape.kind === 'connect-stream-handler'
            ? "the handler's error never reaches the client"
            : shape.kind === 'connect-unary'
              ? 'the response and error never reach the caller'
              : "the call's outcome is lost";
      for (const call of nextCalls(file, shape)) {
        if (discards(call)) report({ node: call, message: `the result of ${field(call, 'function')?.text ?? 'next'}(…) is discarded: ${lost}` });
      }
    }
  },
};
