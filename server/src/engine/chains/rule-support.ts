// What the chain rules share: an entry's class with the configured names applied, where a
// finding sits, and the literal chain options (`grpc.ChainUnaryInterceptor(a, b)` written in
// the constructor call) whose arguments quick fixes can move.
import type { Config } from '../config/config';
import type { FileFacts, WorkspaceFacts } from '../facts/file-facts';
import { GRPC_PKG } from '../knowledge/grpc-api';
import { comparePositions, type Position, type Range, type RelatedLocation, rangeKey, sameRange, type TextEdit } from '../types';
import type { ConstructorFact, ExprFact } from '../facts/chain-facts';
import type { Chain, ChainEntry, InterceptorClass, Location } from './model';
import type { StreamKind } from './words';

export type { StreamKind };
export const STREAM_KINDS: readonly StreamKind[] = ['unary', 'stream'];

function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/**
 * The chain rules (chain-order, chain-missing-recovery, …) read grpc-go's chains only. connect-go
 * differs where they judge: net/http's server recovers a handler's panics, so none kills the
 * process; its interceptors are one interface for unary and streams; there are no single
 * interceptor options. Its handlers are left to the connect rules (connect-missing-recover).
 */
export function isGrpcChain(chain: Chain): boolean {
  return chain.framework === 'grpc';
}

/** The entry's class, with the configured recovery/auth names (`Recoverer` or `mw.Recoverer`) winning. */
export function classOf(entry: ChainEntry, config: Config): InterceptorClass {
  const named = (names: readonly string[]) => names.includes(entry.name) || names.includes(lastSegment(entry.name));
  if (named(config.recoveryNames)) return 'recovery';
  if (named(config.authNames)) return 'auth';
  return entry.class;
}

/** Workspace interceptor code: a body ctxlens has read (library interceptors, and workspace helpers that only return one, are not). */
export function isWorkspaceCode(entry: ChainEntry): boolean {
  return entry.resolved && entry.body !== null && entry.library === null;
}

/**
 * Workspace interceptor code can panic when it does more than plumbing around next (spire's
 * drain interceptor only counts requests in a WaitGroup); library interceptors are
 * go-grpc-middleware's own, trusted outside recovery.
 */
export function mayPanic(entry: ChainEntry): boolean {
  return isWorkspaceCode(entry) && entry.body!.doesWork;
}

/** The entries before the first recovery that can panic (and that recovery), as chain-unprotected-interceptor reports them. */
export interface UnrecoveredZone {
  recovery: ChainEntry;
  outside: ChainEntry[];
}

/**
 * The zone outside recovery of one side of a server chain: the entries before its first
 * recovery (configured names applied) that can panic. Null when there is none, or when ctxlens
 * cannot tell: a client, a chain partly built outside the workspace, or an unknown entry (it could
 * be a recovery running first), or a connect chain (see isGrpcChain). The rule and every chain display read this one definition.
 */
export function unrecoveredZone(chain: Chain, kind: StreamKind, config: Config): UnrecoveredZone | null {
  if (chain.kind !== 'server' || chain.builtOutsideWorkspace || !isGrpcChain(chain)) return null;
  const entries = chain[kind];
  if (entries.some((e) => !e.resolved)) return null;
  const first = entries.findIndex((e) => classOf(e, config) === 'recovery');
  if (first <= 0) return null;
  const outside = entries.slice(0, first).filter(mayPanic);
  return outside.length > 0 ? { recovery: entries[first]!, outside } : null;
}

