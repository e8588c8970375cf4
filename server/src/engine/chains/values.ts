// Follows option and interceptor values to the expressions that make them: through local
// variables (with appends, conditional ones included), package variables and the return
// values of workspace functions.
import * as path from 'node:path';
import type { FileFacts } from '../facts/file-facts';
import type { Position } from '../types';
import type { ChainFunctionFact, ExprFact, LocalBinding } from '../facts/chain-facts';
import { FunctionLookup } from './function-lookup';
import type { Location } from './model';
import { contains, localWrites, type Scope } from './scope';
import { DEPTH_REASON, explainUnknown, functionDisplayName, fxFieldReason, fxProviderOf, fxReason } from './reasons';
import { type ChainIndex, type CallRef, type FieldWriteRef, packageKey } from '../index/workspace-index';
import { WorkspaceTypes } from '../index/types';
import { callableFromOutside, seenFrom, writableFromOutside } from './visibility';

/** Variables followed through variables and helper functions before giving up (cycles end here). */
export const MAX_DEPTH = 12;

/** A value after following variables: the expression that makes it, or an unknown. */
export interface ValueItem {
  expr: ExprFact;
  scope: Scope;
  conditional: boolean;
  /** Where the value was put into the chain (before following variables). */
  registered: Location;
  /** The last variable the value passed through, if any. */
  alias: string | null;
  /** The value could not be followed (a parameter, a field, a result of an unknown call). */
  unknown: boolean;
  /** Why it could not be followed, when the place that gave up knows better than the expression says. */
  reason?: string;
}

/** What a call's value is made of: the function's first results, or those at the position `_, x := f()` reads. */
export function returnsOf(fn: ChainFunctionFact, call: ExprFact): ExprFact[] {
  return call.result ? (fn.laterReturns?.[call.result - 1] ?? []) : fn.returns;
}

interface StructField {
  pkg: string;
  type: string;
  name: string;
}

/** True when the write may not have happened by the time `at` runs. */
function conditionalAt(binding: LocalBinding, at: Position): boolean {
  return binding.scope !== null && !contains(binding.scope, at);
}

export class ValueResolver {
  /** Files whose facts were read (the chain depends on them). */
  readonly touched = new Set<string>();
  /** Functions whose parameters a value needed but no single call site could bind (several callers, or exported). */
  readonly unbound = new Set<ChainFunctionFact>();
  /** Functions whose parameters were bound at their only call, with the function that call is in. */
  readonly boundAt = new Map<ChainFunctionFact, ChainFunctionFact>();
  private readonly types: WorkspaceTypes;
  /** Which workspace function an expression names (the files it finds them in count as touched). */
  readonly functions: FunctionLookup;
  /** The slice fields whose writes are being listed, by package, type and field. */
  private readonly fieldsListed = new Set<string>();

  /**
   * `pins`: the call site each function's parameters are read from (a wrapper constructor's chain
   * at one of its calls); `wrapper`: the function the constructor is in, when its callers have chains of their own.
   */
  constructor(
    readonly index: ChainIndex,
    private readonly pins: ReadonlyMap<ChainFunctionFact, CallRef> = new Map(),
    private readonly wrapper: { fn: ChainFunctionFact; callers: number } | null = null,
  ) {
    this.types = new WorkspaceTypes(index);
    this.functions = new FunctionLookup(index, this.types, this.touched);
  }

  location(scope: Scope, expr: ExprFact): Location {
    return { file: scope.file.path, range: expr.range };
  }

