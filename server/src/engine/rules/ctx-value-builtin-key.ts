import { callArguments, callOfSelectorField, containsNode, field, namedChildren, unparen, type SyntaxNode } from '../go/syntax';
import { CONTEXT_PKG } from '../knowledge/context-api';
import type { SourceFile } from '../source-file';
import type { FileRule } from './rule';

const BUILTIN_TYPES: ReadonlySet<string> = new Set([
  'string', 'bool', 'byte', 'rune', 'int', 'int8', 'int16', 'int32', 'int64',
  'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'float32', 'float64', 'complex64', 'complex128',
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

interface Declaration {
  name: SyntaxNode;
  /** The node whose extent is the name's scope (the file for package-level names). */
  scope: SyntaxNode;
  /** Where a local name starts to be visible: the end of its declaration. */
  visibleFrom: number;
  type: SyntaxNode | null;
  value: SyntaxNode | null;
}

const SCOPE_TYPES: ReadonlySet<string> = new Set([
  'source_file', 'block', 'expression_case', 'type_case', 'default_case', 'communication_case',
  'if_statement', 'for_statement', 'expression_switch_statement', 'type_switch_statement',
  'function_declaration', 'method_declaration', 'func_literal',
]);

function scopeOf(node: SyntaxNode): SyntaxNode | null {
  for (let n = node.parent; n; n = n.parent) if (SCOPE_TYPES.has(n.type)) return n;
  return null;
}

function names(node: SyntaxNode): SyntaxNode[] {
  return node.childrenForFieldName('name').filter((n): n is SyntaxNode => n !== null);
}

/** The type and value a const spec has, repeating the previous spec's when it has none (iota lists). */
function constSpecTypeAndValues(spec: SyntaxNode): { type: SyntaxNode | null; values: SyntaxNode[] } {
  let inherited: { type: SyntaxNode | null; values: SyntaxNode[] } = { type: null, values: [] };
  for (const sibling of namedChildren(spec.parent)) {
    if (sibling.type !== 'const_spec') continue;
    const values = namedChildren(field(sibling, 'value'));
    if (values.length > 0) inherited = { type: field(sibling, 'type'), values };
    if (sibling.id === spec.id) break;
  }
  return inherited;
}

/** The declaration a name node stands in, if it declares the name. */
function declarationAt(n: SyntaxNode): Declaration | null {
  const parent = n.parent;
  if (!parent || n.type !== 'identifier') return null;
  const indexIn = (nodes: SyntaxNode[]) => nodes.findIndex((c) => c.id === n.id);
  if (parent.type === 'const_spec') {
    const { type, values } = constSpecTypeAndValues(parent);
    const scope = scopeOf(parent.parent ?? parent);
    return scope && { name: n, scope, visibleFrom: parent.endIndex, type, value: values[indexIn(names(parent))] ?? null };
  }
  if (parent.type === 'var_spec') {
    const scope = scopeOf(parent);
    return scope && { name: n, scope, visibleFrom: parent.endIndex, type: field(parent, 'type'), value: namedChildren(field(parent, 'value'))[indexIn(names(parent))] ?? null };
  }
  if (parent.type === 'parameter_declaration' || parent.type === 'variadic_parameter_declaration') {
    const fn = parent.parent?.parent;
    const type = parent.type === 'parameter_declaration' ? field(parent, 'type') : null;
    return fn ? { name: n, scope: fn, visibleFrom: parent.endIndex, type, value: null } : null;
  }
  const owner = parent.type === 'expression_list' ? parent.parent : null;
  if (!owner) return null;
  if (owner.type === 'short_var_declaration' && field(owner, 'left')?.id === parent.id) {
    const left = namedChildren(parent);
    const right = namedChildren(field(owner, 'right'));
    const scope = scopeOf(owner);
    return scope && { name: n, scope, visibleFrom: owner.endIndex, type: null, value: left.length === right.length ? right[indexIn(left)]! : null };
  }
  const declaring = owner.type === 'type_switch_statement' ? field(owner, 'alias') : owner.type === 'range_clause' || owner.type === 'receive_statement' ? field(owner, 'left') : null;
  if (declaring?.id !== parent.id) return null;
  return { name: n, scope: scopeOf(n) ?? owner, visibleFrom: n.endIndex, type: null, value: null };
}

/**
 * Every declaration of a name in the file whose type or value can tell its type (found from the
 * name's occurrences), computed once per name: one key used by many calls would otherwise look
 * at every occurrence again for each call.
 */
class FileDeclarations {
  private readonly byName = new Map<string, Declaration[]>();

  constructor(readonly file: SourceFile) {}

  of(name: string): Declaration[] {
    let found = this.byName.get(name);
    if (!found) this.byName.set(name, (found = this.file.nodesAt(name).flatMap((n) => declarationAt(n) ?? [])));
    return found;
  }
}

/** The declaration an identifier refers to within this file: the innermost visible one. */
function resolve(declarations: FileDeclarations, use: SyntaxNode): Declaration | null {
  let best: Declaration | null = null;
  for (const decl of declarations.of(use.text)) {
    const packageLevel = decl.scope.type === 'source_file';
    if (!containsNode(decl.scope, use) || (!packageLevel && decl.visibleFrom > use.startIndex)) continue;
    if (!best || containsNode(best.scope, decl.scope)) best = decl;
  }
  return best;
}

/** The built-in type an expression has, when it surely has one; null when named or unknown. */
function builtinTypeOf(declarations: FileDeclarations, expr: SyntaxNode, depth: number): string | null {
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
      return operand ? builtinTypeOf(declarations, operand, depth + 1) : null;
    }
    case 'binary_expression': {
      const left = field(node, 'left');
      const right = field(node, 'right');
      const leftType = left ? builtinTypeOf(declarations, left, depth + 1) : null;
      return leftType && right && builtinTypeOf(declarations, right, depth + 1) ? leftType : null;
    }
    case 'identifier': {
      const decl = resolve(declarations, node);
      if (!decl) return null;
      if (decl.type) return decl.type.type === 'type_identifier' && BUILTIN_TYPES.has(decl.type.text) ? decl.type.text : null;
      return decl.value ? builtinTypeOf(declarations, decl.value, depth + 1) : null;
    }
    default:
      return null;
  }
}

export const ctxValueBuiltinKey: FileRule = {
  meta: {
    id: 'ctx-value-builtin-key',
    defaultSeverity: 'hint',
    summary: 'context.WithValue keyed by a value of a built-in type (string, int): keys of different packages collide.',
    fixable: false,
  },
  scope: 'file',
  check({ file, report }) {
    if (!file.imports.has(CONTEXT_PKG)) return;
    const declarations = new FileDeclarations(file);
    for (const node of file.nodesAt('WithValue').map(callOfSelectorField)) {
      if (!node || !file.isCallTo(node, CONTEXT_PKG, 'WithValue')) continue;
      const key = callArguments(node)[1];
      const type = key ? builtinTypeOf(declarations, key, 0) : null;
      if (key && type) {
        report({
          node: key,
          message: `context.WithValue keyed by a ${type}: any package using the same ${type} reads or overwrites this value; use an unexported key type (type ctxKey struct{})`,
        });
      }
    }
  },
};
