// context.WithValue calls keyed by a value of a built-in type, found in one file: the key's
// type from its literal, conversion or declaration (followed within the file), and what makes
// two uses the same key. Linear in the file: each name's declarations are read once.
import { callArguments, callOfSelectorField, field, namedChildren, nodeRange, unparen, type SyntaxNode } from '../go/syntax';
import { CONTEXT_PKG } from '../knowledge/context-api';
import type { SourceFile } from '../go/source-file';
import type { Range } from '../types';

export interface BuiltinKeyUse {
  /**
   * Equal for uses of the same key within a package: a literal's text or a package-level
   * name; a local name's declaration, or an expression's position, otherwise.
   */
  key: string;
  /** The key expression as written. */
  text: string;
  /** The built-in type the key has (`string`, `int` …). */
  type: string;
  range: Range;
}

const BUILTIN_TYPES: ReadonlySet<string> = new Set([
  'string',
  'bool',
  'byte',
  'rune',
  'int',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'uintptr',
  'float32',
  'float64',
  'complex64',
  'complex128',
]);

/** The default type of an untyped constant literal. */
const LITERAL_TYPES: ReadonlyMap<string, string> = new Map([
  ['interpreted_string_literal', 'string'],
  ['raw_string_literal', 'string'],
  ['int_literal', 'int'],
  ['float_literal', 'float64'],
  ['rune_literal', 'rune'],
  ['imaginary_literal', 'complex128'],
  ['true', 'bool'],
  ['false', 'bool'],
  ['iota', 'int'],
]);

/** How deep a chain of constants (`const b = a`) is followed. */
const MAX_RESOLVE_DEPTH = 8;

/** Names looked up by searching the text before one index of all identifiers is cheaper. */
const MAX_TEXT_SEARCHES = 32;

interface Declaration {
  name: SyntaxNode;
  packageLevel: boolean;
  /** The extent of the name's scope, as offsets (the file for package-level names). */
  scopeStart: number;
  scopeEnd: number;
  /** Where a local name starts to be visible: the end of its declaration. */
  visibleFrom: number;
  type: SyntaxNode | null;
  value: SyntaxNode | null;
}

interface TypeAndValues {
  type: SyntaxNode | null;
  values: SyntaxNode[];
}

const SCOPE_TYPES: ReadonlySet<string> = new Set([
  'source_file',
  'block',
  'expression_case',
  'type_case',
  'default_case',
  'communication_case',
  'if_statement',
  'for_statement',
  'expression_switch_statement',
  'type_switch_statement',
  'function_declaration',
  'method_declaration',
  'func_literal',
]);

function scopeOf(node: SyntaxNode): SyntaxNode | null {
  for (let n = node.parent; n; n = n.parent) if (SCOPE_TYPES.has(n.type)) return n;
  return null;
}

function names(node: SyntaxNode): SyntaxNode[] {
  return node.childrenForFieldName('name').filter((n): n is SyntaxNode => n !== null);
}

function declaration(name: SyntaxNode, scope: SyntaxNode, visibleFrom: number, type: SyntaxNode | null, value: SyntaxNode | null): Declaration {
  return { name, packageLevel: scope.type === 'source_file', scopeStart: scope.startIndex, scopeEnd: scope.endIndex, visibleFrom, type, value };
}

/** The declarations of one file, looked up by name; each name's occurrences are read once. */
class Declarations {
  private readonly byName = new Map<string, Declaration[]>();
  /** const_spec id → its type and values, repeating the previous spec's when it has none (iota lists); filled per const block. */
  private readonly constSpecs = new Map<number, TypeAndValues>();
  private identifiers: Map<string, SyntaxNode[]> | null = null;

  constructor(private readonly file: SourceFile) {}

  /** The declaration an identifier refers to within this file: the innermost visible one. */
  resolve(use: SyntaxNode): Declaration | null {
    let best: Declaration | null = null;
    for (const decl of this.of(use.text)) {
      const inScope = decl.packageLevel || (decl.scopeStart <= use.startIndex && use.endIndex <= decl.scopeEnd && decl.visibleFrom <= use.startIndex);
      if (inScope && (!best || decl.scopeStart >= best.scopeStart)) best = decl;
    }
    return best;
  }

  private of(name: string): Declaration[] {
    let decls = this.byName.get(name);
    if (!decls) {
      decls = this.occurrences(name).flatMap((n) => this.declarationAt(n) ?? []);
      this.byName.set(name, decls);
    }
    return decls;
  }

  /**
   * The identifiers spelled name: found from the text for the first few names, then from one
   * index of every identifier (each text search reads the whole file: thousands of names would
   * make it quadratic).
   */
  private occurrences(name: string): readonly SyntaxNode[] {
    if (this.byName.size < MAX_TEXT_SEARCHES) return this.file.nodesAt(name);
    if (!this.identifiers) {
      this.identifiers = new Map();
      for (const id of this.file.nodesOfType('identifier')) {
        const same = this.identifiers.get(id.text);
        if (same) same.push(id);
        else this.identifiers.set(id.text, [id]);
      }
    }
    return this.identifiers.get(name) ?? [];
  }