  /** The elements a slice expression holds, in order (`opts...`, `helper()...`, `[]T{…}`). */
  elements(expr: ExprFact, scope: Scope, conditional: boolean, depth = 0): ValueItem[] {
    this.touched.add(scope.file.path);
    const unknown = (reason?: string): ValueItem[] => [this.unknownItem(expr, scope, conditional, null, reason)];
    if (depth > MAX_DEPTH) return unknown(DEPTH_REASON);
    // A nil slice holds nothing.
    if (expr.text === 'nil') return [];
    switch (expr.kind) {
      case 'slice':
        return (expr.elements ?? []).map((el) => this.value(el, scope, conditional, this.location(scope, el), null, depth + 1));
      case 'ident': {
        const writes = localWrites(scope, expr.text, expr.range.start);
        if (writes) return this.sliceFromWrites(writes, expr, scope, conditional, depth);
        if (scope.fn?.params.includes(expr.text)) return this.parameterElements(expr, scope, conditional, depth);
        const variable = this.index.variable(packageKey(scope.file), expr.text);
        return variable ? this.elements(variable.decl.value, { file: variable.file, fn: null }, conditional, depth + 1) : unknown();
      }
      case 'selector': {
        const variable = expr.ref ? this.index.variable(expr.ref.pkg, expr.ref.name) : undefined;
        return variable ? this.elements(variable.decl.value, { file: variable.file, fn: null }, conditional, depth + 1) : unknown();
      }
      case 'member': {
        const field = this.fieldOf(expr, scope);
        return field ? this.fieldElements(field, expr, scope, conditional, depth) : unknown();
      }
      case 'call': {
        const args = expr.args ?? [];
        // `make([]grpc.ServerOption, 0, n)` starts empty.
        if (expr.callee?.kind === 'ident' && expr.callee.text === 'make') return [];
        if (expr.callee?.kind === 'ident' && expr.callee.text === 'append' && args[0]) {
          return [...this.elements(args[0], scope, conditional, depth + 1), ...this.appended(args.slice(1), !!expr.spread, scope, conditional, depth)];
        }
        const fn = this.functions.calledFunction(expr, scope);
        if (!fn) return unknown();
        return this.returnedElements(returnsOf(fn.fn, expr), { file: fn.file, fn: fn.fn, caller: { call: expr, scope } }, conditional, depth);
      }
      default:
        return unknown();
    }
  }

  /** The value an expression denotes: locals and package variables followed, anything else as is. */
  value(expr: ExprFact, scope: Scope, conditional: boolean, registered: Location, alias: string | null, depth = 0): ValueItem {
    this.touched.add(scope.file.path);
    const item = { expr, scope, conditional, registered, alias, unknown: false };
    if (depth > MAX_DEPTH) return { ...item, unknown: true, reason: DEPTH_REASON };
    if (expr.kind === 'ident') {
      const writes = localWrites(scope, expr.text, expr.range.start);
      if (writes) {
        const last = [...writes].reverse().find((w) => w.mode === 'assign');
        const value = last?.values[0];
        if (!last || !value) return { ...item, unknown: true };
        return this.value(value, scope, conditional || conditionalAt(last, expr.range.start), registered, expr.text, depth + 1);
      }
      if (scope.fn?.params.includes(expr.text)) return this.parameterValue(item, depth);
      const pkg = packageKey(scope.file);
      const variable = this.index.variable(pkg, expr.text);
      if (variable) return this.value(variable.decl.value, { file: variable.file, fn: null }, conditional, registered, expr.text, depth + 1);
      return this.index.func(pkg, expr.text) ? item : { ...item, unknown: true };
    }
    if (expr.kind === 'member') {
      const field = this.fieldOf(expr, scope);
      if (field) return this.fieldValue(field, item, depth);
    }
    if (expr.kind === 'selector' && expr.ref) {
      const variable = this.index.variable(expr.ref.pkg, expr.ref.name);
      if (variable) return this.value(variable.decl.value, { file: variable.file, fn: null }, conditional, registered, expr.text, depth + 1);
      if (this.index.inWorkspace(expr.ref.pkg) && !this.index.func(expr.ref.pkg, expr.ref.name)) return { ...item, unknown: true };
    }
    return item;
  }

  /** The calls in the workspace that call the function a scope is in (the pinned one only, when pinned). */
  private callSites(scope: Scope): CallRef[] {
    const fn = scope.fn;
    if (!fn) return [];
    const pinned = this.pins.get(fn);
    if (pinned) return [pinned];
    // A production function's chain is not what its tests pass it.
    return this.callsOf(fn).filter((site) => seenFrom(scope, site.file));
  }

  /** Every call of a workspace function recorded in the workspace, tests included. */
  callsOf(fn: ChainFunctionFact): CallRef[] {
    return this.index.callsNamed(fn.name).filter((site) => this.functions.calledFunction(site.call, { file: site.file, fn: site.fn }, false)?.fn === fn);
  }

