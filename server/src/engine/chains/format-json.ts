// `ctxlens chains --format json`: the documented, versioned shape (1-based lines, relative paths).
import type { Chain, ChainEntry, Location } from './model';
import { relativePath } from './relative';

export interface ChainEntryJson {
  name: string;
  class: string;
  file: string | null;
  line: number | null;
  conditional: boolean;
  resolved: boolean;
  /** Why an unresolved entry could not be followed; null for resolved entries. */
  reason: string | null;
}

export interface ChainJson {
  file: string;
  line: number;
  endLine: number;
  kind: 'server' | 'client';
  constructor: string;
  unary: ChainEntryJson[];
  stream: ChainEntryJson[];
  findings: number;
  /** A call of a wrapper constructor: the grpc constructor call inside the wrapper that it reaches. */
  via?: { constructor: string; file: string; line: number };
  /** A wrapper constructor's own chain: its calls, each with a chain of its own. */
  callers?: { file: string; line: number }[];
}

export interface ChainsJson {
  version: 1;
  chains: ChainJson[];
}

function entryJson(entry: ChainEntry, base: string): ChainEntryJson {
  return {
    name: entry.name,
    class: entry.class,
    file: entry.defined ? relativePath(base, entry.defined.file) : null,
    line: entry.defined ? entry.defined.range.start.line + 1 : null,
    conditional: entry.conditional,
    resolved: entry.resolved,
    reason: entry.resolved ? null : (entry.reason ?? null),
  };
}

function placeJson(location: Location, base: string): { file: string; line: number } {
  return { file: relativePath(base, location.file), line: location.range.start.line + 1 };
}

/** findingCounts: number of findings located in each chain, by chain id. */
export function chainsJson(chains: readonly Chain[], base: string, findingCounts: ReadonlyMap<string, number> = new Map()): ChainsJson {
  return {
    version: 1,
    chains: chains.map((chain) => ({
      file: relativePath(base, chain.file),
      line: chain.range.start.line + 1,
      endLine: chain.range.end.line + 1,
      kind: chain.kind,
      constructor: chain.constructor,
      unary: chain.unary.map((e) => entryJson(e, base)),
      stream: chain.stream.map((e) => entryJson(e, base)),
      findings: findingCounts.get(chain.id) ?? 0,
      ...(chain.via ? { via: { constructor: chain.via.grpcConstructor, ...placeJson(chain.via.at, base) } } : {}),
      ...(chain.callers ? { callers: chain.callers.map((caller) => placeJson(caller, base)) } : {}),
    })),
  };
}

export function formatChainsJson(chains: readonly Chain[], base: string, findingCounts?: ReadonlyMap<string, number>): string {
  return `${JSON.stringify(chainsJson(chains, base, findingCounts), null, 2)}\n`;
}
