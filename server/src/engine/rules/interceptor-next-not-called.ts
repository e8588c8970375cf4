import { INTERCEPTOR_NEEDS } from '../knowledge/connect-api';
import { analyzeNextPaths } from '../interceptors/paths';
import { interceptorLabel, interceptorNameNode, interceptorsIn, NEXT_ROLE } from '../interceptors/shape';
import { INTERCEPTOR_SIDE } from '../interceptors/types';
import type { FileRule } from './rule';

export const interceptorNextNotCalled: FileRule = {
  meta: {
    id: 'interceptor-next-not-called',
    defaultSeverity: 'error',
    summary: 'An interceptor never calls handler/invoker/streamer, or returns success without calling it on some path.',
    fixable: false,
    inTestCode: 'quiet',
    needs: INTERCEPTOR_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    for (const shape of interceptorsIn(file)) {
      const paths = analyzeNextPaths(file, shape);
      const next = shape.nextName ?? NEXT_ROLE[shape.kind];
      const side = INTERCEPTOR_SIDE[shape.kind];
      const effect =
        side === 'server'
          ? 'the RPC succeeds without its handler ever running'
          : side === 'client'
            ? 'the call "succeeds" without ever being sent'
            : 'the call succeeds without its handler running (on a client: without being sent)';
      if (paths.neverCalled) {
        report({ node: interceptorNameNode(shape), message: `${interceptorLabel(shape)} never calls ${next} but can return success: ${effect}` });
      }
      for (const ret of paths.emptyReturns) {
        // connect-go reads the response of a nil error: a nil one fails there (handler.go, client.go).
        const after = shape.kind === 'connect-unary' ? 'the handler never runs and connect-go fails on the nil response' : effect;
        report({ node: ret, message: `\`${ret.text}\` without calling ${next} on this path: ${after}; return an error to reject the call` });
      }
    }
  },
};
