// Field writes as facts: every struct field a function (or a closure in it) sets or appends to,
// and the struct types a file declares with their fields.
import { appendArguments, field, namedChildren, nodeRange, prependedTo, topLevelStructs, unparen, type SyntaxNode } from '../go/syntax';
import { flattenParameters } from '../go/scopes';
import type { SourceFile } from '../go/source-file';
import type { FieldWriteFact } from './chain-facts';
import { argumentFacts, baseTypeName, exprFact, spreadsLast, type TypeEnv } from './option-values';

/** The struct a composite literal builds: `Server` (own package) or `pkg.Server` by import path. */
function literalType(file: SourceFile, literal: SyntaxNode): { typePkg: string | null; type: string } | null {
  const type = field(literal, 'type');
  if (type?.type === 'type_identifier') return { typePkg: null, type: type.text };
  if (type?.type !== 'qualified_type') return null;
  const pkg = field(type, 'package')?.text;
  const name = field(type, 'name')?.text;
  const importPath = pkg ? file.imports.pathOf(pkg) : undefined;
  return importPath && name ? { typePkg: importPath, type: name } : null;
}

/** Per file: struct name → its fields in declaration order, null for an embedded one (built on the first unkeyed literal). */
const fieldOrders = new WeakMap<SourceFile, Map<string, (string | null)[]>>();

function fieldOrder(file: SourceFile, struct: string): (string | null)[] | undefined {
  let orders = fieldOrders.get(file);
  if (!orders) {
    orders = new Map();
    for (const { name, fields } of topLevelStructs(file.root)) {
      const names = fields.flatMap((f) => {
        const declared = f.childrenForFieldName('name').flatMap((n) => (n ? [n.text] : []));
        return declared.length > 0 ? declared : [null];
      });
      orders.set(name, names);
    }
    fieldOrders.set(file, orders);
  }
  return orders.get(struct);
}

export function literalFieldWrites(file: SourceFile, literal: SyntaxNode, types: TypeEnv): FieldWriteFact[] {
  const struct = literalType(file, literal);
  if (!struct) return [];
  const out: FieldWriteFact[] = [];
  const elements = namedChildren(field(literal, 'body'));
  // `&opt{v}` sets the fields by position: read where the struct is declared in the same file.
  const order = struct.typePkg === null && elements.some((el) => el.type === 'literal_element') ? fieldOrder(file, struct.type) : undefined;
  for (const [i, el] of elements.entries()) {
    const name = order?.[i];
    const positional = el.type === 'literal_element' ? el.namedChild(0) : null;
    if (name && positional && order.length === elements.length) {
      out.push({ ...struct, field: name, mode: 'assign', values: [exprFact(file, positional, types)], spread: false, at: nodeRange(el).start });
    }
    if (el.type !== 'keyed_element') continue;
    const key = unparen(field(el, 'key')?.namedChild(0) ?? el);
    const value = field(el, 'value')?.namedChild(0);
    if (key.type !== 'identifier' && key.type !== 'field_identifier') continue;
    if (!value) continue;
    out.push({ ...struct, field: key.text, mode: 'assign', values: [exprFact(file, value, types)], spread: false, at: nodeRange(el).start });
  }
  return out;
}

/** `x.f = v`, `x.f = append(x.f, …)` and `x.f = append([]T{…}, x.f...)` where x's type is known. */
export function assignedFieldWrites(file: SourceFile, stmt: SyntaxNode, types: TypeEnv): FieldWriteFact[] {
  if (stmt.type !== 'assignment_statement' || stmt.childForFieldName('operator')?.text !== '=') return [];
  const left = namedChildren(field(stmt, 'left'));
  const right = namedChildren(field(stmt, 'right'));
  if (left.length !== right.length) return [];
  const out: FieldWriteFact[] = [];
  left.forEach((target, i) => {
    const operand = target.type === 'selector_expression' ? field(target, 'operand') : null;
    const name = field(target, 'field');
    const type = operand?.type === 'identifier' ? types[operand.text] : undefined;
    const value = unparen(right[i]!);
    if (!type || !name) return;
    const base = { typePkg: null, type, field: name.text, at: nodeRange(stmt).start };
    const [first, ...appended] = appendArguments(value) ?? [];
    if (first && unparen(first).text === target.text) {
      const values = argumentFacts(file, appended, types);
      out.push({ ...base, mode: 'append', values, spread: spreadsLast(value) });
      return;
    }
    const prefix = prependedTo(value, target.text);
    if (prefix) {
      out.push({ ...base, mode: 'prepend', values: [exprFact(file, unparen(prefix), types)], spread: false });
    } else {
      out.push({ ...base, mode: 'assign', values: [exprFact(file, value, types)], spread: false });
    }
  });
  return out;
}

/** A func literal's parameters with their named types (`func(o *options)`), for the writes in its body. */
export function addLiteralParamTypes(literal: SyntaxNode, types: TypeEnv): void {
  for (const param of flattenParameters(field(literal, 'parameters'))) {
    const typeName = baseTypeName(param.type);
    if (typeName && param.name) types[param.name.text] ??= typeName;
  }
}

/** Struct type name → named fields, for every struct declared in the file. */
export function structFields(file: SourceFile): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { name, fields } of topLevelStructs(file.root)) {
    out[name] = fields.flatMap((f) => f.childrenForFieldName('name').flatMap((n) => (n ? [n.text] : [])));
  }
  return out;
}
