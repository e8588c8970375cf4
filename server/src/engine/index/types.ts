// Types of workspace values, read from the index: named types by package, struct fields,
// function and method signatures, package variables, local values (their declared type, or the
// result of the workspace call that set them), and the one workspace type implementing an interface.
import type { FileFacts } from '../facts/file-facts';
import type { ChainFunctionFact, ExprFact } from '../facts/chain-facts';
import { type ChainIndex, packageKey } from './workspace-index';

/** A named type by package key (an import path) and name. */
export interface NamedType {
  pkg: string;
  name: string;
}

/** Where an expression is read: its file and the top-level function it is in (null at package level). */
export interface TypeScope {
  file: FileFacts;
  fn: ChainFunctionFact | null;
}

/** The type of a value whose methods a call runs. */
export interface MethodTarget {
  /** Its static type. */
  type: NamedType;
  /** The type is the workspace's (else a library's). */
  workspace: boolean;
  /** The workspace type whose methods run (an interface resolved to its only implementer); null when several or none implement it. */
  concrete: NamedType | null;
}

const PREDECLARED: ReadonlySet<string> = new Set(
  'any bool byte comparable complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr'.split(
    ' ',
  ),
);
const TYPE_KEYWORDS: ReadonlySet<string> = new Set(['map', 'chan', 'func', 'interface', 'struct']);

/** Types followed through locals and calls before giving up (cycles end here). */
const MAX_DEPTH = 8;

/**
 * The named type of a qualified type text, pointers taken off: `*example.com/p.T` → (example.com/p, T),
 * `T` → (pkg, T) for a type of the package the text was written in. Slices, maps, channels,
 * funcs, literal types and predeclared types have none.
 */
export function namedType(text: string, pkg: string): NamedType | null {
  let t = text;
  while (t.startsWith('*')) t = t.slice(1);
  const bracket = t.indexOf('[');
  if (bracket === 0) return null;
  // `pkg.List[T]`: the generic type.
  if (bracket > 0) t = t.slice(0, bracket);
  const dot = t.lastIndexOf('.');
  const name = t.slice(dot + 1);
  if (!/^[A-Za-z_]\w*$/.test(name) || TYPE_KEYWORDS.has(name)) return null;
  if (dot < 0) return PREDECLARED.has(name) ? null : { pkg, name };
  const importPath = t.slice(0, dot);
  return /^[^\s(){}[\]]+$/.test(importPath) ? { pkg: importPath, name } : null;
}

function isIdentifierPath(text: string): boolean {
  return /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(text);
}

export class WorkspaceTypes {
  constructor(private readonly index: ChainIndex) {}

  /** The type of a workspace struct's field. */
  fieldType(type: NamedType, field: string): NamedType | null {
    const text = this.index.fieldTypes(type.pkg, type.name)?.[field];
    return text ? namedType(text, type.pkg) : null;
  }

  /** The type of a workspace function's (receiver null) or method's result at a position. */
  resultType(pkg: string, receiver: string | null, name: string, position: number): NamedType | null {
    const text = this.index.signature(pkg, receiver, name)?.results[position];
    return text ? namedType(text, pkg) : null;
  }

  /**
   * The workspace type whose methods a value of type t runs: t itself, or for an interface the
   * workspace declares, the only workspace type declaring all of the interface's own methods
   * (none or several: null; a type outside the workspace may implement it too, but then it is not the workspace's code).
   */
  concrete(type: NamedType): NamedType | null {
    const implementers = this.implementers(type);
    if (!implementers) return type;
    return implementers.length === 1 ? implementers[0]! : null;
  }

  /**
   * The workspace types declaring all methods a workspace interface declares itself; undefined
   * when type is no workspace interface. A walk over every type declaring its first method, so
   * the index keeps it until an entry it read changes.
   */
  implementers(type: NamedType): readonly NamedType[] | undefined {
    return this.index.memo(`implementers\u0000${type.pkg}\u0000${type.name}`, () => this.findImplementers(type));
  }

  private findImplementers(type: NamedType): NamedType[] | undefined {
    const methods = this.index.interfaceMethods(type.pkg, type.name);
    if (!methods) return undefined;
    const [first] = methods;
    if (first === undefined) return [];
    const seen = new Set<string>();
    return this.index.methodOwners(first).flatMap((owner) => {
      const id = `${owner.pkg}\u0000${owner.type}`;
      if (seen.has(id)) return [];
      const embeds = this.embedsFields(owner);
      // A method it does not declare may be promoted from an embedded field.
      if (!methods.every((m) => embeds || this.index.signature(owner.pkg, owner.type, m) !== undefined)) return [];
      seen.add(id);
      return [{ pkg: owner.pkg, name: owner.type }];
    });
  }

