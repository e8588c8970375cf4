import { CHAIN_MODEL_NEEDS } from '../chains/needs';
import type { OrderPair } from '../config/config';
import type { Chain, ChainEntry } from '../chains/model';
import type { ConstructorFact } from '../facts/chain-facts';
import {
  STREAM_KINDS,
  argumentIndex,
  classOf,
  constructorOf,
  foundInWrapper,
  movableChainOptions,
  placeOf,
  swapArguments,
  type StreamKind,
  isGrpcChain,
} from '../chains/rule-support';
import type { Fix } from '../types';
import type { WorkspaceRule } from './rule';

/** What goes wrong at run time when the first class runs after the second. */
const CONSEQUENCES: ReadonlyMap<string, string> = new Map([
  ['tracing>logging', 'its logs are written before the span exists and lack trace ids'],
  ['tracing>metrics', 'its metrics are recorded outside the span and carry no exemplars'],
  ['auth>ratelimit', 'unauthenticated calls spend the rate limit before they are rejected'],
  ['auth>validation', 'unauthenticated calls are validated before they are rejected'],
  ['recovery>logging', 'a recovered panic is never logged'],
]);

function consequence([before, after]: OrderPair): string {
  return CONSEQUENCES.get(`${before}>${after}`) ?? `the order policy wants every ${before} interceptor to run before every ${after} one`;
}

/** Swaps the two entries when both are arguments of one literal chain option of the constructor call. */
function swapFix(chain: Chain, ctor: ConstructorFact, kind: StreamKind, early: ChainEntry, late: ChainEntry): Fix[] {
  for (const option of movableChainOptions(chain, ctor, kind)) {
    const i = argumentIndex(option, chain, early.registered);
    const j = argumentIndex(option, chain, late.registered);
    if (i < 0 || j < 0) continue;
    const edits = swapArguments(chain.file, option, i, j);
    return edits.length > 0 ? [{ title: `Swap ${late.name} and ${early.name}`, edits }] : [];
  }
  return [];
}

export const chainOrder: WorkspaceRule = {
  meta: {
    id: 'chain-order',
    defaultSeverity: 'warning',
    summary: 'Interceptors in an order the order policy forbids, e.g. tracing after logging (logs lose trace ids).',
    fixable: true,
    inTestCode: 'quiet',
    needs: CHAIN_MODEL_NEEDS,
  },
  scope: 'workspace',
  unit: 'chain',
  check({ facts, config, report }) {
    const reported = new Set<string>();
    for (const chain of facts.chains) {
      if (!isGrpcChain(chain)) continue;
      const ctor = constructorOf(facts.files.get(chain.file), chain);
      if (!ctor) continue;
      for (const kind of STREAM_KINDS) {
        const entries = chain[kind];
        const classes = entries.map((e) => classOf(e, config));
        for (const pair of config.order) {
          const [before, after] = pair;
          const firstAfter = classes.indexOf(after);
          if (firstAfter < 0) continue;
          // Every `before` entry placed behind an `after` one is a finding, against the first such.
          entries.forEach((entry, j) => {
            if (j <= firstAfter || classes[j] !== before) return;
            const blocker = entries[firstAfter]!;
            if (foundInWrapper(facts, chain, kind, [blocker, entry])) return;
            const place = placeOf(chain, ctor, entry.registered, `${entry.name} is registered here`);
            const key = `${chain.file}:${place.range.start.line}:${place.range.start.character}:${before}>${after}`;
            if (reported.has(key)) return;
            reported.add(key);
            report({
              file: chain.file,
              range: place.range,
              message: `${entry.name} (${before}) runs after ${blocker.name} (${after}) in the ${kind} chain of ${chain.constructor}: ${consequence(pair)}`,
              related: [...place.related, { file: blocker.registered.file, range: blocker.registered.range, message: `${blocker.name} runs first` }],
              fixes: swapFix(chain, ctor, kind, blocker, entry),
            });
          });
        }
      }
    }
  },
};
