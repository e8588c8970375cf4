// Computes the effective interceptor chain of one grpc.NewServer / NewClient / Dial /
// DialContext call, in the order grpc-go runs them, or of one connect handler or client
// constructor call, in the order connect-go runs them.
import type { FileFacts } from '../facts/file-facts';
import { versionAtLeast } from '../files/gomod';
import { BLOCKING_DIAL_OPTIONS, CLIENT_INTERCEPTOR_OPTIONS, GRPC_PKG, SERVER_INTERCEPTOR_OPTIONS } from '../knowledge/grpc-api';
import { CONNECT_CHAIN_OPTIONS, CONNECT_OPAQUE_OPTIONS, CONNECT_PKGS } from '../knowledge/connect-api';
import { EntryBuilder } from './entries';
import type { ChainFunctionFact, ConstructorFact } from '../facts/chain-facts';
import { MW_V1, V1_CHAIN_OPTIONS, V1_OPTIONS_BECAME_CHAINS } from '../knowledge/grpc-middleware';
import type { BlockingDialOption, Chain, ChainEntry, SingleOption } from './model';
import { DEPTH_REASON } from './reasons';
import type { Scope } from './scope';
import { MAX_DEPTH, returnsOf, ValueResolver, type ValueItem } from './values';
import type { ChainIndex, CallRef } from '../index/workspace-index';
import type { Range } from '../types';

type Streams = { unary: ChainEntry[]; stream: ChainEntry[] };

/** What the options of one constructor call add up to, in option order. */
class OptionCollector {
  readonly chained: Streams = { unary: [], stream: [] };
  readonly singles: { unary: SingleOption[]; stream: SingleOption[] } = { unary: [], stream: [] };
  readonly blockingDialOptions: BlockingDialOption[] = [];
  builtOutsideWorkspace = false;

  constructor(
    private readonly values: ValueResolver,
    private readonly entries: EntryBuilder,
    private readonly ctor: ConstructorFact,
    private readonly v1OptionsAreChains: boolean,
  ) {}

  add(item: ValueItem, depth = 0): void {
    const { expr, scope } = item;
    if (depth > MAX_DEPTH) {
      this.unknown({ ...item, reason: DEPTH_REASON });
      return;
    }
    if (item.unknown || expr.kind !== 'call') {
      this.unknown(item);
      return;
    }
    const ref = expr.callee?.kind === 'selector' ? expr.callee.ref : null;
    const args = expr.args ?? [];
    if (ref && CONNECT_PKGS.has(ref.pkg) && this.ctor.framework === 'connect') {
      this.connectOption(item, ref.name, depth);
      return;
    }
    if (ref?.pkg === GRPC_PKG) {
      if (this.ctor.kind === 'client' && BLOCKING_DIAL_OPTIONS.has(ref.name))
        this.blockingDialOptions.push({ option: ref.name, at: this.values.location(scope, expr) });
      const table = this.ctor.kind === 'server' ? SERVER_INTERCEPTOR_OPTIONS : CLIENT_INTERCEPTOR_OPTIONS;
      const option = table.get(ref.name);
      if (!option) return; // an option that installs no interceptor
      const stream = option.stream ? 'stream' : 'unary';
      if (!option.single) {
        this.chained[stream].push(...this.entries.entriesOfArgs(args, !!expr.spread, scope, item.conditional));
        return;
      }
      const entries = args[0] ? this.entries.entriesOf(this.values.value(args[0], scope, item.conditional, this.values.location(scope, args[0]), null)) : [];
      this.single(stream, item, entries);
      return;
    }
    const v1 = ref?.pkg === MW_V1 ? V1_CHAIN_OPTIONS.get(ref.name) : undefined;
    if (v1 && this.ctor.kind === 'server') {
      const stream = v1.stream ? 'stream' : 'unary';
      const entries = this.entries.entriesOfArgs(args, !!expr.spread, scope, item.conditional);
      if (this.v1OptionsAreChains) this.chained[stream].push(...entries);
      else this.single(stream, item, entries);
      return;
    }
    const fn = this.values.functions.calledFunction(expr, scope);
    if (!fn) {
      this.unknown(item);
      return;
    }
    const fnScope: Scope = { file: fn.file, fn: fn.fn };
    const returns = returnsOf(fn.fn, expr);
    for (const r of returns) this.add(this.values.value(r, fnScope, item.conditional || returns.length > 1, item.registered, null), depth + 1);
  }

