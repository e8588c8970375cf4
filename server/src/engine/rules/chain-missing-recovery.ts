import { GRPC_PKG } from '../knowledge/grpc-api';
import type { Config } from '../config';
import type { FileFacts, WorkspaceFacts } from '../facts';
import { MW_V2 } from '../chains/middleware';
import type { Chain } from '../chains/model';
import type { ConstructorFact, RecoveryImportFact } from '../chains/facts';
import {
  STREAM_KINDS,
  argumentContaining,
  chainOptionName,
  classOf,
  constructorOf,
  insertBefore,
  isGrpcCall,
  literalOptions,
  mergeInsertions,
  movableChainOptions,
  sameRange,
  type StreamKind,
} from '../chains/rule-support';
import type { Fix, TextEdit } from '../types';
import type { WorkspaceRule } from './rule';

/** A chain lacks recovery when it has interceptors, all of them known, none recovering. */
function lacksRecovery(chain: Chain, kind: StreamKind, config: Config): boolean {
  const entries = chain[kind];
  return entries.length > 0 && entries.every((e) => e.resolved) && !entries.some((e) => classOf(e, config) === 'recovery');
}

function qualifier(text: string): string {
  return text.slice(0, text.lastIndexOf('.'));
}

/**
 * The edits making `recovery` the first interceptor of a kind, or null when that is not
 * certain: into the literal chain option holding the first entry; as a new first chain option;
 * or, when a single `grpc.UnaryInterceptor(x)` runs first, by turning it into
 * `grpc.ChainUnaryInterceptor(recovery, x)` (when no chain option before it changes the order).
 */
function recoveryFirstEdits(chain: Chain, ctor: ConstructorFact, kind: StreamKind, recovery: string): TextEdit[] | null {
  const file = chain.file;
  const singles = chain.singles[kind];
  const chainName = chainOptionName(chain, kind);
  const options = literalOptions(ctor);
  if (singles.length > 1) return null;
  if (singles.length === 1) {
    const single = singles[0]!;
    const singleName = kind === 'unary' ? 'UnaryInterceptor' : 'StreamInterceptor';
    const index = options.findIndex((o) => single.registered.file === file && sameRange(o.range, single.registered.range));
    const option = options[index];
    const arg = option?.args?.[0];
    if (!option?.callee || !arg || option.args!.length !== 1 || !isGrpcCall(option, [singleName])) return null;
    // Options before it must be grpc options that add nothing to this chain.
    if (!options.slice(0, index).every((o) => o.kind === 'call' && o.callee?.kind === 'selector' && o.callee.ref?.pkg === GRPC_PKG && o.callee.ref.name !== chainName)) return null;
    return [{ file, range: option.callee.range, newText: `${qualifier(option.callee.text)}.${chainName}` }, insertBefore(file, arg, recovery)];
  }
  const first = chain[kind][0]!;
  const holder = movableChainOptions(chain, ctor, kind).find((o) => argumentContaining(o, chain, first.registered) === 0);
  if (holder) return [insertBefore(file, holder.args![0]!, recovery)];
  const firstOption = options[0];
  if (ctor.spread || !firstOption || !ctor.callee) return null;
  return [insertBefore(file, firstOption, `${qualifier(ctor.callee.text)}.${chainName}(${recovery})`)];
}

/**
 * True when the package name the fix writes may mean something else at the constructor: a
 * local or parameter of its function shadows the import; a package-level name clashes with a new one.
 */
function nameTaken(facts: WorkspaceFacts, file: FileFacts, ctor: ConstructorFact, name: string, adding: boolean): boolean {
  const fn = ctor.functionIndex === null ? null : file.chains.functions[ctor.functionIndex];
  if (fn && (fn.params.includes(name) || fn.locals.some((l) => l.name === name))) return true;
  if (!adding) return false;
  if (file.functions.some((f) => f.receiver === null && f.name === name) || file.chains.vars.some((v) => v.name === name)) return true;
  return file.packagePath !== null && facts.findFunction(file.packagePath, name) !== undefined;
}

function addRecoveryFix(facts: WorkspaceFacts, file: FileFacts, chain: Chain, ctor: ConstructorFact, kinds: readonly StreamKind[]): Fix[] {
  const pkg: RecoveryImportFact | null | undefined = file.chains.recoveryImport;
  if (!pkg || nameTaken(facts, file, ctor, pkg.name, pkg.edits.length > 0)) return [];
  const edits: TextEdit[] = [];
  const added: string[] = [];
  for (const kind of kinds) {
    const recovery = `${pkg.name}.${kind === 'unary' ? 'Unary' : 'Stream'}ServerInterceptor()`;
    added.push(recovery);
    const kindEdits = recoveryFirstEdits(chain, ctor, kind, recovery);
    if (!kindEdits) return [];
    edits.push(...kindEdits);
  }
  // Without either major version in go.mod the fix writes v2, which go.mod then has to require.
  const needs = pkg.required ? '' : ` (go.mod needs ${MW_V2})`;
  return [{ title: `Add ${added.join(' and ')} first${needs}`, edits: [...mergeInsertions(edits), ...pkg.edits] }];
}

export const chainMissingRecovery: WorkspaceRule = {
  meta: {
    id: 'chain-missing-recovery',
    defaultSeverity: 'warning',
    summary: 'A gRPC server with interceptors but no panic-recovery interceptor: one panic kills the process.',
    fixable: true,
  },
  scope: 'workspace',
  check({ facts, config, report }) {
    for (const chain of facts.chains) {
      // Servers started by tests live as long as the test: a panic there fails the test, as it should.
      if (chain.kind !== 'server' || chain.builtOutsideWorkspace || chain.file.endsWith('_test.go')) continue;
      const kinds = STREAM_KINDS.filter((kind) => lacksRecovery(chain, kind, config));
      if (kinds.length === 0) continue;
      const file = facts.files.get(chain.file);
      const ctor = constructorOf(file, chain);
      if (!file || !ctor) continue;
      const which = kinds.length === 2 ? 'unary and stream chains have' : `${kinds[0]} chain has`;
      report({
        file: chain.file,
        range: ctor.callee?.range ?? chain.range,
        message: `${chain.constructor}'s ${which} interceptors but no recovery interceptor: grpc-go does not recover panics, so one panic in a handler or interceptor kills the whole process`,
        fixes: addRecoveryFix(facts, file, chain, ctor, kinds),
      });
    }
  },
};