  private constSpec(spec: SyntaxNode): TypeAndValues {
    let known = this.constSpecs.get(spec.id);
    if (known) return known;
    let inherited: TypeAndValues = { type: null, values: [] };
    for (const sibling of namedChildren(spec.parent)) {
      if (sibling.type !== 'const_spec') continue;
      const values = namedChildren(field(sibling, 'value'));
      if (values.length > 0) inherited = { type: field(sibling, 'type'), values };
      this.constSpecs.set(sibling.id, inherited);
    }
    known = this.constSpecs.get(spec.id);
    return known ?? { type: null, values: [] };
  }

  /** The declaration a name node stands in, if it declares the name. */
  private declarationAt(n: SyntaxNode): Declaration | null {
    const parent = n.parent;
    if (!parent || n.type !== 'identifier') return null;
    const indexIn = (nodes: SyntaxNode[]) => nodes.findIndex((c) => c.id === n.id);
    if (parent.type === 'const_spec') {
      const { type, values } = this.constSpec(parent);
      const scope = scopeOf(parent.parent ?? parent);
      return scope && declaration(n, scope, parent.endIndex, type, values[indexIn(names(parent))] ?? null);
    }
    if (parent.type === 'var_spec') {
      const scope = scopeOf(parent);
      return scope && declaration(n, scope, parent.endIndex, field(parent, 'type'), namedChildren(field(parent, 'value'))[indexIn(names(parent))] ?? null);
    }
    if (parent.type === 'parameter_declaration' || parent.type === 'variadic_parameter_declaration') {
      const fn = parent.parent?.parent;
      const type = parent.type === 'parameter_declaration' ? field(parent, 'type') : null;
      return fn ? declaration(n, fn, parent.endIndex, type, null) : null;
    }
    const owner = parent.type === 'expression_list' ? parent.parent : null;
    if (!owner) return null;
    if (owner.type === 'short_var_declaration' && field(owner, 'left')?.id === parent.id) {
      const left = namedChildren(parent);
      const right = namedChildren(field(owner, 'right'));
      const scope = scopeOf(owner);
      return scope && declaration(n, scope, owner.endIndex, null, left.length === right.length ? right[indexIn(left)]! : null);
    }
    const declaring =
      owner.type === 'type_switch_statement'
        ? field(owner, 'alias')
        : owner.type === 'range_clause' || owner.type === 'receive_statement'
          ? field(owner, 'left')
          : null;
    if (declaring?.id !== parent.id) return null;
    return declaration(n, scopeOf(n) ?? owner, n.endIndex, null, null);
  }
}

/** The built-in type an expression has, when it surely has one; null when named or unknown. */
function builtinTypeOf(file: SourceFile, decls: Declarations, expr: SyntaxNode, depth: number): string | null {
  const node = unparen(expr);
  const literal = LITERAL_TYPES.get(node.type);
  if (literal) return literal;
  if (depth > MAX_RESOLVE_DEPTH) return null;
  switch (node.type) {
    case 'call_expression': {
      const fn = field(node, 'function');
      return fn?.type === 'identifier' && BUILTIN_TYPES.has(fn.text) && callArguments(node).length === 1 ? fn.text : null;
    }
    case 'unary_expression': {
      const operand = field(node, 'operand');
      return operand ? builtinTypeOf(file, decls, operand, depth + 1) : null;
    }
    case 'binary_expression': {
      const left = field(node, 'left');
      const right = field(node, 'right');
      const leftType = left ? builtinTypeOf(file, decls, left, depth + 1) : null;
      return leftType && right && builtinTypeOf(file, decls, right, depth + 1) ? leftType : null;
    }
    case 'identifier': {
      const decl = decls.resolve(node);
      if (!decl) return null;
      if (decl.type) return decl.type.type === 'type_identifier' && BUILTIN_TYPES.has(decl.type.text) ? decl.type.text : null;
      return decl.value ? builtinTypeOf(file, decls, decl.value, depth + 1) : null;
    }
    default:
      return null;
  }
}

/** What makes uses of key the same key: a literal's text, a package-level name, else a position in the file. */
function keyIdentity(file: SourceFile, decls: Declarations, key: SyntaxNode): string {
  const node = unparen(key);
  if (LITERAL_TYPES.has(node.type)) return `literal ${node.text}`;
  const decl = node.type === 'identifier' ? decls.resolve(node) : null;
  if (decl?.packageLevel) return `name ${node.text}`;
  return `${file.path}:${(decl?.name ?? node).startIndex}`;
}

/** Every `context.WithValue(ctx, key, v)` of the file whose key surely has a built-in type. */
export function builtinKeyUses(file: SourceFile): BuiltinKeyUse[] {
  if (!file.imports.has(CONTEXT_PKG)) return [];
  const decls = new Declarations(file);
  const uses: BuiltinKeyUse[] = [];
  for (const node of file.nodesAt('WithValue').map(callOfSelectorField)) {
    if (!node || !file.isCallTo(node, CONTEXT_PKG, 'WithValue')) continue;
    const key = callArguments(node)[1];
    const type = key ? builtinTypeOf(file, decls, key, 0) : null;
    if (key && type) uses.push({ key: keyIdentity(file, decls, key), text: key.text, type, range: nodeRange(key) });
  }
  return uses;
}