export function within(inner: Range, outer: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

/** The facts of the constructor call a chain was computed from. */
const constructorsByRange = new WeakMap<FileFacts, Map<string, ConstructorFact>>();

export function constructorOf(file: FileFacts | undefined, chain: Chain): ConstructorFact | undefined {
  // A wrapper's call: findings sit at the call, and no option is written there for a fix to move.
  if (chain.via)
    return { kind: chain.kind, name: chain.constructor, range: chain.range, options: [], spread: false, functionIndex: null, callee: chain.via.callee };
  if (!file) return undefined;
  // By range, built once per file's facts: a file of many constructors asks once per chain.
  let byRange = constructorsByRange.get(file);
  if (!byRange) {
    byRange = new Map();
    for (const c of file.chains.constructors) if (!byRange.has(rangeKey(c.range))) byRange.set(rangeKey(c.range), c);
    constructorsByRange.set(file, byRange);
  }
  return byRange.get(rangeKey(chain.range));
}

/** The chain a wrapper's call wraps (the wrapper's own, or the inner call's); undefined for a constructor's own chain. */
export function wrappedChain(facts: WorkspaceFacts, chain: Chain): Chain | undefined {
  return chain.via ? facts.chainById(chain.via.inner) : undefined;
}

export function sameLocation(a: Location, b: Location): boolean {
  return a.file === b.file && sameRange(a.range, b.range);
}

/**
 * True when a finding about these entries of a wrapper call's chain is the wrapper's own (each
 * is registered there too): it is reported once, in the wrapper, not again at every call.
 */
export function foundInWrapper(facts: WorkspaceFacts, chain: Chain, kind: StreamKind, entries: readonly ChainEntry[]): boolean {
  const inner = wrappedChain(facts, chain);
  return !!inner && entries.every((e) => inner[kind].some((i) => i.resolved && i.name === e.name && sameLocation(i.registered, e.registered)));
}

/** True when the wrapper's chain of this kind holds nothing the call fills in: the call's chain is the wrapper's, reported there. */
export function settledInWrapper(facts: WorkspaceFacts, chain: Chain, kind: StreamKind): boolean {
  const inner = wrappedChain(facts, chain);
  return !!inner && inner[kind].every((e) => e.resolved);
}

/** Where a finding about an entry sits: its registration when in the constructor's file, else the constructor (with a pointer to it). */
export function placeOf(chain: Chain, ctor: ConstructorFact, at: Location, what: string): { range: Range; related: RelatedLocation[] } {
  if (at.file === chain.file) return { range: at.range, related: [] };
  return { range: ctor.callee?.range ?? chain.range, related: [{ file: at.file, range: at.range, message: what }] };
}

/** The chain option of a kind: `ChainUnaryInterceptor` for servers, `WithChainUnaryInterceptor` for clients. */
export function chainOptionName(chain: Chain, kind: StreamKind): string {
  const name = kind === 'unary' ? 'ChainUnaryInterceptor' : 'ChainStreamInterceptor';
  return chain.kind === 'server' ? name : `With${name}`;
}

export function isGrpcCall(option: ExprFact, names: readonly string[]): boolean {
  const ref = option.kind === 'call' && option.callee?.kind === 'selector' ? option.callee.ref : null;
  return ref?.pkg === GRPC_PKG && names.includes(ref.name);
}

/** The options written in the constructor call itself (a trailing `opts...` is not one). */
export function literalOptions(ctor: ConstructorFact): ExprFact[] {
  return ctor.spread ? ctor.options.slice(0, -1) : ctor.options;
}

/** A chain option of the kind written in the constructor call, with arguments that can be moved (none spread). */
export function movableChainOptions(chain: Chain, ctor: ConstructorFact, kind: StreamKind): ExprFact[] {
  const name = chainOptionName(chain, kind);
  return literalOptions(ctor).filter((o) => isGrpcCall(o, [name]) && !o.spread && (o.args ?? []).every((a) => a.source !== undefined));
}

/** The index of the argument of a literal chain option that registered the entry, when it is one. */
export function argumentIndex(option: ExprFact, chain: Chain, at: Location): number {
  if (at.file !== chain.file) return -1;
  return (option.args ?? []).findIndex((a) => sameRange(a.range, at.range));
}

export function argumentContaining(option: ExprFact, chain: Chain, at: Location): number {
  if (at.file !== chain.file) return -1;
  return (option.args ?? []).findIndex((a) => within(at.range, a.range));
}

function insertAt(file: string, at: Position, newText: string): TextEdit {
  return { file, range: { start: at, end: at }, newText };
}

/** Inserts `text` as a new first argument before `first`, on its own line when `first` starts one. */
export function insertBefore(file: string, first: ExprFact, text: string): TextEdit {
  return insertAt(file, first.range.start, first.indent !== undefined ? `${text},\n${first.indent}` : `${text}, `);
}

/**
 * What follows an argument that ends its line: its comma, the padding gofmt put before a
 * trailing `//` comment, and the comment ('' without one); null when code or a block comment follows.
 */
export function lineTail(arg: ExprFact): { padding: string; comment: string } | null {
  const match = /^,( *)(\/\/.*)?$/.exec(arg.after ?? '');
  if (!match || (match[2] ?? '').includes('/*')) return null;
  return match[2] ? { padding: match[1]!, comment: match[2] } : { padding: '', comment: '' };
}

/** The argument ends its line with a `//` comment (gofmt aligns those of consecutive lines in one column). */
export function endsWithComment(arg: ExprFact | undefined): boolean {
  return !!arg && arg.indent !== undefined && !!lineTail(arg)?.comment;
}

/**
 * Inserts `texts` as arguments right after argument k of a call, in the list's layout (one per
 * line when k starts its line, after its trailing comment); null when the arguments on both
 * sides end with comments (a line without one between them would make gofmt realign them).
 */
export function insertAfterArgument(file: string, args: readonly ExprFact[], k: number, texts: readonly string[]): TextEdit | null {
  const arg = args[k]!;
  const next = args[k + 1];
  if (endsWithComment(arg) && endsWithComment(next)) return null;
  if (next) return insertAt(file, next.range.start, texts.map((t) => (next.indent !== undefined ? `${t},\n${next.indent}` : `${t}, `)).join(''));
  if (arg.indent !== undefined && lineTail(arg)) {
    const lineEnd = { line: arg.range.end.line, character: arg.range.end.character + arg.after!.length };
    return insertAt(file, lineEnd, texts.map((t) => `\n${arg.indent}${t},`).join(''));
  }
  return insertAt(file, arg.range.end, texts.map((t) => (arg.indent !== undefined ? `,\n${arg.indent}${t}` : `, ${t}`)).join(''));
}

/**
 * The rest of a line-ending argument's line, from its end: its comma, padding and trailing
 * comment, moved with it; null when the argument does not stand on lines of its own.
 */
function ownLineTail(arg: ExprFact): string | null {
  return arg.indent !== undefined && lineTail(arg) ? arg.after! : null;
}

/**
 * Swaps arguments i and j of a call. Arguments on lines of their own take their trailing
 * comments with them, where gofmt's comment columns stay as they are: both lie in one block of
 * commented lines, or each commented line moved is alone (no commented neighbour) before and
 * after the swap. Otherwise the swap is left to a person.
 */
export function swapArguments(file: string, option: ExprFact, i: number, j: number): TextEdit[] {
  if (i > j) return swapArguments(file, option, j, i);
  const args = option.args ?? [];
  const a = args[i];
  const b = args[j];
  if (!a || !b || a.source === undefined || b.source === undefined) return [];
  const [tailA, tailB] = [ownLineTail(a), ownLineTail(b)];
  const before = args.map(endsWithComment);
  if (tailA === null || tailB === null || (!before[i] && !before[j])) {
    return [
      { file, range: a.range, newText: b.source },
      { file, range: b.range, newText: a.source },
    ];
  }
  const after = [...before];
  [after[i], after[j]] = [before[j]!, before[i]!];
  const alone = (commented: readonly boolean[], k: number) => !commented[k - 1] && !commented[k + 1];
  const oneBlock = before.slice(i, j + 1).every(Boolean);
  const eachAlone = [i, j].every((k) => !before[k] || (alone(before, k) && alone(after, k === i ? j : i)));
  if (!oneBlock && !eachAlone) return [];
  const wholeLine = (arg: ExprFact, tail: string) => ({
    start: arg.range.start,
    end: { line: arg.range.end.line, character: arg.range.end.character + tail.length },
  });
  return [
    { file, range: wholeLine(a, tailA), newText: b.source + tailB },
    { file, range: wholeLine(b, tailB), newText: a.source + tailA },
  ];
}

/** Joins insertions at the same position into one edit (in the given order), so the fix applies as a whole. */
export function mergeInsertions(edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const edit of edits) {
    const isInsertion = (e: TextEdit) => comparePositions(e.range.start, e.range.end) === 0;
    const same = out.find((e) => e.file === edit.file && isInsertion(e) && isInsertion(edit) && comparePositions(e.range.start, edit.range.start) === 0);
    if (same) same.newText += edit.newText;
    else out.push({ ...edit });
  }
  return out;
}
