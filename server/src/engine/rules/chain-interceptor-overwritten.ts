import { CHAIN_MODEL_NEEDS } from '../chains/needs';
import type { ConstructorFact, ExprFact } from '../facts/chain-facts';
import type { Chain, SingleOption } from '../chains/model';
import type { WorkspaceFacts } from '../facts/file-facts';
import { removeListItems } from '../fixes/list-items';
import { GRPC_PKG } from '../knowledge/grpc-api';
import { type Fix, type RelatedLocation, sameRange, type TextEdit } from '../types';
import type { WorkspaceRule } from './rule';
import { constructorOf, sameLocation, wrappedChain, isGrpcChain } from '../chains/rule-support';

type Stream = 'unary' | 'stream';

/** The option that chains several interceptors, per constructor kind and stream. */
const CHAIN_OPTIONS: Record<Chain['kind'], Record<Stream, string>> = {
  server: { unary: 'ChainUnaryInterceptor', stream: 'ChainStreamInterceptor' },
  client: { unary: 'WithChainUnaryInterceptor', stream: 'WithChainStreamInterceptor' },
};

/** Both singles are the wrapper's own (its chain reports them): a call of the wrapper adds nothing. */
function inWrapper(facts: WorkspaceFacts, chain: Chain, stream: Stream, singles: readonly SingleOption[]): boolean {
  const inner = wrappedChain(facts, chain)?.singles[stream];
  return !!inner && singles.slice(0, 2).every((s, i) => inner[i] !== undefined && sameLocation(inner[i]!.registered, s.registered));
}

/** The source of an option's argument, when it is one line (a longer one would need re-indenting). */
function oneLineSource(expr: ExprFact): string | null {
  return expr.source !== undefined && !expr.source.includes('\n') ? expr.source : null;
}

/** `grpc.X(...)` written directly as an option: the option name and the package qualifier as written. */
function grpcOption(expr: ExprFact): { name: string; qualifier: string } | null {
  const callee = expr.kind === 'call' ? expr.callee : undefined;
  if (callee?.kind !== 'selector' || callee.ref?.pkg !== GRPC_PKG || !callee.text.endsWith(`.${callee.ref.name}`)) return null;
  return { name: callee.ref.name, qualifier: callee.text.slice(0, -callee.ref.name.length - 1) };
}

/** Index of the constructor option written as this single option, when it is a literal argument. */
function literalOptionIndex(ctor: ConstructorFact, chain: Chain, single: SingleOption): number {
  if (single.registered.file !== chain.file) return -1;
  const i = ctor.options.findIndex((o) => sameRange(o.range, single.registered.range));
  return ctor.spread && i === ctor.options.length - 1 ? -1 : i;
}

/**
 * Merges two literal single options into one chain option. Singles run before every chain
 * entry, so the merged option goes where the first single was unless a chain option (or an
 * option ctxlens cannot see into) comes earlier: then it goes before that one.
 */
function mergeFix(facts: WorkspaceFacts, chain: Chain, stream: Stream, singles: readonly SingleOption[]): Fix[] {
  const ctor = constructorOf(facts.files.get(chain.file), chain);
  if (!ctor || singles.length !== 2) return [];
  const indices = singles.map((s) => literalOptionIndex(ctor, chain, s));
  if (indices.some((i) => i < 0)) return [];
  const options = indices.map((i) => ctor.options[i]!);
  const called = options.map(grpcOption);
  const args = options.map((o) => (o.args?.length === 1 && !o.spread ? oneLineSource(o.args[0]!) : null));
  if (called.some((c) => !c) || args.some((a) => a === null)) return [];

  const chainOption = CHAIN_OPTIONS[chain.kind][stream];
  const merged = `${called[0]!.qualifier}.${chainOption}(${args.join(', ')})`;
  const [first, second] = indices as [number, number];
  // Options that are not grpc calls (helpers, variables) may hold chain options too.
  const earlier = ctor.options.slice(0, first).findIndex((o) => {
    const option = grpcOption(o);
    return !option || option.name === chainOption;
  });
  const edits: TextEdit[] = [];
  const removed = new Set([second]);
  if (earlier < 0) {
    edits.push({ file: chain.file, range: options[0]!.range, newText: merged });
  } else {
    const before = ctor.options[earlier]!;
    const at = before.range.start;
    // An option starting its line gets the merged one on a line of its own above it.
    const separator = before.indent !== undefined ? `,\n${before.indent}` : ', ';
    edits.push({ file: chain.file, range: { start: at, end: at }, newText: `${merged}${separator}` });
    removed.add(first);
  }
  const cuts = removeListItems(chain.file, ctor.options, ctor.range.end.line, removed);
  if (!cuts) return [];
  edits.push(...cuts);
  const title =
    chain.kind === 'server'
      ? `Merge both into one ${called[0]!.qualifier}.${chainOption}`
      : `Merge both into one ${called[0]!.qualifier}.${chainOption} (both will run; today only the last one does)`;
  return [{ title, edits }];
}

function names(single: SingleOption): string {
  return single.entries.map((e) => e.name).join(', ') || single.option;
}

function message(chain: Chain, stream: Stream, singles: readonly SingleOption[]): string {
  const second = singles[1]!;
  if (chain.kind === 'server') {
    return (
      `${second.option} is given a second time: ${chain.constructor} panics at start-up ` +
      `("The ${stream} server interceptor was already set and may not be reset."); chain them with one ${CHAIN_OPTIONS.server[stream]}`
    );
  }
  const last = singles[singles.length - 1]!;
  const lost = singles.slice(0, -1).map(names).join(', ');
  return `${second.option} is given a second time: only the last one (${names(last)}) runs, ${lost} is silently replaced; chain them with one ${CHAIN_OPTIONS.client[stream]}`;
}

/** Both options are always given: a conditional one may exclude the other (if/else), so no finding. */
function unconditional(singles: readonly SingleOption[]): boolean {
  return singles.every((s) => !s.conditional);
}

export const chainInterceptorOverwritten: WorkspaceRule = {
  meta: {
    id: 'chain-interceptor-overwritten',
    defaultSeverity: 'error',
    summary: 'A single UnaryInterceptor/StreamInterceptor option given twice: the server panics at start-up, a client keeps only the last one.',
    fixable: true,
    inTestCode: 'report',
    needs: CHAIN_MODEL_NEEDS,
  },
  scope: 'workspace',
  unit: 'chain',
  check({ facts, report }) {
    const reported = new Set<string>();
    for (const chain of facts.chains) {
      if (!isGrpcChain(chain)) continue;
      for (const stream of ['unary', 'stream'] as const) {
        const singles = chain.singles[stream];
        if (singles.length < 2 || !unconditional(singles) || inWrapper(facts, chain, stream, singles)) continue;
        const second = singles[1]!;
        const atRegistration = second.registered.file === chain.file;
        const where = atRegistration ? second.registered : { file: chain.file, range: chain.range };
        const key = `${where.file}:${where.range.start.line}:${where.range.start.character}:${stream}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const related: RelatedLocation[] = [{ ...singles[0]!.registered, message: `the first ${singles[0]!.option}` }];
        if (atRegistration) related.push({ file: chain.file, range: chain.range, message: `the ${chain.constructor} call` });
        else related.push({ ...second.registered, message: `the second ${second.option}` });
        report({ file: where.file, range: where.range, message: message(chain, stream, singles), related, fixes: mergeFix(facts, chain, stream, singles) });
      }
    }
  },
};
