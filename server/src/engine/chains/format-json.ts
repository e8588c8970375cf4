// `ctxlens chains --format json`: the documented, versioned shape (1-based lines, relative paths).
import type { Location } from './model';
import { relativePath } from './relative';
import type { ChainEntryModel, ChainModel } from './view-model';

export interface ChainEntryJson {
  name: string;
  /** What the entry is by library, body and name, before the configuration (unchanged since version 1). */
  class: string;
  /** The class the rules use: `recovery`/`auth` when recoveryNames/authNames name the entry, else `class`. */
  effectiveClass: string;
  /** Can panic and runs before the first recovery: what chain-unprotected-interceptor reports. */
  outsideRecovery: boolean;
  file: string | null;
  line: number | null;
  conditional: boolean;
  resolved: boolean;
  /** Why an unresolved entry could not be followed; null for resolved entries. */
  reason: string | null;
  /** connect: built with connect.UnaryInterceptorFunc, it wraps unary calls only (added in version 1). */
  unaryOnly: boolean;
}

export interface ChainJson {
  file: string;
  line: number;
  endLine: number;
  kind: 'server' | 'client';
  /** grpc-go, or connect-go (handlers are servers); added in version 1, before it every chain was grpc. */
  framework: 'grpc' | 'connect';
  constructor: string;
  unary: ChainEntryJson[];
  stream: ChainEntryJson[];
  findings: number;
  /** The constructor is test code by the workspace's test-code policy. */
  testCode: boolean;
  /** A call of a wrapper constructor: the grpc constructor call inside the wrapper that it reaches. */
  via?: { constructor: string; file: string; line: number };
  /** A wrapper constructor's own chain: its calls, each with a chain of its own. */
  callers?: { file: string; line: number }[];
}

export interface ChainsJson {
  version: 1;
  chains: ChainJson[];
}

function entryJson({ entry, effectiveClass, outsideRecovery }: ChainEntryModel, base: string): ChainEntryJson {
  return {
    name: entry.name,
    class: entry.class,
    effectiveClass,
    outsideRecovery,
    file: entry.defined ? relativePath(base, entry.defined.file) : null,
    line: entry.defined ? entry.defined.range.start.line + 1 : null,
    conditional: entry.conditional,
    resolved: entry.resolved,
    reason: entry.resolved ? null : (entry.reason ?? null),
    unaryOnly: entry.unaryOnly === true,
  };
}

function placeJson(location: Location, base: string): { file: string; line: number } {
  return { file: relativePath(base, location.file), line: location.range.start.line + 1 };
}

export function chainsJson(models: readonly ChainModel[], base: string): ChainsJson {
  return {
    version: 1,
    chains: models.map(({ chain, unary, stream, findingCount, testCode }) => ({
      file: relativePath(base, chain.file),
      line: chain.range.start.line + 1,
      endLine: chain.range.end.line + 1,
      kind: chain.kind,
      framework: chain.framework,
      constructor: chain.constructor,
      unary: unary.map((e) => entryJson(e, base)),
      stream: stream.map((e) => entryJson(e, base)),
      findings: findingCount,
      testCode,
      ...(chain.via ? { via: { constructor: chain.via.grpcConstructor, ...placeJson(chain.via.at, base) } } : {}),
      ...(chain.callers ? { callers: chain.callers.map((caller) => placeJson(caller, base)) } : {}),
    })),
  };
}

export function formatChainsJson(models: readonly ChainModel[], base: string): string {
  return `${JSON.stringify(chainsJson(models, base), null, 2)}\n`;
}