  /**
   * A connect option: interceptors go to unary in order, and to stream unless built with
   * UnaryInterceptorFunc (connect-api.ts says how connect-go orders them); bundles add their options in order.
   */
  private connectOption(item: ValueItem, name: string, depth: number): void {
    const { expr, scope } = item;
    const args = expr.args ?? [];
    const option = CONNECT_CHAIN_OPTIONS.get(name);
    if (CONNECT_OPAQUE_OPTIONS.has(name)) {
      this.unknown(item);
    } else if (option === 'interceptors') {
      const entries = this.entries.entriesOfArgs(args, !!expr.spread, scope, item.conditional);
      this.chained.unary.push(...entries);
      this.chained.stream.push(...entries.filter((e) => !e.unaryOnly).map((e) => ({ ...e })));
    } else if (option === 'recover') {
      const entry = this.entries.connectRecovery(item);
      this.chained.unary.push(entry);
      this.chained.stream.push({ ...entry });
    } else if (option === 'bundle') {
      args.forEach((arg, i) => {
        const items =
          expr.spread && i === args.length - 1
            ? this.values.elements(arg, scope, item.conditional)
            : [this.values.value(arg, scope, item.conditional, this.values.location(scope, arg), null)];
        for (const inner of items) this.add(inner, depth + 1);
      });
    }
  }

  private single(stream: keyof Streams, item: ValueItem, entries: ChainEntry[]): void {
    this.singles[stream].push({ option: item.expr.text, registered: item.registered, entries, conditional: item.conditional });
  }

  /** Options ctxlens cannot see into may install interceptors of either kind anywhere. */
  private unknown(item: ValueItem): void {
    const ref = item.expr.kind === 'call' && item.expr.callee?.kind === 'selector' ? item.expr.callee.ref : null;
    if (ref && !this.values.index.inWorkspace(ref.pkg)) this.builtOutsideWorkspace = true;
    const entry = this.entries.entriesOf({ ...item, unknown: true })[0]!;
    this.chained.unary.push(entry);
    this.chained.stream.push({ ...entry });
  }
}

/**
 * grpc-go runs the single interceptor first, then the chained ones in option order. A second
 * single server interceptor panics at start-up (the first one is what was set); a later
 * single client interceptor replaces the earlier one.
 */
function effective(kind: Chain['kind'], singles: SingleOption[], chained: ChainEntry[]): ChainEntry[] {
  const single = kind === 'server' ? singles[0] : singles[singles.length - 1];
  return [...(single?.entries ?? []), ...chained];
}

/** What one chain is computed for: a grpc constructor call, read with some functions' parameters pinned to one call site. */
export interface ChainRequest {
  file: FileFacts;
  ctor: ConstructorFact;
  /** The call site each wrapper's parameters are read from (empty for the constructor's own chain). */
  pins: ReadonlyMap<ChainFunctionFact, CallRef>;
  /** The function the constructor is in, with its calls that have chains of their own (for the reasons of its `?`). */
  wrapper: { fn: ChainFunctionFact; callers: number } | null;
}

export interface ComputedChain {
  streams: Pick<Chain, 'unary' | 'stream' | 'singles' | 'builtOutsideWorkspace' | 'blockingDialOptions' | 'files'>;
  /** Functions whose parameters the chain needed and could not bind to one call. */
  unbound: ReadonlySet<ChainFunctionFact>;
  /** Functions whose parameters were bound at their only call, with the function that call is in. */
  boundAt: ReadonlyMap<ChainFunctionFact, ChainFunctionFact>;
}

/** The function a constructor call is in, or null at package level. */
export function functionOf(file: FileFacts, ctor: ConstructorFact): ChainFunctionFact | null {
  return ctor.functionIndex === null ? null : (file.chains.functions[ctor.functionIndex] ?? null);
}

export function computeChain(index: ChainIndex, { file, ctor, pins, wrapper }: ChainRequest): ComputedChain {
  const values = new ValueResolver(index, pins, wrapper);
  values.touched.add(file.path);
  const entries = new EntryBuilder(values);
  const v1Version = file.chains.middlewareV1Version;
  const collector = new OptionCollector(values, entries, ctor, v1Version === null || versionAtLeast(v1Version, V1_OPTIONS_BECAME_CHAINS));
  const scope: Scope = { file, fn: functionOf(file, ctor) };
  ctor.options.forEach((option, i) => {
    const items =
      ctor.spread && i === ctor.options.length - 1
        ? values.elements(option, scope, false)
        : [values.value(option, scope, false, values.location(scope, option), null)];
    for (const item of items) collector.add(item);
  });
  return {
    streams: {
      unary: effective(ctor.kind, collector.singles.unary, collector.chained.unary),
      stream: effective(ctor.kind, collector.singles.stream, collector.chained.stream),
      singles: collector.singles,
      builtOutsideWorkspace: collector.builtOutsideWorkspace,
      blockingDialOptions: collector.blockingDialOptions,
      files: [...values.touched].sort(),
    },
    unbound: values.unbound,
    boundAt: values.boundAt,
  };
}

export function chainId(file: string, range: Range): string {
  return `${file}:${range.start.line}:${range.start.character}`;
}
