// Turns interceptor values into chain entries: library interceptors, workspace functions,
// methods, factories and func literals, selector-wrapped and v1-chained ones, connect's
// UnaryInterceptorFunc conversions and WithRecover.
import { classByName, libraryClass, workspaceClass } from './classify';
import type { ExprFact } from '../facts/chain-facts';
import { SELECTOR_PKG, SELECTOR_WRAPPERS, MW_V1, V1_CHAIN_BUILDERS } from '../knowledge/grpc-middleware';
import type { ChainEntry, Location } from './model';
import { DEPTH_REASON } from './reasons';
import type { Scope } from './scope';
import { MAX_DEPTH, returnsOf, type ValueItem, type ValueResolver } from './values';
import { packageKey, type FunctionRef } from '../index/workspace-index';
import { CONNECT_PKGS, CONNECT_UNARY_INTERCEPTOR_FUNC } from '../knowledge/connect-api';

export class EntryBuilder {
  constructor(private readonly values: ValueResolver) {}

  /** The entries of interceptor arguments (`a, b, rest...`), in order. */
  entriesOfArgs(args: readonly ExprFact[], spread: boolean, scope: Scope, conditional: boolean, depth = 0): ChainEntry[] {
    return args.flatMap((arg, i) => {
      const items =
        spread && i === args.length - 1
          ? this.values.elements(arg, scope, conditional, depth + 1)
          : [this.values.value(arg, scope, conditional, this.values.location(scope, arg), null, depth + 1)];
      return items.flatMap((item) => this.entriesOf(item, depth + 1));
    });
  }

  /** `connect.WithRecover(fn)`: connect-go's recovery interceptor, at the option's place. */
  connectRecovery(item: ValueItem): ChainEntry {
    const ref = item.expr.callee?.kind === 'selector' ? item.expr.callee.ref : null;
    return { ...this.entry(item, item.expr.text, { defined: null, body: null, cls: 'recovery' }), library: ref?.pkg ?? null };
  }

  entriesOf(item: ValueItem, depth = 0): ChainEntry[] {
    const { expr, scope } = item;
    if (depth > MAX_DEPTH) return [this.unresolved({ ...item, reason: DEPTH_REASON })];
    if (item.unknown) return [this.unresolved(item)];
    switch (expr.kind) {
      case 'funcLit': {
        const name = item.alias ?? 'func literal';
        return [
          this.entry(item, name, {
            defined: this.values.location(scope, expr),
            body: expr.body ?? null,
            cls: workspaceClass(item.alias ?? '', expr.body ?? null),
          }),
        ];
      }
      case 'call':
        return this.entriesOfCall(item, depth);
      case 'composite':
        return [this.compositeEntry(item)];
      case 'ident':
      case 'selector':
      case 'member': {
        const fn = this.values.functions.functionNamed(expr, scope);
        if (fn) return [this.definedEntry(item, expr.text, fn)];
        if (expr.kind === 'selector' && expr.ref) return [this.libraryEntry(item, expr.text, expr.ref.pkg)];
        const library = this.values.functions.libraryOfReceiver(expr, scope);
        return [library ? this.libraryEntry(item, expr.text, library) : this.unresolved(item)];
      }
      default:
        return [this.unresolved(item)];
    }
  }

  private entriesOfCall(item: ValueItem, depth: number): ChainEntry[] {
    const { expr, scope } = item;
    const args = expr.args ?? [];
    const ref = expr.callee?.kind === 'selector' ? expr.callee.ref : null;
    if (ref?.pkg === SELECTOR_PKG && SELECTOR_WRAPPERS.has(ref.name) && args[0]) {
      const inner = this.values.value(args[0], scope, true, item.registered, null, depth + 1);
      return this.entriesOf(inner, depth + 1).map((e) => ({ ...e, conditional: true, wrappedBy: expr.text }));
    }
    // `connect.UnaryInterceptorFunc(f)`: f wraps unary calls; the conversion's streaming methods pass streams on untouched.
    if (ref && CONNECT_PKGS.has(ref.pkg) && ref.name === CONNECT_UNARY_INTERCEPTOR_FUNC && args[0]) {
      const inner = this.values.value(args[0], scope, item.conditional, item.registered, item.alias, depth + 1);
      return this.entriesOf(inner, depth + 1).map((e) => ({ ...e, unaryOnly: true }));
    }
    if (ref?.pkg === MW_V1 && V1_CHAIN_BUILDERS.has(ref.name)) {
      return this.entriesOfArgs(args, !!expr.spread, scope, item.conditional, depth + 1);
    }
    const fn = this.values.functions.calledFunction(expr, scope);
    if (fn) return this.factoryEntries(item, fn, depth);
    if (ref && !this.values.index.inWorkspace(ref.pkg)) return [this.libraryEntry(item, expr.text, ref.pkg)];
    const library = this.values.functions.libraryOfReceiver(expr.callee, scope);
    return [library ? this.libraryEntry(item, expr.text, library) : this.unresolved(item)];
  }

