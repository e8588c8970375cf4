import { CHAIN_MODEL_NEEDS } from '../chains/needs';
import { GRPC_PKG } from '../knowledge/grpc-api';
import type { Config } from '../config/config';
import type { FileFacts, WorkspaceFacts } from '../facts/file-facts';
import { MW_V2 } from '../knowledge/grpc-middleware';
import type { Chain, ChainEntry, InterceptorClass } from '../chains/model';
import type { ConstructorFact, RecoveryImportFact } from '../facts/chain-facts';
import {
  STREAM_KINDS,
  argumentContaining,
  chainOptionName,
  classOf,
  constructorOf,
  settledInWrapper,
  insertAfterArgument,
  insertBefore,
  isGrpcCall,
  literalOptions,
  mayPanic,
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

/** Library classes that must run outside recovery: they see a recovered panic as an error (counted, logged, traced). */
const OBSERVABILITY: ReadonlySet<InterceptorClass> = new Set(['logging', 'metrics', 'tracing']);

/**
 * How many entries stay outside (before) the new recovery: up to the last logging, metrics or
 * tracing interceptor of the leading run that cannot panic, so workspace code stays inside it.
 */
function outsideCount(entries: readonly ChainEntry[], config: Config): number {
  let count = 0;
  for (let i = 0; i < entries.length && !mayPanic(entries[i]!); i++) if (OBSERVABILITY.has(classOf(entries[i]!, config))) count = i + 1;
  return count;
}

/**
 * `grpc.UnaryInterceptor(x)` → `grpc.ChainUnaryInterceptor(recovery, x)` (at 0) or `(x, recovery)`
 * (after x), when no option before it adds to this chain (the chain option then runs where the single ran).
 */
function convertSingle(chain: Chain, ctor: ConstructorFact, kind: StreamKind, recovery: string, at: number): TextEdit[] | null {
  const single = chain.singles[kind][0]!;
  const singleName = kind === 'unary' ? 'UnaryInterceptor' : 'StreamInterceptor';
  const chainName = chainOptionName(chain, kind);
  const options = literalOptions(ctor);
  const index = options.findIndex((o) => single.registered.file === chain.file && sameRange(o.range, single.registered.range));
  const option = options[index];
  const arg = option?.args?.[0];
  if (!option?.callee || !arg || option.args!.length !== 1 || !isGrpcCall(option, [singleName])) return null;
  // Options before it must be grpc options that add nothing to this chain.
  if (
    !options
      .slice(0, index)
      .every((o) => o.kind === 'call' && o.callee?.kind === 'selector' && o.callee.ref?.pkg === GRPC_PKG && o.callee.ref.name !== chainName)
  )
    return null;
  const rename = { file: chain.file, range: option.callee.range, newText: `${qualifier(option.callee.text)}.${chainName}` };
  const insertion = at === 0 ? insertBefore(chain.file, arg, recovery) : insertAfterArgument(chain.file, option.args!, 0, [recovery]);
  return insertion ? [rename, insertion] : null;
}

/**
 * The edits putting `recovery` at position `at` of the chain (after the first `at` entries), or
 * null when that is not certain: next to the entry before or after it in a literal chain option
 * of the constructor call; first, as a new first chain option; or by turning the single
 * interceptor (which runs before every chained one) into a chain option.
 */
function recoveryEdits(chain: Chain, ctor: ConstructorFact, kind: StreamKind, recovery: string, at: number): TextEdit[] | null {
  const file = chain.file;
  const singles = chain.singles[kind];
  if (singles.length > 1) return null;
  const fromSingle = singles[0]?.entries.length ?? 0;
  if (singles.length === 1 && at <= fromSingle) {
    // Before or after everything the single option holds: the single option becomes a chain option.
    const converted = at === 0 || at === fromSingle ? convertSingle(chain, ctor, kind, recovery, at) : null;
    if (converted || at < fromSingle) return converted;
  }
  const chained = chain[kind].slice(fromSingle);
  const position = at - fromSingle;
  const options = movableChainOptions(chain, ctor, kind);
  const before = chained[position - 1];
  if (before) {
    for (const option of options) {
      const index = argumentContaining(option, chain, before.registered);
      const insertion = index >= 0 ? insertAfterArgument(file, option.args!, index, [recovery]) : null;
      if (index >= 0) return insertion && [insertion];
    }
  }
  const after = chained[position];
  const holder = after ? options.find((o) => argumentContaining(o, chain, after.registered) === 0) : undefined;
  if (holder) return [insertBefore(file, holder.args![0]!, recovery)];
  const firstOption = literalOptions(ctor)[0];
  if (position > 0 || ctor.spread || !firstOption || !ctor.callee) return null;
  return [insertBefore(file, firstOption, `${qualifier(ctor.callee.text)}.${chainOptionName(chain, kind)}(${recovery})`)];
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

function addRecoveryFix(facts: WorkspaceFacts, config: Config, file: FileFacts, chain: Chain, ctor: ConstructorFact, kinds: readonly StreamKind[]): Fix[] {
  const pkg: RecoveryImportFact | null | undefined = file.chains.recoveryImport;
  if (!pkg || nameTaken(facts, file, ctor, pkg.name, pkg.edits.length > 0)) return [];
  const edits: TextEdit[] = [];
  const added: { recovery: string; where: string }[] = [];
  for (const kind of kinds) {
    const recovery = `${pkg.name}.${kind === 'unary' ? 'Unary' : 'Stream'}ServerInterceptor()`;
    const at = outsideCount(chain[kind], config);
    const kindEdits = recoveryEdits(chain, ctor, kind, recovery, at);
    if (!kindEdits) return [];
    edits.push(...kindEdits);
    added.push({ recovery, where: at === 0 ? 'first' : `after ${chain[kind][at - 1]!.name}` });
  }
  const sameWhere = added.every((a) => a.where === added[0]!.where);
  const what = sameWhere ? `${added.map((a) => a.recovery).join(' and ')} ${added[0]!.where}` : added.map((a) => `${a.recovery} ${a.where}`).join(' and ');
  // Without v2 (or a direct v1) in go.mod the fix writes v2, which go.mod then has to require.
  const needs = pkg.required ? '' : ` (go.mod needs ${MW_V2})`;
  return [{ title: `Add ${what}${needs}`, edits: [...mergeInsertions(edits), ...pkg.edits] }];
}

export const chainMissingRecovery: WorkspaceRule = {
  meta: {
    id: 'chain-missing-recovery',
    defaultSeverity: 'warning',
    summary: 'A gRPC server with interceptors but no panic-recovery interceptor: one panic kills the process.',
    fixable: true,
    // Servers started by tests and test helpers live as long as the test: a panic there fails the test, as it should.
    inTestCode: 'quiet',
    needs: CHAIN_MODEL_NEEDS,
  },
  scope: 'workspace',
  unit: 'chain',
  check({ facts, config, report }) {
    for (const chain of facts.chains) {
      if (chain.kind !== 'server' || chain.builtOutsideWorkspace) continue;
      const kinds = STREAM_KINDS.filter((kind) => lacksRecovery(chain, kind, config) && !settledInWrapper(facts, chain, kind));
      if (kinds.length === 0) continue;
      const file = facts.files.get(chain.file);
      const ctor = constructorOf(file, chain);
      if (!file || !ctor) continue;
      const which = kinds.length === 2 ? 'unary and stream chains have' : `${kinds[0]} chain has`;
      report({
        file: chain.file,
        range: ctor.callee?.range ?? chain.range,
        message: `${chain.constructor}'s ${which} interceptors but no recovery interceptor: grpc-go does not recover panics, so one panic in a handler or interceptor kills the whole process`,
        fixes: addRecoveryFix(facts, config, file, chain, ctor, kinds),
      });
    }
  },
};
