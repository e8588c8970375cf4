import type { Chain, ChainEntry } from '../chains/model';
import type { ConstructorFact } from '../chains/facts';
import { STREAM_KINDS, argumentIndex, classOf, constructorOf, movableChainOptions, moveBefore, placeOf, sameRange, type StreamKind } from '../chains/rule-support';
import type { Fix } from '../types';
import type { WorkspaceRule } from './rule';

/**
 * Workspace interceptor code (a body ctxlens has read) can panic; library interceptors before
 * recovery (logging, metrics, tracing) are go-grpc-middleware's recommended layout.
 */
function canPanic(entry: ChainEntry): boolean {
  return entry.resolved && entry.body !== null && entry.library === null;
}

/**
 * Moves recovery to just before the first interceptor of its chain option that can panic (library
 * interceptors before that stay outside, as go-grpc-middleware recommends), when the
 * unprotected entry is an argument of the same literal option.
 */
function moveRecoveryFix(chain: Chain, ctor: ConstructorFact, kind: StreamKind, recovery: ChainEntry, entry: ChainEntry): Fix[] {
  for (const option of movableChainOptions(chain, ctor, kind)) {
    const from = argumentIndex(option, chain, recovery.registered);
    if (from < 0 || argumentIndex(option, chain, entry.registered) < 0) continue;
    const entries = chain[kind];
    const to = (option.args ?? []).findIndex((arg) => entries.some((e) => canPanic(e) && e.registered.file === chain.file && sameRange(e.registered.range, arg.range)));
    if (to < 0 || to >= from) return [];
    const target = entries.find((e) => e.registered.file === chain.file && sameRange(e.registered.range, option.args![to]!.range))!;
    const edits = moveBefore(chain.file, option, from, to);
    return edits.length > 0 ? [{ title: `Move ${recovery.name} before ${target.name}`, edits }] : [];
  }
  return [];
}

export const chainUnprotectedInterceptor: WorkspaceRule = {
  meta: {
    id: 'chain-unprotected-interceptor',
    defaultSeverity: 'warning',
    summary: 'An interceptor that can panic runs before (outside) the recovery interceptor: its panics are not recovered.',
    fixable: true,
  },
  scope: 'workspace',
  check({ facts, config, report }) {
    const reported = new Set<string>();
    for (const chain of facts.chains) {
      if (chain.kind !== 'server' || chain.builtOutsideWorkspace) continue;
      const ctor = constructorOf(facts.files.get(chain.file), chain);
      if (!ctor) continue;
      for (const kind of STREAM_KINDS) {
        const entries = chain[kind];
        // An unknown entry could be a recovery running first: precision first.
        if (entries.some((e) => !e.resolved)) continue;
        const first = entries.findIndex((e) => classOf(e, config) === 'recovery');
        if (first <= 0) continue;
        const recovery = entries[first]!;
        for (const entry of entries.slice(0, first).filter(canPanic)) {
          const place = placeOf(chain, ctor, entry.registered, `${entry.name} is registered here`);
          const key = `${chain.file}:${place.range.start.line}:${place.range.start.character}:${entry.name}`;
          if (reported.has(key)) continue;
          reported.add(key);
          report({
            file: chain.file,
            range: place.range,
            message: `${entry.name} runs before (outside) ${recovery.name} in the ${kind} chain of ${chain.constructor}: a panic in it is not recovered and kills the process`,
            related: [...place.related, { file: recovery.registered.file, range: recovery.registered.range, message: `the recovery interceptor ${recovery.name}` }],
            fixes: moveRecoveryFix(chain, ctor, kind, recovery, entry),
          });
        }
      }
    }
  },
};
