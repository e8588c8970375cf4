import { libraryClass } from '../chains/classify';
import { entryInsertionEdits } from '../chains/entry-insertion';
import type { Chain, ChainEntry, InterceptorClass } from '../chains/model';
import { CHAIN_MODEL_NEEDS } from '../chains/needs';
import { classOf, constructorOf, literalOptions, mergeInsertions, settledInWrapper, isGrpcChain } from '../chains/rule-support';
import { servedRegistrations } from '../chains/served-services';
import type { Config } from '../config/config';
import type { ConstructorFact } from '../facts/chain-facts';
import type { WorkspaceFacts } from '../facts/file-facts';
import { REGISTRATION_NEEDS } from '../knowledge/grpc-api';
import { type Fix, sameRange, type TextEdit } from '../types';
import type { WorkspaceRule } from './rule';

/** The protections a stream needs as much as a unary call, and what a stream runs without when only the unary chain has one. */
const GAPS: ReadonlyMap<InterceptorClass, string> = new Map([
  ['auth', 'unauthenticated'],
  ['recovery', 'without panic recovery (a panic in a stream handler kills the process)'],
  ['ratelimit', 'without rate limiting'],
  ['validation', 'with unvalidated messages'],
]);

const UNARY_SUFFIX = 'UnaryServerInterceptor';

/**
 * True when the stream chain's entries say what they are: each resolved, and none of a class
 * ctxlens knows only as "other" (a workspace interceptor whose name says nothing may do the
 * missing work); a library's own "other" (realip, selector, tags) is known.
 */
function streamKnown(chain: Chain, config: Config): boolean {
  return chain.stream.every((e) => e.resolved && (classOf(e, config) !== 'other' || (e.library !== null && libraryClass(e.library) === 'other')));
}

/** The streaming handlers of the services the chain's server registers, as `Service.Method`. */
function streamingMethods(facts: WorkspaceFacts, chain: Chain): string[] {
  return servedRegistrations(facts, chain).flatMap(({ registration }) =>
    facts.services
      .handlersOf(registration)
      .filter((h) => h.kind === 'streaming')
      .map((h) => `${h.service}.${h.name}`),
  );
}

/**
 * The stream twin of a library's unary interceptor written in the constructor call
 * (`recovery.UnaryServerInterceptor(opts...)` → `recovery.StreamServerInterceptor(opts...)`):
 * go-grpc-middleware's auth, recovery, ratelimit and validator packages take the same arguments for both.
 */
function streamTwin(chain: Chain, ctor: ConstructorFact, entry: ChainEntry): string | null {
  if (!entry.library || !entry.name.endsWith(UNARY_SUFFIX) || entry.registered.file !== chain.file) return null;
  const args = literalOptions(ctor).flatMap((o) => o.args ?? []);
  const source = args.find((a) => sameRange(a.range, entry.registered.range))?.source;
  const at = source?.indexOf(UNARY_SUFFIX) ?? -1;
  if (!source || at < 0 || source.indexOf(UNARY_SUFFIX, at + 1) >= 0) return null;
  return `${source.slice(0, at)}StreamServerInterceptor${source.slice(at + UNARY_SUFFIX.length)}`;
}

/** The stream twin of an entry whose name, with Unary for Stream, a unary entry has: to keep the unary order. */
function unaryIndexOf(chain: Chain, entry: ChainEntry): number {
  const name = entry.name.replace('StreamServerInterceptor', UNARY_SUFFIX).replace('Stream', 'Unary');
  return chain.unary.findIndex((u) => u.name === name);
}

/**
 * Where the twin goes so the stream chain keeps the unary chain's order: after every stream entry
 * whose unary twin runs before the entry, before those whose twin runs after it. Null when an
 * entry has no twin or the stream chain is ordered otherwise.
 */
function positionOf(chain: Chain, unaryIndex: number): number | null {
  const twins = chain.stream.map((e) => unaryIndexOf(chain, e));
  if (twins.some((t) => t < 0)) return null;
  const at = twins.filter((t) => t < unaryIndex).length;
  return twins.every((t, i) => (i < at ? t < unaryIndex : t > unaryIndex)) ? at : null;
}

/** One fix adding every missing twin where the unary order puts it; none unless each has a twin and a place. */
function addTwinsFix(chain: Chain, ctor: ConstructorFact, gaps: readonly ChainEntry[]): Fix[] {
  const byPosition = new Map<number, string[]>();
  for (const entry of gaps) {
    const twin = streamTwin(chain, ctor, entry);
    const at = twin ? positionOf(chain, chain.unary.indexOf(entry)) : null;
    if (!twin || at === null) return [];
    byPosition.set(at, [...(byPosition.get(at) ?? []), twin]);
  }
  const edits: TextEdit[] = [];
  for (const [at, twins] of byPosition) {
    const inserted = entryInsertionEdits(chain, ctor, 'stream', twins.join(', '), at);
    if (!inserted) return [];
    edits.push(...inserted);
  }
  const twins = [...byPosition.values()].flat();
  return [{ title: `Add ${twins.join(' and ')} to the stream chain`, edits: mergeInsertions(edits) }];
}

function listed(items: readonly string[], conjunction = 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

export const chainStreamGap: WorkspaceRule = {
  meta: {
    id: 'chain-stream-gap',
    defaultSeverity: 'warning',
    summary:
      "Auth, recovery, rate limiting or validation in a server's unary chain but not in its stream chain, while it serves streaming methods: the streams run without it.",
    fixable: true,
    inTestCode: 'quiet',
    needs: { ...CHAIN_MODEL_NEEDS, wordStarts: REGISTRATION_NEEDS.wordStarts },
  },
  scope: 'workspace',
  check({ facts, config, report }) {
    for (const chain of facts.chains) {
      if (!isGrpcChain(chain)) continue;
      if (chain.kind !== 'server' || chain.builtOutsideWorkspace || !streamKnown(chain, config)) continue;
      // A wrapper call whose stream chain is the wrapper's: reported at the wrapper's own constructor.
      if (settledInWrapper(facts, chain, 'stream') && settledInWrapper(facts, chain, 'unary')) continue;
      const gaps = chain.unary.filter((e) => {
        const cls = classOf(e, config);
        if (!GAPS.has(cls) || e.wrappedBy || chain.stream.some((s) => classOf(s, config) === cls)) return false;
        // A stream chain with interceptors but no recovery is chain-missing-recovery's finding.
        return cls !== 'recovery' || chain.stream.length === 0;
      });
      if (gaps.length === 0) continue;
      const methods = streamingMethods(facts, chain);
      if (methods.length === 0) continue;
      const file = facts.files.get(chain.file);
      const ctor = constructorOf(file, chain);
      if (!ctor) continue;
      const served = methods.length > 2 ? `${methods.slice(0, 2).join(', ')} and ${methods.length - 2} more` : listed(methods);
      const classes = [...new Set(gaps.map((e) => classOf(e, config)))];
      const has = listed(gaps.map((e) => `${e.name} (${classOf(e, config)})`));
      report({
        file: chain.file,
        range: ctor.callee?.range ?? chain.range,
        message: `${chain.constructor}'s unary chain has ${has} but its stream chain has no ${listed(classes, 'or')} interceptor, and the server serves streaming methods (${served}): streams run ${listed(classes.map((c) => GAPS.get(c)!))}`,
        related: gaps
          .filter((e) => e.registered.file !== chain.file)
          .map((e) => ({ file: e.registered.file, range: e.registered.range, message: `${e.name} is registered here` })),
        fixes: addTwinsFix(chain, ctor, gaps),
      });
    }
  },
};
