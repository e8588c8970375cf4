import { GRPC_NEEDS } from '../knowledge/grpc-api';
import { analyzeNextPaths } from '../interceptors/paths';
import { interceptorLabel, interceptorNameNode, interceptorsIn, NEXT_ROLE } from '../interceptors/shape';
import type { FileRule } from './rule';

export const interceptorNextNotCalled: FileRule = {
  meta: {
    id: 'interceptor-next-not-called',
    defaultSeverity: 'error',
    summary: 'An interceptor never calls handler/invoker/streamer, or returns success without calling it on some path.',
    fixable: false,
    inTestCode: 'quiet',
    needs: GRPC_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    for (const shape of interceptorsIn(file)) {
      const paths = analyzeNextPaths(file, shape);
      const next = shape.nextName ?? NEXT_ROLE[shape.kind];
      const server = shape.kind.endsWith('server');
      const effect = server ? 'the RPC succeeds without its handler ever running' : 'the call "succeeds" without ever being sent';
      if (paths.neverCalled) {
        report({ node: interceptorNameNode(shape), message: `${interceptorLabel(shape)} never calls ${next} but can return success: ${effect}` });
      }
      for (const ret of paths.emptyReturns) {
        report({ node: ret, message: `\`${ret.text}\` without calling ${next} on this path: ${effect}; return an error to reject the call` });
      }
    }
  },
};