  /** The static type of a member expression's operand (`c.option` in `c.option.dialOptions`), when known. */
  operandTypeOf(member: ExprFact, scope: TypeScope): NamedType | null {
    return this.operandType(member, scope, 0);
  }

  /** The type whose method a method call or method value on `member`'s operand runs, when the operand's type is known. */
  methodTarget(member: ExprFact, scope: TypeScope): MethodTarget | null {
    const type = this.operandTypeOf(member, scope);
    if (!type) return null;
    if (!this.index.inWorkspace(type.pkg)) return { type, workspace: false, concrete: null };
    return { type, workspace: true, concrete: this.concrete(type) };
  }

  /** True when a workspace struct has a field named after its type's name (`Base` or `*pkg.Base`): an embedded one. */
  private embedsFields(owner: { pkg: string; type: string }): boolean {
    const fields = this.index.fieldTypes(owner.pkg, owner.type);
    return Object.entries(fields ?? {}).some(([name, type]) => namedType(type, owner.pkg)?.name === name);
  }

  /** True when the workspace declares this method on the type itself (not promoted from an embedded field). */
  declaresMethod(type: NamedType, name: string): boolean {
    return this.index.signature(type.pkg, type.name, name) !== undefined;
  }

  /** The static type of a member expression's operand (`s.opts` in `s.opts.Unary()`): its first name's type, then field by field. */
  private operandType(member: ExprFact, scope: TypeScope, depth: number): NamedType | null {
    const info = member.member;
    if (member.kind !== 'member' || !info || !isIdentifierPath(info.operand)) return null;
    const [root, ...fields] = info.operand.split('.');
    const pkg = packageKey(scope.file);
    let type = info.rootType ? namedType(info.rootType, pkg) : this.nameType(root!, scope, member, depth);
    for (const field of fields) {
      if (!type || !this.index.inWorkspace(type.pkg)) return null;
      type = this.fieldType(type, field);
    }
    return type;
  }

  /** A name without a declared type: a local set from a workspace call, or a package variable. */
  private nameType(name: string, scope: TypeScope, at: ExprFact, depth: number): NamedType | null {
    const pkg = packageKey(scope.file);
    const fn = scope.fn;
    if (fn?.params.includes(name)) return null;
    const start = at.range.start;
    const writes = fn?.locals.filter((b) => b.name === name && (b.at.line < start.line || (b.at.line === start.line && b.at.character < start.character)));
    if (writes && writes.length > 0) {
      const assigns = writes.filter((w) => w.mode === 'assign');
      const value = assigns[assigns.length - 1]?.values[0];
      return value ? this.exprType(value, scope, depth + 1) : null;
    }
    const declared = this.index.varType(pkg, name);
    if (declared) return namedType(declared, pkg);
    const variable = this.index.variable(pkg, name);
    return variable ? this.exprType(variable.decl.value, { file: variable.file, fn: null }, depth + 1) : null;
  }

  /** The type of a call to a workspace function or method (the result `x` reads in `_, x := f()`). */
  private exprType(expr: ExprFact, scope: TypeScope, depth: number): NamedType | null {
    if (depth > MAX_DEPTH || expr.kind !== 'call' || !expr.callee) return null;
    const callee = expr.callee;
    const position = expr.result ?? 0;
    if (callee.kind === 'ident') {
      if (scope.fn?.params.includes(callee.text) || scope.fn?.locals.some((b) => b.name === callee.text)) return null;
      return this.resultType(packageKey(scope.file), null, callee.text, position);
    }
    if (callee.kind === 'selector' && callee.ref) return this.resultType(callee.ref.pkg, null, callee.ref.name, position);
    if (callee.kind === 'member' && callee.member) {
      const operand = this.operandType(callee, scope, depth + 1);
      const concrete = operand && this.index.inWorkspace(operand.pkg) ? this.concrete(operand) : null;
      return concrete ? this.resultType(concrete.pkg, concrete.name, callee.member.name, position) : null;
    }
    return null;
  }
}
