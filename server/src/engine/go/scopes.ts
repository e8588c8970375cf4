// Go's lexical scopes of one file: every declaration (package names, imports, parameters,
// results, receivers, type parameters, var/const/type specs, `:=`, range and receive clauses,
// type-switch aliases), and each identifier resolved to the declaration it names. Built from one
// search inside tree-sitter's wasm and a stack (no recursion: inputs nest 10,000 deep).
import { field, namedChildren, type SyntaxNode } from './syntax';
import type { SourceFile } from './source-file';

export type DeclarationKind = 'package' | 'import' | 'var' | 'const' | 'type' | 'param' | 'result' | 'receiver' | 'type-param';

export interface Declaration {
  name: string;
  /** The declaring identifier. */
  node: SyntaxNode;
  kind: DeclarationKind;
  /** What declares it: the short_var_declaration, var_spec, range_clause, parameter_declaration … */
  declarer: SyntaxNode;
  scope: Scope;
  /** Where the name starts to be visible: `x := f(x)` still sees the outer x on the right. */
  visibleFrom: number;
}

export interface Scope {
  /** The node opening the scope: source_file, a function, block, if/for/switch/select statement or case clause. */
  node: SyntaxNode;
  /** The node's offsets, kept: reading them from the node is a call into the wasm, and scopeAt climbs many scopes in a deep nest. */
  start: number;
  end: number;
  parent: Scope | null;
  /** The declarations made directly in this scope, by name, in source order. */
  declarations: Map<string, Declaration[]>;
}

/**
 * Nodes opening a scope (a function's body block is its function's scope: parameters and the
 * body's top-level names share one scope, so `ctx, cancel := …(ctx)` there re-uses ctx).
 */
export const SCOPE_TYPES: ReadonlySet<string> = new Set([
  'source_file',
  'function_declaration',
  'method_declaration',
  'func_literal',
  'block',
  'if_statement',
  'for_statement',
  'expression_switch_statement',
  'type_switch_statement',
  'select_statement',
  'expression_case',
  'type_case',
  'default_case',
  'communication_case',
]);

const DECLARING_TYPES = ['short_var_declaration', 'var_spec', 'const_spec', 'type_spec', 'type_alias', 'range_clause', 'receive_statement', 'import_spec'];

const FUNCTION_TYPES: ReadonlySet<string> = new Set(['function_declaration', 'method_declaration', 'func_literal']);

/** One parameter of a parameter list (or receiver). */
export interface Parameter {
  declaration: SyntaxNode;
  /** The parameter's name as written (`_` too), or null when unnamed. */
  name: SyntaxNode | null;
  type: SyntaxNode | null;
  variadic: boolean;
}

/** Parameters of a parameter_list, one per name (`a, b int` is two); an unnamed parameter is one with no name. */
export function flattenParameters(list: SyntaxNode | null): Parameter[] {
  const out: Parameter[] = [];
  for (const declaration of namedChildren(list)) {
    if (declaration.type !== 'parameter_declaration' && declaration.type !== 'variadic_parameter_declaration') continue;
    const type = field(declaration, 'type');
    const variadic = declaration.type === 'variadic_parameter_declaration';
    const names = declaration.childrenForFieldName('name').filter((n): n is SyntaxNode => n !== null);
    if (names.length === 0) out.push({ declaration, name: null, type, variadic });
    for (const name of names) out.push({ declaration, name, type, variadic });
  }
  return out;
}

export class Scopes {
  readonly fileScope: Scope;
  /** Every scope, in source order of its node (outer before inner at the same start). */
  private readonly scopes: Scope[] = [];
  /** Declaring identifiers by start offset. */
  private readonly declared = new Map<number, Declaration>();

  constructor(private readonly file: SourceFile) {
    this.fileScope = { node: file.root, start: file.root.startIndex, end: file.root.endIndex, parent: null, declarations: new Map() };
    this.scopes.push(this.fileScope);
    this.build(file.root);
  }

