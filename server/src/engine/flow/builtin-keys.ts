// context.WithValue calls keyed by a value of a built-in type, found in one file: the key's
// type from its literal, conversion or declaration (followed within the file), and what makes
// two uses the same key. Names are resolved through the file's scopes.
import { callArguments, callOfSelectorField, field, namedChildren, nodeRange, unparen, type SyntaxNode } from '../go/syntax';
import { BUILTIN_TYPES } from '../go/builtin-types';
import { CONTEXT_PKG } from '../knowledge/context-api';
import type { Declaration } from '../go/scopes';
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

interface TypeAndValue {
  type: SyntaxNode | null;
  value: SyntaxNode | null;
}

/** The declared type and the value a file's declarations give their names; each const block is read once. */
class DeclaredValues {
  /** const_spec id → its type and values, repeating the previous spec's when it has none (iota lists); filled per const block. */
  private readonly constSpecs = new Map<number, { type: SyntaxNode | null; values: SyntaxNode[] }>();

  of(decl: Declaration): TypeAndValue {
    const spec = decl.declarer;
    const nameIndex = (nodes: SyntaxNode[]) => nodes.findIndex((c) => c.id === decl.node.id);
    switch (spec.type) {
      case 'const_spec': {
        const { type, values } = this.constSpec(spec);
        return { type, value: values[nameIndex(spec.childrenForFieldName('name'))] ?? null };
      }
      case 'var_spec':
        return { type: field(spec, 'type'), value: namedChildren(field(spec, 'value'))[nameIndex(spec.childrenForFieldName('name'))] ?? null };
      case 'parameter_declaration':
        return { type: field(spec, 'type'), value: null };
      case 'short_var_declaration': {
        const left = namedChildren(field(spec, 'left'));
        const right = namedChildren(field(spec, 'right'));
        return { type: null, value: left.length === right.length ? (right[nameIndex(left)] ?? null) : null };
      }
      default:
        return { type: null, value: null };
    }
  }

  private constSpec(spec: SyntaxNode): { type: SyntaxNode | null; values: SyntaxNode[] } {
    let known = this.constSpecs.get(spec.id);
    if (known) return known;
    let inherited: { type: SyntaxNode | null; values: SyntaxNode[] } = { type: null, values: [] };
    for (const sibling of namedChildren(spec.parent)) {
      if (sibling.type !== 'const_spec') continue;
      const values = namedChildren(field(sibling, 'value'));
      if (values.length > 0) inherited = { type: field(sibling, 'type'), values };
      this.constSpecs.set(sibling.id, inherited);
    }
    known = this.constSpecs.get(spec.id);
    return known ?? { type: null, values: [] };
  }
}

/** The built-in type an expression has, when it surely has one; null when named or unknown. */
function builtinTypeOf(file: SourceFile, values: DeclaredValues, expr: SyntaxNode, depth: number): string | null {
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
      return operand ? builtinTypeOf(file, values, operand, depth + 1) : null;
    }
    case 'binary_expression': {
      const left = field(node, 'left');
      const right = field(node, 'right');
      const leftType = left ? builtinTypeOf(file, values, left, depth + 1) : null;
      return leftType && right && builtinTypeOf(file, values, right, depth + 1) ? leftType : null;
    }
    case 'identifier': {
      const decl = file.scopes.resolve(node);
      if (!decl) return null;
      const { type, value } = values.of(decl);
      if (type) return type.type === 'type_identifier' && BUILTIN_TYPES.has(type.text) ? type.text : null;
      return value ? builtinTypeOf(file, values, value, depth + 1) : null;
    }
    default:
      return null;
  }
}

/** What makes uses of key the same key: a literal's text, a package-level name, else a position in the file. */
function keyIdentity(file: SourceFile, key: SyntaxNode): string {
  const node = unparen(key);
  if (LITERAL_TYPES.has(node.type)) return `literal ${node.text}`;
  const decl = node.type === 'identifier' ? file.scopes.resolve(node) : null;
  if (decl?.scope === file.scopes.fileScope) return `name ${node.text}`;
  return `${file.path}:${(decl?.node ?? node).startIndex}`;
}

/** Every `context.WithValue(ctx, key, v)` of the file whose key surely has a built-in type. */
export function builtinKeyUses(file: SourceFile): BuiltinKeyUse[] {
  if (!file.imports.has(CONTEXT_PKG)) return [];
  const values = new DeclaredValues();
  const uses: BuiltinKeyUse[] = [];
  for (const node of file.nodesAt('WithValue').map(callOfSelectorField)) {
    if (!node || !file.isCallTo(node, CONTEXT_PKG, 'WithValue')) continue;
    const key = callArguments(node)[1];
    const type = key ? builtinTypeOf(file, values, key, 0) : null;
    if (key && type) uses.push({ key: keyIdentity(file, key), text: key.text, type, range: nodeRange(key) });
  }
  return uses;
}
