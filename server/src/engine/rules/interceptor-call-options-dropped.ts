import { GRPC_NEEDS } from '../knowledge/grpc-api';
import { insertAfter } from '../fixes/edits';
import { callArguments } from '../go/syntax';
import { nextCalls } from '../interceptors/own-body';
import { interceptorsIn, NEXT_ROLE } from '../interceptors/shape';
import type { FileRule } from './rule';

export const interceptorCallOptionsDropped: FileRule = {
  meta: {
    id: 'interceptor-call-options-dropped',
    defaultSeverity: 'warning',
    summary: 'A client interceptor calls invoker/streamer without opts...: the per-call and default call options are lost.',
    fixable: true,
    inTestCode: 'quiet',
    needs: GRPC_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    for (const shape of interceptorsIn(file)) {
      // An opts parameter named `_` (or none) says the interceptor drops them on purpose.
      const opts = shape.optsName;
      if (!opts || !shape.kind.endsWith('client')) continue;
      const next = shape.nextName ?? NEXT_ROLE[shape.kind];
      for (const call of nextCalls(file, shape)) {
        const args = callArguments(call);
        // A spread (`opts...`, `append(opts, x)...`, a slice built elsewhere) may carry them: say nothing.
        if (args.some((a) => a.type === 'variadic_argument')) continue;
        // Options written in place of opts replace them; the fix is plain only when none are.
        const fixedCount = shape.kind === 'unary-client' ? 5 : 4;
        const last = args[args.length - 1];
        const fixes = args.length === fixedCount && last ? [{ title: `Pass ${opts}... to ${next}`, edits: [insertAfter(file, last, `, ${opts}...`)] }] : [];
        const instead = args.length > fixedCount ? `; append the options given here to ${opts} and pass that` : `; pass ${opts}...`;
        report({
          node: call,
          message: `${next} is called without ${opts}...: the caller's call options and those of grpc.WithDefaultCallOptions (grpc-go hands both to the interceptor, and only there) are lost${instead}`,
          fixes,
        });
      }
    }
  },
};
