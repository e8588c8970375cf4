// The chain as every display reads it (chain panel, Explorer tree, code lens, `ctxlens chains`):
// each entry with the configured recovery/auth names applied, the rules' zone outside recovery,
// and the findings located on it.
import type { Config } from '../config/config';
import type { Finding } from '../types';
import { findingsOfChain, startsIn } from './findings';
import type { Chain, ChainEntry, InterceptorClass } from './model';
import { classOf, unrecoveredZone } from './rule-support';
import type { StreamKind } from './words';

export interface ChainEntryModel {
  entry: ChainEntry;
  /** The class the rules use: `entry.class` unless `recoveryNames`/`authNames` name the entry. */
  effectiveClass: InterceptorClass;
  /** Can panic and runs before (outside) the first recovery: exactly what chain-unprotected-interceptor reports. */
  outsideRecovery: boolean;
  /** Findings that start at its registration or in its definition. */
  findings: Finding[];
}

export interface ChainModel {
  chain: Chain;
  unary: ChainEntryModel[];
  stream: ChainEntryModel[];
  /** Findings of the chain on none of its entries (at the constructor). */
  findings: Finding[];
  /** Every finding of the chain, entries included. */
  findingCount: number;
  /** The constructor is test code by the workspace's test-code policy: listed after production code. */
  testCode: boolean;
}

export interface ChainModelInput {
  config: Config;
  /** Findings to place on the chain (any superset of its own: those outside it are left out). */
  findings: readonly Finding[];
  testCode: boolean;
}

export function chainModel(chain: Chain, { config, findings, testCode }: ChainModelInput): ChainModel {
  const own = findingsOfChain(chain, findings);
  const claimed = new Set<Finding>();
  const side = (kind: StreamKind): ChainEntryModel[] => {
    const outside = new Set(unrecoveredZone(chain, kind, config)?.outside);
    return chain[kind].map((entry) => {
      const located = own.filter((f) => startsIn(f, entry.registered) || (entry.defined !== null && startsIn(f, entry.defined)));
      for (const f of located) claimed.add(f);
      return { entry, effectiveClass: classOf(entry, config), outsideRecovery: outside.has(entry), findings: located };
    });
  };
  const unary = side('unary');
  const stream = side('stream');
  return { chain, unary, stream, findings: own.filter((f) => !claimed.has(f)), findingCount: own.length, testCode };
}