  /**
   * Where the calls of fn go instead when another file of its package declares it too (build
   * variants: addr_posix.go, addr_windows.go): a call resolves to one of them, not to each.
   */
  private variantCalled(fn: ChainFunctionFact, file: FileFacts): string | null {
    for (const site of this.index.callsNamed(fn.name)) {
      const called = this.functions.calledFunction(site.call, { file: site.file, fn: site.fn });
      if (called && called.fn !== fn && called.fn.receiver === fn.receiver && packageKey(called.file) === packageKey(file))
        return `its calls resolve to its build variant in ${path.basename(called.file.path)}`;
    }
    return null;
  }

  /** A parameter binds from the pinned call site, or from the only one of a function nothing outside the workspace calls. */
  private bindsFrom(scope: Scope, sites: readonly CallRef[]): CallRef | null {
    const fn = scope.fn!;
    if (this.pins.has(fn)) return sites[0] ?? null;
    return sites.length === 1 && !callableFromOutside(fn, scope.file) ? sites[0]! : null;
  }

  /** What the caller passes for a parameter: the argument at its position (for a variadic one, the rest). */
  private argumentsFor(fn: ChainFunctionFact, name: string, call: ExprFact): { args: ExprFact[]; spread: boolean } | null {
    const position = fn.params.indexOf(name) - (fn.receiver ? 1 : 0);
    // The receiver is not an argument.
    if (position < 0) return null;
    const args = call.args ?? [];
    // `cfg.DialOption(instrument())`: one call giving every parameter, each the result at its position.
    const [only] = args;
    if (args.length === 1 && only?.kind === 'call' && fn.params.length - (fn.receiver ? 1 : 0) > 1 && fn.variadic !== name)
      return { args: [position === 0 ? only : { ...only, result: position }], spread: false };
    if (fn.variadic === name) return { args: args.slice(position), spread: !!call.spread };
    const arg = args[position];
    return arg && !(call.spread && position === args.length - 1) ? { args: [arg], spread: false } : null;
  }

  /**
   * The reason a parameter stays unknown: how many call sites it has. Only calls in files that
   * use grpc are seen, so an exported function's one visible call may not be its only one.
   */
  private parameterReason(scope: Scope, name: string, sites: number): string {
    const fn = scope.fn!;
    const fx = fn.receiver === null && sites === 0 ? fxReason(this.index, packageKey(scope.file), fn, name) : null;
    if (fx) return fx;
    if (this.wrapper?.fn === fn && this.wrapper.callers > 0) {
      const callers = this.wrapper.callers === 1 ? 'its call has a chain of its own' : `each of its ${this.wrapper.callers} calls has a chain of its own`;
      return `parameter ${name} of the wrapper constructor ${functionDisplayName(fn)}: ${callers}`;
    }
    // A production function's sites leave out its tests' calls: say so rather than "no call site" (files without grpc are not read).
    const none =
      this.callsOf(fn).length > 0
        ? 'called only from tests in the files that use grpc'
        : (this.variantCalled(fn, scope.file) ?? 'no call site in the files that use grpc');
    const count = sites === 0 ? none : sites === 1 ? '1 call site seen' : `${sites} call sites`;
    return `parameter ${name} of ${functionDisplayName(fn)}${callableFromOutside(fn, scope.file) ? ' (exported)' : ''}, ${count}`;
  }

  /** Records that a caller's argument was needed (the receiver is no argument). */
  private noteUnbound(fn: ChainFunctionFact, name: string): void {
    if (fn.params.indexOf(name) >= (fn.receiver ? 1 : 0)) this.unbound.add(fn);
  }

  /**
   * The call whose arguments a scope's parameters hold: the one the value was followed in
   * through, else the pinned call site, else the only one of an unexported function.
   */
  private binding(scope: Scope): { site: { call: ExprFact; scope: Scope } | null; sites: number } {
    if (scope.caller) return { site: scope.caller, sites: 1 };
    const sites = this.callSites(scope);
    const site = this.bindsFrom(scope, sites);
    if (site?.fn && !this.pins.has(scope.fn!)) this.boundAt.set(scope.fn!, site.fn);
    return { site: site ? { call: site.call, scope: { file: site.file, fn: site.fn } } : null, sites: sites.length };
  }

