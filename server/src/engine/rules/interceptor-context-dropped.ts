import { INTERCEPTOR_NEEDS } from '../knowledge/connect-api';
import { replaceNode } from '../fixes/edits';
import { droppedContextCalls } from '../interceptors/body';
import { ContextFlow } from '../interceptors/context-flow';
import { interceptorsIn, isConnectKind, NEXT_ROLE } from '../interceptors/shape';
import type { Fix } from '../types';
import type { FileRule } from './rule';

export const interceptorContextDropped: FileRule = {
  meta: {
    id: 'interceptor-context-dropped',
    defaultSeverity: 'error',
    summary: 'handler/invoker/streamer is called with a context not derived from the incoming one.',
    fixable: true,
    otherLinters: [{ linter: 'contextcheck' }],
    inTestCode: 'quiet',
    needs: INTERCEPTOR_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    for (const shape of interceptorsIn(file)) {
      const flow = new ContextFlow(file, shape);
      for (const { call, argument } of droppedContextCalls(file, shape, flow)) {
        const next = shape.nextName ?? NEXT_ROLE[shape.kind];
        const replaced = flow.replaceableDrop(argument);
        const best = flow.bestContextAt(call);
        const fixes: Fix[] = replaced && best ? [{ title: `Pass ${best} on`, edits: [replaceNode(file, replaced, best)] }] : [];
        // connect-go keeps headers on the request, not in the context.
        const carried = isConnectKind(shape.kind) ? 'values' : 'metadata';
        report({
          node: argument,
          message: `${next} is called with ${argument.text}, not with a context derived from the incoming one: its deadline, cancellation, ${carried} and trace spans are lost`,
          fixes,
        });
      }
    }
  },
};
