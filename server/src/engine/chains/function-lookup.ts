// Which workspace function or method an expression names or a call calls, and what made a
// method value's receiver (a library's value has no workspace method behind it).
import type { ExprFact } from '../facts/chain-facts';
import type { WorkspaceTypes } from '../index/types';
import { type ChainIndex, type FunctionRef, packageKey } from '../index/workspace-index';
import { localWrites, type Scope } from './scope';

export class FunctionLookup {
  /** `touched`: the files whose facts were read, which the lookup adds a found function's file to. */
  constructor(
    private readonly index: ChainIndex,
    private readonly types: WorkspaceTypes,
    private readonly touched: Set<string>,
  ) {}

  /**
   * The workspace function or method a call calls, if it can be told statically. `byNameOnly`:
   * a method of an unknown receiver may be the one method of its name in the workspace's chain
   * code (right for an interceptor's method value; not to decide that a call elsewhere is a
   * call of it, since the methods of files without grpc are not in the index).
   */
  calledFunction(call: ExprFact, scope: Scope, byNameOnly = true): FunctionRef | undefined {
    const callee = call.callee;
    if (!callee) return undefined;
    return this.functionNamed(callee, scope, byNameOnly);
  }

  /** The workspace function or method an ident, `pkg.Name` or method value names. */
  functionNamed(expr: ExprFact, scope: Scope, byNameOnly = true): FunctionRef | undefined {
    const found = this.lookupFunction(expr, scope, byNameOnly);
    if (found) this.touched.add(found.file.path);
    return found;
  }

  private lookupFunction(expr: ExprFact, scope: Scope, byNameOnly: boolean): FunctionRef | undefined {
    if (expr.kind === 'ident') {
      if (scope.fn?.locals.some((b) => b.name === expr.text) || scope.fn?.params.includes(expr.text)) return undefined;
      return this.index.func(packageKey(scope.file), expr.text);
    }
    if (expr.kind === 'selector' && expr.ref) return this.index.func(expr.ref.pkg, expr.ref.name);
    if (expr.kind === 'member' && expr.member) {
      const { operandType, name } = expr.member;
      if (operandType !== null) return this.index.method(packageKey(scope.file), operandType, name);
      // A library's value, or an interface several workspace types implement: no one workspace method.
      const target = this.types.methodTarget(expr, scope);
      if (target && !target.concrete) return undefined;
      if (target?.concrete && this.types.declaresMethod(target.concrete, name)) return this.index.method(target.concrete.pkg, target.concrete.name, name);
      const maker = this.receiverMaker(expr, scope);
      if (maker?.library) return undefined;
      if (maker?.type) return this.index.method(maker.pkg, maker.type, name);
      return this.index.method(packageKey(scope.file), null, name, byNameOnly);
    }
    return undefined;
  }

  /**
   * What made a method value's receiver: `m` in `m.UnaryServerInterceptor()` after
   * `m := grpcprom.NewServerMetrics()` is a library's value; after `c := cache.New()` (a
   * workspace function returning *Cache) it is a cache.Cache. Null when not made by a call.
   */
  receiverMaker(member: ExprFact, scope: Scope): { pkg: string; type: string | null; library: boolean } | null {
    if (member.kind !== 'member' || !member.member) return null;
    // `var m *grpcprom.ServerMetrics`, a field or parameter of a library's type.
    const target = this.types.methodTarget(member, scope);
    if (target && !target.workspace) return { pkg: target.type.pkg, type: null, library: true };
    const operand = member.member.operand;
    if (scope.fn?.params.includes(operand)) return null;
    const writes = localWrites(scope, operand, member.range.start);
    const value = writes ? [...writes].reverse().find((w) => w.mode === 'assign')?.values[0] : this.index.variable(packageKey(scope.file), operand)?.decl.value;
    if (value?.kind !== 'call' || !value.callee) return null;
    const callee = value.callee;
    const made =
      callee.kind === 'selector' && callee.ref
        ? callee.ref
        : callee.kind === 'ident' && !writes?.some((w) => w.name === callee.text)
          ? { pkg: packageKey(scope.file), name: callee.text }
          : null;
    if (!made) return null;
    if (!this.index.inWorkspace(made.pkg)) return { pkg: made.pkg, type: null, library: true };
    // A workspace helper handing out a library's value (etcd's getServerMetrics() *grpc_prometheus.ServerMetrics).
    const library = this.index.libraryResult(made.pkg, made.name);
    if (library && !this.index.inWorkspace(library)) return { pkg: library, type: null, library: true };
    return { pkg: made.pkg, type: this.index.resultType(made.pkg, made.name) ?? null, library: false };
  }

  /** The library a method value's receiver comes from, if a library call made it. */
  libraryOfReceiver(member: ExprFact | undefined, scope: Scope): string | null {
    const maker = member ? this.receiverMaker(member, scope) : null;
    return maker?.library ? maker.pkg : null;
  }
}
