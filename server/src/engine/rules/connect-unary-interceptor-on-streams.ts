import type { Chain, InterceptorClass } from '../chains/model';
import { CHAIN_MODEL_NEEDS } from '../chains/needs';
import { classOf, constructorOf, placeOf } from '../chains/rule-support';
import type { WorkspaceFacts } from '../facts/file-facts';
import type { WorkspaceRule } from './rule';
import { sameRange } from '../types';

/** The protections a stream needs as much as a unary call, and what a stream runs without when only a unary-only interceptor has one. */
const GAPS: ReadonlyMap<InterceptorClass, string> = new Map([
  ['auth', 'unauthenticated'],
  ['validation', 'with unvalidated messages'],
]);

/**
 * The streaming handlers of the service a connect handler constructor call serves, as
 * `Service.Method`; null when its implementation's handlers are unknown (type unresolved).
 */
function streamingMethods(facts: WorkspaceFacts, chain: Chain): string[] | null {
  const served = facts.services.connectRegistered.find((r) => r.file === chain.file && sameRange(r.registration.range, chain.range));
  if (!served?.type) return null;
  return facts.services
    .handlersOf(served.registration)
    .filter((h) => h.kind === 'streaming')
    .map((h) => `${h.service}.${h.name}`);
}

export const connectUnaryInterceptorOnStreams: WorkspaceRule = {
  meta: {
    id: 'connect-unary-interceptor-on-streams',
    defaultSeverity: 'warning',
    summary:
      'Auth or validation written as a connect.UnaryInterceptorFunc on a connect handler whose service has streaming methods: the interceptor passes streams through, so they run without it.',
    fixable: false,
    inTestCode: 'quiet',
    needs: CHAIN_MODEL_NEEDS,
  },
  scope: 'workspace',
  check({ facts, config, report }) {
    for (const chain of facts.chains) {
      if (chain.framework !== 'connect' || chain.kind !== 'server' || chain.builtOutsideWorkspace) continue;
      // An entry ctxlens cannot follow may be the interceptor that covers streams.
      if (chain.unary.some((e) => !e.resolved)) continue;
      const gaps = chain.unary.filter((e) => {
        const cls = classOf(e, config);
        return e.unaryOnly && GAPS.has(cls) && !chain.stream.some((s) => classOf(s, config) === cls);
      });
      if (gaps.length === 0) continue;
      const methods = streamingMethods(facts, chain);
      if (!methods || methods.length === 0) continue;
      const ctor = constructorOf(facts.files.get(chain.file), chain);
      if (!ctor) continue;
      for (const entry of gaps) {
        const cls = classOf(entry, config);
        const { range, related } = placeOf(chain, ctor, entry.registered, `${entry.name} is registered here`);
        report({
          file: chain.file,
          range,
          message: `${entry.name} (${cls}) is a connect.UnaryInterceptorFunc given to ${chain.constructor}, whose service has streaming methods (${methods[0]}${methods.length > 1 ? ` and ${methods.length - 1} more` : ''}): a UnaryInterceptorFunc passes streaming calls through untouched, so they run ${GAPS.get(cls)}. Implement connect.Interceptor with WrapStreamingHandler too`,
          related,
        });
      }
    }
  },
};
