import { CHAIN_MODEL_NEEDS } from '../chains/needs';
import { entryInsertionEdits } from '../chains/entry-insertion';
import type { Config } from '../config/config';
import type { FileFacts, WorkspaceFacts } from '../facts/file-facts';
import { MW_V2 } from '../knowledge/grpc-middleware';
import type { Chain, ChainEntry, InterceptorClass } from '../chains/model';
import type { ConstructorFact, RecoveryImportFact } from '../facts/chain-facts';
import { STREAM_KINDS, classOf, constructorOf, settledInWrapper, isWorkspaceCode, mergeInsertions, type StreamKind, isGrpcChain } from '../chains/rule-support';
import type { Fix, TextEdit } from '../types';
import type { WorkspaceRule } from './rule';

/** A chain lacks recovery when it has interceptors, all of them known, none recovering. */
function lacksRecovery(chain: Chain, kind: StreamKind, config: Config): boolean {
  const entries = chain[kind];
  return entries.length > 0 && entries.every((e) => e.resolved) && !entries.some((e) => classOf(e, config) === 'recovery');
}

/** Library classes that must run outside recovery: they see a recovered panic as an error (counted, logged, traced). */
const OBSERVABILITY: ReadonlySet<InterceptorClass> = new Set(['logging', 'metrics', 'tracing']);

/**
 * How many entries stay outside (before) the new recovery: up to the last logging, metrics or
 * tracing interceptor of the leading run of library code, so workspace code stays inside it (even
 * what cannot panic today may once it changes).
 */
function outsideCount(entries: readonly ChainEntry[], config: Config): number {
  let count = 0;
  for (let i = 0; i < entries.length && !isWorkspaceCode(entries[i]!); i++) if (OBSERVABILITY.has(classOf(entries[i]!, config))) count = i + 1;
  return count;
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
    const kindEdits = entryInsertionEdits(chain, ctor, kind, recovery, at);
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
      if (!isGrpcChain(chain)) continue;
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