  /**
   * A call to a workspace function that makes an interceptor (`mw.Auth(secret)`): shown under
   * the call's name, defined at the function, with what its returned value is. A function
   * returning a chain of several (v1 ChainUnaryServer) stands for those.
   */
  private factoryEntries(item: ValueItem, fn: FunctionRef, depth: number): ChainEntry[] {
    const fnScope = { file: fn.file, fn: fn.fn };
    const returns = returnsOf(fn.fn, item.expr);
    const inner = returns.flatMap((r) => this.entriesOf(this.values.value(r, fnScope, item.conditional, item.registered, null, depth + 1), depth + 1));
    if (returns.length === 1 && inner.length > 1) return inner;
    const made = inner.find((e) => e.resolved);
    const name = item.expr.text;
    const body = made?.body ?? null;
    const cls = made && made.class !== 'other' ? made.class : workspaceClass(name, body);
    const entry = this.asKnownLibrary(fn, this.entry(item, name, { defined: { file: fn.file.path, range: fn.fn.range, extent: fn.fn.extent }, body, cls }));
    return [made?.unaryOnly || fn.fn.unaryOnly ? { ...entry, unaryOnly: true } : entry];
  }

  /**
   * A struct value written in place (`&authInterceptor{token: t}`): a connect interceptor, shown
   * under its type and defined at its WrapUnary method when the workspace declares the type.
   */
  private compositeEntry(item: ValueItem): ChainEntry {
    const { expr, scope } = item;
    const pkg = expr.ref?.pkg ?? packageKey(scope.file);
    const type = expr.ref?.name ?? expr.text;
    if (!this.values.index.inWorkspace(pkg)) return this.libraryEntry(item, expr.text, pkg);
    const wrap = this.values.index.method(pkg, type, 'WrapUnary');
    const defined = wrap ? { file: wrap.file.path, range: wrap.fn.range, extent: wrap.fn.extent } : null;
    return this.entry(item, expr.text, { defined, body: null, cls: classByName(expr.text) });
  }

  private definedEntry(item: ValueItem, name: string, fn: FunctionRef): ChainEntry {
    return this.asKnownLibrary(
      fn,
      this.entry(item, name, {
        defined: { file: fn.file.path, range: fn.fn.range, extent: fn.fn.extent },
        body: fn.fn.body,
        cls: workspaceClass(fn.fn.name, fn.fn.body),
      }),
    );
  }

  /**
   * A known library's interceptor stays a library interceptor when the workspace is that
   * library's own repository (but not the repository's example programs).
   */
  private asKnownLibrary(fn: FunctionRef, entry: ChainEntry): ChainEntry {
    const pkg = fn.file.packagePath;
    const example = fn.file.packageName === 'main' || !!pkg?.split('/').some((part) => part === 'examples' || part === 'example');
    const cls = pkg && !example ? libraryClass(pkg) : null;
    return cls ? { ...entry, class: cls, library: pkg } : entry;
  }

  private libraryEntry(item: ValueItem, name: string, library: string): ChainEntry {
    return { ...this.entry(item, name, { defined: null, body: null, cls: libraryClass(library) ?? classByName(name) }), library };
  }

  private unresolved(item: ValueItem): ChainEntry {
    const name = item.alias ?? item.expr.text;
    return { ...this.entry(item, name, { defined: null, body: null, cls: 'other' }), resolved: false, reason: this.values.reasonOf(item) };
  }

  private entry(item: ValueItem, name: string, what: { defined: Location | null; body: ChainEntry['body']; cls: ChainEntry['class'] }): ChainEntry {
    return {
      name,
      class: what.cls,
      registered: item.registered,
      defined: what.defined,
      conditional: item.conditional,
      resolved: true,
      body: what.body,
      library: null,
    };
  }
}
