import { classOf } from '../chains/rule-support';
import type { Config } from '../config/config';
import type { FileFacts, WorkspaceFacts } from '../facts/file-facts';
import type { UnrecoveredGoroutineFact } from '../facts/service-facts';
import { handlerLabel, type Handler } from '../index/service-model';
import { CONNECT_HANDLER_NEEDS } from '../knowledge/connect-api';
import { CONTEXT_NEEDS } from '../knowledge/context-api';
import { GRPC_NEEDS, REGISTRATION_NEEDS } from '../knowledge/grpc-api';
import type { WorkspaceRule } from './rule';

/** The recovery interceptor of the first server chain serving the handler that has one for its kind, by name. */
function chainRecovery(facts: WorkspaceFacts, handler: Handler, config: Config): string | null {
  const kind = handler.kind === 'unary' ? 'unary' : 'stream';
  for (const chain of facts.servingChains(handler)) {
    const recovery = chain[kind].find((e) => e.resolved && classOf(e, config) === 'recovery');
    if (recovery) return recovery.name;
  }
  return null;
}

/** What recovers the handler's own panics (its deferred recover, a deferred function that recovers), or null. */
function ownRecovery(facts: WorkspaceFacts, goroutine: UnrecoveredGoroutineFact): string | null {
  const recovery = goroutine.methodRecovery;
  if (!recovery) return null;
  if (recovery.recovers) return 'its deferred recover()';
  const deferred = recovery.deferred.find((callee) => facts.findFunction(callee.pkg, callee.name)?.recovers);
  return deferred ? `its deferred ${deferred.pkg.slice(deferred.pkg.lastIndexOf('/') + 1)}.${deferred.name}` : null;
}

/**
 * Why a panic in the handler's goroutine matters more than one in the handler: the handler's own
 * are recovered (by the server's chain or by the handler itself; a connect handler's by net/http,
 * which serves it, or by connect.WithRecover).
 * Null when nothing is known to recover the handler: a recover() in the goroutine would leave it
 * as fatal as before (chain-missing-recovery reports such servers).
 */
function handlerRecovery(facts: WorkspaceFacts, file: FileFacts, goroutine: UnrecoveredGoroutineFact, config: Config): { handler: Handler; by: string } | null {
  const method = goroutine.method;
  const handler = method && goroutine.doesWork ? facts.services.handlerOf(file, method.receiver, method.name) : undefined;
  if (!handler) return null;
  if (handler.framework === 'connect') return { handler, by: 'net/http' };
  const by = ownRecovery(facts, goroutine) ?? chainRecovery(facts, handler, config);
  return by ? { handler, by } : null;
}

export const interceptorGoroutineUnrecovered: WorkspaceRule = {
  meta: {
    id: 'interceptor-goroutine-unrecovered',
    // Measured on 30 public repositories: 3 of 19 worth a recover() (16%), none wrong; 13 of the 16 others
    // were in handlers nothing recovers, where a recover() in the goroutine changes nothing: info, not warning.
    defaultSeverity: 'info',
    summary:
      'A goroutine started in an interceptor, in a gRPC handler whose own panics are recovered or in a connect handler, without its own deferred recover(): nothing catches its panics.',
    fixable: true,
    inTestCode: 'quiet',
    needs: { words: [...GRPC_NEEDS.words, ...CONTEXT_NEEDS.words, ...CONNECT_HANDLER_NEEDS.words], wordStarts: REGISTRATION_NEEDS.wordStarts },
  },
  scope: 'workspace',
  unit: 'package',
  check({ facts, config, report }) {
    for (const file of facts.files.values()) {
      for (const goroutine of file.services.goroutines) {
        if (goroutine.interceptor) {
          report({
            file: file.path,
            range: goroutine.range,
            message: `goroutine started in ${goroutine.interceptor} without its own deferred recover(): a panic in it kills the process, and no recovery interceptor can catch it`,
            fixes: goroutine.fixes,
          });
          continue;
        }
        // In handlers, goroutines that only pass stream messages, errors and cancellation on are the
        // idiom for waiting with a timeout (measured: none worth a recover()); those doing work are judged.
        const recovered = handlerRecovery(facts, file, goroutine, config);
        if (!recovered) continue;
        const { handler, by } = recovered;
        report({
          file: file.path,
          range: goroutine.range,
          message: `goroutine started in ${handlerLabel(handler)} without its own deferred recover(): ${by} recovers the handler's panics, not this goroutine's, and a panic in it kills the process`,
          fixes: goroutine.fixes,
        });
      }
    }
  },
};
