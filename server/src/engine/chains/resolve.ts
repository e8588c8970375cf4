// Computes the effective interceptor chains of every grpc.NewServer / NewClient / Dial /
// DialContext call in the workspace, in the order grpc-go runs them.
import type { FileFacts, WorkspaceFacts } from '../facts/file-facts';
import { versionAtLeast } from '../files/gomod';
import { CLIENT_INTERCEPTOR_OPTIONS, GRPC_PKG, SERVER_INTERCEPTOR_OPTIONS } from '../knowledge/grpc-api';
import { EntryBuilder } from './entries';
import type { ConstructorFact } from '../facts/chain-facts';
import { MW_V1, V1_CHAIN_OPTIONS, V1_OPTIONS_BECAME_CHAINS } from '../knowledge/grpc-middleware';
import type { Chain, ChainEntry, SingleOption } from './model';
import { DEPTH_REASON } from './reasons';
import { MAX_DEPTH, returnsOf, ValueResolver, type Scope, type ValueItem } from './values';
import { ChainIndex } from '../index/workspace-index';

type Streams = { unary: ChainEntry[]; stream: ChainEntry[] };

/** What the options of one constructor call add up to, in option order. */
class OptionCollector {
  readonly chained: Streams = { unary: [], stream: [] };
  readonly singles: { unary: SingleOption[]; stream: SingleOption[] } = { unary: [], stream: [] };
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
    if (ref?.pkg === GRPC_PKG) {
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
    const fn = this.values.calledFunction(expr, scope);
    if (!fn) {
      this.unknown(item);
      return;
    }
    const fnScope: Scope = { file: fn.file, fn: fn.fn };
    const returns = returnsOf(fn.fn, expr);
    for (const r of returns) this.add(this.values.value(r, fnScope, item.conditional || returns.length > 1, item.registered, null), depth + 1);
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

/** The chain one constructor call builds; chain.files lists the files whose facts it read. */
export function chainOf(index: ChainIndex, file: FileFacts, ctor: ConstructorFact): Chain {
  const values = new ValueResolver(index);
  values.touched.add(file.path);
  const entries = new EntryBuilder(values);
  const v1Version = file.chains.middlewareV1Version;
  const collector = new OptionCollector(values, entries, ctor, v1Version === null || versionAtLeast(v1Version, V1_OPTIONS_BECAME_CHAINS));
  const scope: Scope = { file, fn: ctor.functionIndex === null ? null : (file.chains.functions[ctor.functionIndex] ?? null) };
  ctor.options.forEach((option, i) => {
    const items =
      ctor.spread && i === ctor.options.length - 1
        ? values.elements(option, scope, false)
        : [values.value(option, scope, false, values.location(scope, option), null)];
    for (const item of items) collector.add(item);
  });
  const { start } = ctor.range;
  return {
    id: `${file.path}:${start.line}:${start.character}`,
    file: file.path,
    range: ctor.range,
    kind: ctor.kind,
    constructor: `grpc.${ctor.name}`,
    unary: effective(ctor.kind, collector.singles.unary, collector.chained.unary),
    stream: effective(ctor.kind, collector.singles.stream, collector.chained.stream),
    singles: collector.singles,
    builtOutsideWorkspace: collector.builtOutsideWorkspace,
    files: [...values.touched].sort(),
  };
}

/** Every chain of the workspace, by file path then position. */
export function computeChains(facts: WorkspaceFacts): Chain[] {
  const index = new ChainIndex(facts);
  const chains: Chain[] = [];
  const files = [...facts.files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of files) for (const ctor of file.chains.constructors) chains.push(chainOf(index, file, ctor));
  return chains;
}
