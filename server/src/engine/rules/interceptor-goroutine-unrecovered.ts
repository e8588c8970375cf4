import type { WorkspaceRule } from './rule';
import { CONTEXT_NEEDS } from '../knowledge/context-api';
import { GRPC_NEEDS, REGISTRATION_NEEDS } from '../knowledge/grpc-api';

export const interceptorGoroutineUnrecovered: WorkspaceRule = {
  meta: {
    id: 'interceptor-goroutine-unrecovered',
    // Measured on 26 public repositories: 3 of 17 worth a recover() (18%), none wrong: info, not warning.
    defaultSeverity: 'info',
    summary: "A goroutine started in an interceptor or a gRPC handler without its own deferred recover(): the chain's recovery cannot catch its panics.",
    fixable: true,
    inTestCode: 'quiet',
    needs: { words: [...GRPC_NEEDS.words, ...CONTEXT_NEEDS.words], wordStarts: REGISTRATION_NEEDS.wordStarts },
  },
  scope: 'workspace',
  unit: 'package',
  check({ facts, report }) {
    for (const file of facts.files.values()) {
      for (const goroutine of file.services.goroutines) {
        const method = goroutine.method;
        // In handlers, goroutines that only pass stream messages, errors and cancellation on are the
        // idiom for waiting with a timeout (measured: none worth a recover()); those doing work are reported.
        const judged = !goroutine.interceptor && method && goroutine.doesWork;
        const handler = judged ? facts.services.handlerOf(file, method.receiver, method.name) : undefined;
        const owner = goroutine.interceptor ?? (handler ? `gRPC handler ${handler.receiver}.${handler.name}` : null);
        if (!owner) continue;
        report({
          file: file.path,
          range: goroutine.range,
          message: `goroutine started in ${owner} without its own deferred recover(): a panic in it kills the process, and no recovery interceptor can catch it`,
          fixes: goroutine.fixes,
        });
      }
    }
  },
};