  /** The innermost scope whose node contains [start, end). */
  scopeAt(start: number, end = start): Scope {
    let lo = 0;
    let hi = this.scopes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.scopes[mid]!.start <= start) lo = mid;
      else hi = mid - 1;
    }
    let scope: Scope | null = this.scopes[lo]!;
    while (scope && !(scope.start <= start && end <= scope.end)) scope = scope.parent;
    return scope ?? this.fileScope;
  }

  /** The declaration of name visible at offset (innermost scope first), or null: package-level in another file, predeclared, or unknown. */
  lookup(name: string, offset: number): Declaration | null {
    for (let scope: Scope | null = this.scopeAt(offset); scope; scope = scope.parent) {
      const found = visibleIn(scope, name, offset);
      if (found) return found;
    }
    return null;
  }

  /**
   * True when what statement does is lexically in effect at offset: offset lies in the scope the
   * statement sits in (where its declarations go), with no function opening between.
   */
  reaches(statement: SyntaxNode, offset: number): boolean {
    const home = this.scopeAt(statement.startIndex, statement.endIndex);
    for (let scope: Scope | null = this.scopeAt(offset); scope; scope = scope.parent) {
      if (scope === home) return true;
      if (FUNCTION_TYPES.has(scope.node.type)) return false;
    }
    return false;
  }

  /** The declaration an identifier names, or declares. */
  resolve(ident: SyntaxNode): Declaration | null {
    return this.declared.get(ident.startIndex) ?? this.lookup(ident.text, ident.startIndex);
  }

  /** a and b are identifiers naming the same thing: one declaration, or, both undeclared in the file, one spelling (a package-level name of another file). */
  sameVariable(a: SyntaxNode, b: SyntaxNode): boolean {
    if (a.type !== 'identifier' || b.type !== 'identifier') return false;
    const da = this.resolve(a);
    const db = this.resolve(b);
    return da || db ? da === db : a.text === b.text;
  }

  /** decl is declared by fn's signature: one of its parameters, or with kind 'receiver' its receiver. */
  isParameterOf(decl: Declaration | null, fn: SyntaxNode, kind: 'param' | 'receiver' = 'param'): decl is Declaration {
    return decl?.kind === kind && decl.scope.node.id === fn.id;
  }

  /** ident names a predeclared identifier (`recover`, `panic`, `len` …) as far as the file can tell: nothing it can see declares the name. */
  isPredeclared(ident: SyntaxNode): boolean {
    return ident.type === 'identifier' && this.resolve(ident) === null;
  }

  /** The declaration ident makes, when it is a declaring identifier (not a use, not `:=` re-using a name). */
  declarationAt(ident: SyntaxNode): Declaration | null {
    const found = this.declared.get(ident.startIndex);
    return found?.node.id === ident.id ? found : null;
  }

  /** Every identifier (or node of types) resolving to decl other than its declaring one, in source order. */
  usesOf(decl: Declaration, types: ReadonlySet<string> = IDENTIFIER): SyntaxNode[] {
    const scopeNode = decl.scope.node;
    return this.mentions(decl.name, scopeNode.startIndex, scopeNode.endIndex, types).filter((n) => n.id !== decl.node.id && this.resolve(n) === decl);
  }

  /**
   * The value a local variable holds wherever it is used: its declaration's value (`x := v`,
   * `x, err := f()` for the call's first result, `var x = v`) when nothing assigns it again or
   * takes its address; null otherwise.
   */
  singleValue(decl: Declaration): SyntaxNode | null {
    const declarer = decl.declarer;
    if (decl.kind !== 'var' || (declarer.type !== 'short_var_declaration' && declarer.type !== 'var_spec')) return null;
    const names = declarer.type === 'var_spec' ? declarer.childrenForFieldName('name').filter((n) => n !== null) : namedChildren(field(declarer, 'left'));
    const values = namedChildren(field(declarer, declarer.type === 'var_spec' ? 'value' : 'right'));
    const index = names.findIndex((n) => n?.id === decl.node.id);
    const value = values.length === names.length ? values[index] : index === 0 && values.length === 1 ? values[0] : undefined;
    if (!value) return null;
    const changed = this.usesOf(decl).some((use) => {
      const list = use.parent;
      const assigned = list?.type === 'expression_list' && list.parent?.type === 'assignment_statement' && field(list.parent, 'left')?.id === list.id;
      const addressed = list?.type === 'unary_expression' && list.child(0)?.type === '&';
      return assigned || addressed || list?.type === 'inc_statement' || list?.type === 'dec_statement';
    });
    return changed ? null : value;
  }

  /** The identifier nodes spelled name in [from, to) of the file, found from the text. */
  mentions(name: string, from: number, to: number, types: ReadonlySet<string> = IDENTIFIER): SyntaxNode[] {
    return this.file.nodesAt(name, from, to).filter((n) => types.has(n.type));
  }

  /**
   * True when name can be declared anew for the extent of node: no identifier inside it is
   * spelled name, so nothing there would be captured or clash.
   */
  isFreeIn(name: string, node: SyntaxNode, types: ReadonlySet<string> = IDENTIFIER): boolean {
    return this.mentions(name, node.startIndex, node.endIndex, types).length === 0;
  }

  /** base, or base2, base3 …: the first name free in node's extent. */
  freshName(node: SyntaxNode, base: string, types: ReadonlySet<string> = IDENTIFIER): string {
    if (this.isFreeIn(base, node, types)) return base;
    for (let i = 2; ; i++) if (this.isFreeIn(`${base}${i}`, node, types)) return `${base}${i}`;
  }

  private build(root: SyntaxNode): void {
    const stack: Scope[] = [this.fileScope];
    /** Function bodies: blocks that are their function's scope. */
    const bodies = new Set<number>();
    for (const node of root.descendantsOfType([...SCOPE_TYPES, ...DECLARING_TYPES])) {
      while (stack.length > 1 && !contains(stack[stack.length - 1]!.node, node)) stack.pop();
      let scope = stack[stack.length - 1]!;
      if (SCOPE_TYPES.has(node.type) && node.type !== 'source_file' && !bodies.has(node.id)) {
        if (node.type === 'function_declaration' && scope === this.fileScope) this.declareName(field(node, 'name'), 'package', node, scope, 0);
        scope = { node, start: node.startIndex, end: node.endIndex, parent: scope, declarations: new Map() };
        this.scopes.push(scope);
        stack.push(scope);
        if (FUNCTION_TYPES.has(node.type)) {
          this.declareSignature(node, scope);
          const body = field(node, 'body');
          if (body) bodies.add(body.id);
        }
      }
      this.declareFrom(node, scope);
    }
  }

  private declareSignature(fn: SyntaxNode, scope: Scope): void {
    const lists: [string, DeclarationKind][] = [
      ['type_parameters', 'type-param'],
      ['receiver', 'receiver'],
      ['parameters', 'param'],
      ['result', 'result'],
    ];
    for (const [name, kind] of lists) {
      const list = field(fn, name);
      if (kind === 'type-param') {
        for (const decl of namedChildren(list)) for (const n of decl.childrenForFieldName('name')) this.declareName(n, kind, decl, scope, fn.startIndex);
      } else if (list?.type === 'parameter_list') {
        for (const p of flattenParameters(list)) this.declareName(p.name, kind, p.declaration, scope, fn.startIndex);
      }
    }
  }

  private declareFrom(node: SyntaxNode, scope: Scope): void {
    const atPackage = scope === this.fileScope;
    switch (node.type) {
      case 'short_var_declaration':
        for (const n of namedChildren(field(node, 'left'))) {
          // `:=` declares only the names new in its scope; the others are assigned.
          if (n.type === 'identifier' && !scope.declarations.has(n.text)) this.declareName(n, 'var', node, scope, node.endIndex);
        }
        break;
      case 'range_clause':
      case 'receive_statement':
        if (node.children.some((c) => c?.type === ':='))
          for (const n of namedChildren(field(node, 'left'))) this.declareName(n, 'var', node, scope, node.endIndex);
        break;
      case 'var_spec':
      case 'const_spec':
        for (const n of node.childrenForFieldName('name'))
          this.declareName(n, node.type === 'var_spec' ? 'var' : 'const', node, scope, atPackage ? 0 : node.endIndex);
        break;
      case 'type_spec':
      case 'type_alias': {
        const name = field(node, 'name');
        this.declareName(name, 'type', node, scope, atPackage ? 0 : (name?.startIndex ?? node.startIndex));
        break;
      }
      case 'type_switch_statement': {
        const value = field(node, 'value');
        for (const n of namedChildren(field(node, 'alias'))) this.declareName(n, 'var', node, scope, value?.endIndex ?? node.endIndex);
        break;
      }
      case 'import_spec': {
        const name = field(node, 'name');
        if (name?.type === 'package_identifier') this.declareName(name, 'import', node, this.fileScope, 0);
        break;
      }
    }
  }

  private declareName(name: SyntaxNode | null, kind: DeclarationKind, declarer: SyntaxNode, scope: Scope, visibleFrom: number): void {
    if (!name || name.text === '_' || (name.type !== 'identifier' && name.type !== 'type_identifier' && name.type !== 'package_identifier')) return;
    const decl: Declaration = { name: name.text, node: name, kind, declarer, scope, visibleFrom };
    const same = scope.declarations.get(decl.name);
    if (same) same.push(decl);
    else scope.declarations.set(decl.name, [decl]);
    this.declared.set(name.startIndex, decl);
  }
}

const IDENTIFIER: ReadonlySet<string> = new Set(['identifier']);

/** The latest declaration of name in scope visible at offset. */
function visibleIn(scope: Scope, name: string, offset: number): Declaration | null {
  const decls = scope.declarations.get(name);
  if (!decls) return null;
  for (let i = decls.length - 1; i >= 0; i--) if (decls[i]!.visibleFrom <= offset) return decls[i]!;
  return null;
}

function contains(outer: SyntaxNode, inner: SyntaxNode): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}