  /** A slice parameter's elements, from the arguments of the call that binds it. */
  private parameterElements(expr: ExprFact, scope: Scope, conditional: boolean, depth: number): ValueItem[] {
    const fn = scope.fn!;
    const { site, sites } = this.binding(scope);
    const bound = site ? this.argumentsFor(fn, expr.text, site.call) : null;
    const provider = !site && sites === 0 && fn.receiver === null ? fxProviderOf(this.index, packageKey(scope.file), fn, expr.text) : null;
    // fx fills it from the one provider of its type: what that provider returns.
    if (provider && depth <= MAX_DEPTH) {
      this.touched.add(provider.file.path);
      return this.returnedElements(provider.fn.returns, { file: provider.file, fn: provider.fn }, conditional, depth);
    }
    if (!site) this.noteUnbound(fn, expr.text);
    if (!site || !bound || depth > MAX_DEPTH)
      return [this.unknownItem(expr, scope, conditional, null, bound ? DEPTH_REASON : this.parameterReason(scope, expr.text, sites))];
    this.touched.add(site.scope.file.path);
    if (fn.variadic === expr.text) return this.appended(bound.args, bound.spread, site.scope, conditional, depth + 1);
    return this.elements(bound.args[0]!, site.scope, conditional, depth + 1);
  }

  /** The elements a function's returned values hold, read in its scope. */
  private returnedElements(returns: ExprFact[], scope: Scope, conditional: boolean, depth: number): ValueItem[] {
    // Several return statements: each set of options is only sometimes the one returned.
    return returns.flatMap((r) => this.elements(r, scope, conditional || returns.length > 1, depth + 1));
  }

  /** A single-valued parameter: the argument of the call that binds it. */
  private parameterValue(item: ValueItem, depth: number): ValueItem {
    const fn = item.scope.fn!;
    const name = item.expr.text;
    const binding = this.binding(item.scope);
    const site = fn.variadic !== name ? binding.site : null;
    const bound = site ? this.argumentsFor(fn, name, site.call) : null;
    if (!binding.site) this.noteUnbound(fn, name);
    if (!site || !bound) return { ...item, unknown: true, reason: this.parameterReason(item.scope, name, binding.sites) };
    this.touched.add(site.scope.file.path);
    return this.value(bound.args[0]!, site.scope, item.conditional, item.registered, name, depth + 1);
  }

  /** The struct field `x.f` (or `x.y.f`) reads, when the operand's type is a workspace struct declaring f. */
  private fieldOf(expr: ExprFact, scope: Scope): StructField | null {
    const member = expr.member;
    if (expr.kind !== 'member' || !member) return null;
    const operand = member.operandType ? { pkg: packageKey(scope.file), name: member.operandType } : this.types.operandTypeOf(expr, scope);
    if (!operand || !this.index.declaresField(operand.pkg, operand.name, member.name)) return null;
    return { pkg: operand.pkg, type: operand.name, name: member.name };
  }

  /**
   * A slice field holds what every write in the workspace puts there: what is prepended (the
   * prepend written last runs first), what is set (several settings are alternatives), then what
   * is appended; prepends and appends only when the code doing them runs.
   */
  private fieldElements(field: StructField, expr: ExprFact, scope: Scope, conditional: boolean, depth: number): ValueItem[] {
    const writes = this.writesSeen(field, scope);
    if (writes.length === 0) {
      // Nothing outside the workspace can write an unexported field, or one of an internal package: it is empty.
      if (!writableFromOutside(field.pkg, field.name)) return [];
      return [this.unknownItem(expr, scope, conditional, null, this.unwrittenReason(field))];
    }
    const key = `${field.pkg}\0${field.type}.${field.name}`;
    // Read again while its writes are being listed (`o.f = append(g(o.f), …)`): those writes are already in the list.
    if (this.fieldsListed.has(key)) return [];
    this.fieldsListed.add(key);
    try {
      const sets = writes.filter((w) => w.write.mode === 'assign');
      const out: ValueItem[] = [];
      for (const { file, fn, write } of writes.filter((w) => w.write.mode === 'prepend').reverse()) {
        this.touched.add(file.path);
        out.push(...this.elements(write.values[0]!, { file, fn }, true, depth + 1));
      }
      for (const { file, fn, write } of sets) {
        this.touched.add(file.path);
        if (write.values[0]) out.push(...this.elements(write.values[0], { file, fn }, conditional || sets.length > 1, depth + 1));
      }
      for (const { file, fn, write } of writes.filter((w) => w.write.mode === 'append')) {
        this.touched.add(file.path);
        out.push(...this.appended(write.values, write.spread, { file, fn }, true, depth));
      }
      return out;
    } finally {
      this.fieldsListed.delete(key);
    }
  }

