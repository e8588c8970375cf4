// What the chain rules share: an entry's class with the configured names applied, where a
// finding sits, and the literal chain options (`grpc.ChainUnaryInterceptor(a, b)` written in
// the constructor call) whose arguments quick fixes can move.
import type { Config } from '../config';
import type { FileFacts } from '../facts';
import { GRPC_PKG } from '../knowledge/grpc-api';
import { comparePositions, type Position, type Range, type RelatedLocation, type TextEdit } from '../types';
import type { ConstructorFact, ExprFact } from './facts';
import type { Chain, ChainEntry, InterceptorClass, Location } from './model';

export type StreamKind = 'unary' | 'stream';
export const STREAM_KINDS: readonly StreamKind[] = ['unary', 'stream'];

function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** The entry's class, with the configured recovery/auth names (`Recoverer` or `mw.Recoverer`) winning. */
export function classOf(entry: ChainEntry, config: Config): InterceptorClass {
  const named = (names: readonly string[]) => names.includes(entry.name) || names.includes(lastSegment(entry.name));
  if (named(config.recoveryNames)) return 'recovery';
  if (named(config.authNames)) return 'auth';
  return entry.class;
}

export function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

function within(inner: Range, outer: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

/** The facts of the constructor call a chain was computed from. */
export function constructorOf(file: FileFacts | undefined, chain: Chain): ConstructorFact | undefined {
  return file?.chains.constructors.find((c) => sameRange(c.range, chain.range));
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
 * The edit deleting argument k with one separator, leaving comments on other arguments' lines
 * alone; null when that is not certain (a last argument sharing lines with comments).
 */
function argumentRemoval(file: string, option: ExprFact, k: number): TextEdit | null {
  const args = option.args ?? [];
  const arg = args[k]!;
  const next = args[k + 1];
  // `x, next` or `x,\n\tnext`: up to the next argument.
  if (next) return { file, range: { start: arg.range.start, end: next.range.start }, newText: '' };
  const previous = args[k - 1];
  if (!previous) return null;
  // `prev, x)`: from the end of the previous one.
  if (previous.range.end.line === arg.range.start.line) return { file, range: { start: previous.range.end, end: arg.range.end }, newText: '' };
  // `\tx,\n)`: its whole line(s), trailing comma included.
  if (arg.indent !== undefined && option.range.end.line === arg.range.end.line + 1) {
    return { file, range: { start: { line: arg.range.start.line, character: 0 }, end: { line: arg.range.end.line + 1, character: 0 } }, newText: '' };
  }
  return null;
}

/** Moves argument `from` of a call to just before argument `to` (to < from); empty when not certain. */
export function moveBefore(file: string, option: ExprFact, from: number, to: number): TextEdit[] {
  const args = option.args ?? [];
  const moved = args[from];
  const target = args[to];
  if (!moved || !target || to >= from || moved.source === undefined) return [];
  const removal = argumentRemoval(file, option, from);
  return removal ? [insertBefore(file, target, moved.source), removal] : [];
}

/** Swaps arguments i and j of a call. */
export function swapArguments(file: string, option: ExprFact, i: number, j: number): TextEdit[] {
  const a = option.args?.[i];
  const b = option.args?.[j];
  if (!a || !b || a.source === undefined || b.source === undefined) return [];
  return [
    { file, range: a.range, newText: b.source },
    { file, range: b.range, newText: a.source },
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