  /** A single-valued field: the value of its only write; several writes or none stay unknown. */
  private fieldValue(field: StructField, item: ValueItem, depth: number): ValueItem {
    const writes = this.writesSeen(field, item.scope);
    const only = writes.length === 1 && writes[0]!.write.mode === 'assign' ? writes[0]! : null;
    if (only?.write.values[0]) {
      this.touched.add(only.file.path);
      return this.value(only.write.values[0], { file: only.file, fn: only.fn }, item.conditional, item.registered, item.expr.text, depth + 1);
    }
    const reason = writes.length === 0 ? this.unwrittenReason(field) : `field ${field.type}.${field.name} is written in ${writes.length} places`;
    return { ...item, unknown: true, reason };
  }

  /** The writes of a field that code read in scope runs with. */
  private writesSeen(field: StructField, scope: Scope): FieldWriteRef[] {
    return this.index.writesOf(field.pkg, field.type, field.name).filter((w) => seenFrom(scope, w.file));
  }

  /** Why a field with no write the reading code runs with is unknown: fx fills it, or code outside the workspace (or only tests) write it. */
  private unwrittenReason(field: StructField): string {
    const fx = fxFieldReason(this.index, field.pkg, field.type, field.name);
    if (fx) return fx;
    const where = this.index.writesOf(field.pkg, field.type, field.name).length > 0 ? 'only in tests' : 'nowhere in the workspace';
    return `field ${field.type}.${field.name} is written ${where}`;
  }

  unknownItem(expr: ExprFact, scope: Scope, conditional: boolean, alias: string | null, reason?: string): ValueItem {
    return { expr, scope, conditional, registered: this.location(scope, expr), alias, unknown: true, ...(reason ? { reason } : {}) };
  }

  /** Why an unknown item stays unknown. */
  reasonOf(item: ValueItem): string {
    return item.reason ?? explainUnknown(item.expr, item.scope, this.index, this.types);
  }

  /** A slice variable's elements: from its last unconditional assignment on, appends in order. */
  private sliceFromWrites(writes: LocalBinding[], variable: ExprFact, scope: Scope, conditional: boolean, depth: number): ValueItem[] {
    const at = variable.range.start;
    let start = 0;
    writes.forEach((w, i) => {
      if (w.mode === 'assign' && !conditionalAt(w, at)) start = i;
    });
    let out: ValueItem[] = [];
    // `func f(opts ...grpc.ServerOption) { opts = append(opts, …) }`: what the caller passed comes first.
    if (writes[start]!.mode !== 'assign' && scope.fn?.params.includes(variable.text)) out.push(...this.parameterElements(variable, scope, conditional, depth));
    for (const write of writes.slice(start)) {
      const cond = conditional || conditionalAt(write, at);
      if (write.mode === 'append') out.push(...this.appended(write.values, write.spread, scope, cond, depth));
      else if (write.mode === 'prepend') out = [...this.elements(write.values[0]!, scope, cond, depth + 1), ...out];
      else if (write.values[0]) {
        // A conditional reassignment (`if reuse { unary = other() }`) may replace what came before: each is only sometimes there.
        if (cond) out = out.map((item) => ({ ...item, conditional: true }));
        out.push(...this.elements(write.values[0], scope, cond, depth + 1));
      }
    }
    return out;
  }

  private appended(values: ExprFact[], spread: boolean, scope: Scope, conditional: boolean, depth: number): ValueItem[] {
    return values.flatMap((v, i) =>
      spread && i === values.length - 1
        ? this.elements(v, scope, conditional, depth + 1)
        : [this.value(v, scope, conditional, this.location(scope, v), null, depth + 1)],
    );
  }
}
