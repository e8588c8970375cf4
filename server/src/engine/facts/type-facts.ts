// Types as facts: the interfaces a file declares (with the methods they declare themselves), the
// types of its package-level variables, and the type a value evidently has where the code says
// it (a composite literal, `&T{}`, a type assertion). Types are written as qualifiedTypeText
// writes them: `*example.com/pkg.T`, `T` for a type of the file's own package.
import { field, namedChildren, unparen, varSpecs, type SyntaxNode } from '../go/syntax';
import { qualifiedTypeText } from '../go/type-text';
import type { SourceFile } from '../go/source-file';

export interface TypeFileFacts {
  /** Interface type name → the methods it declares itself (embedded interfaces left out). */
  interfaces: Record<string, string[]>;
  /** Package-level variable → its declared type, or the evident type of its value. */
  vars: Record<string, string>;
}

/** The type a value has by its own syntax: `T{…}` → T, `&pkg.T{…}` → *pkg.T, `x.(*T)` → *T; null otherwise. */
export function evidentType(file: SourceFile, raw: SyntaxNode): string | null {
  const value = unparen(raw);
  if (value.type === 'composite_literal') {
    const type = field(value, 'type');
    return type ? qualifiedTypeText(file, type) : null;
  }
  if (value.type === 'unary_expression' && field(value, 'operator')?.text === '&') {
    const operand = field(value, 'operand');
    const inner = operand ? unparen(operand) : null;
    const type = inner?.type === 'composite_literal' ? field(inner, 'type') : null;
    return type ? `*${qualifiedTypeText(file, type)}` : null;
  }
  if (value.type === 'type_assertion_expression') {
    const type = field(value, 'type');
    return type ? qualifiedTypeText(file, type) : null;
  }
  return null;
}

function interfaces(file: SourceFile): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== 'type_declaration') continue;
    for (const spec of namedChildren(decl)) {
      const name = field(spec, 'name');
      const type = field(spec, 'type');
      if (spec.type !== 'type_spec' || !name || type?.type !== 'interface_type') continue;
      out[name.text] = namedChildren(type).flatMap((el) => {
        const method = el.type === 'method_elem' || el.type === 'method_spec' ? field(el, 'name') : null;
        return method ? [method.text] : [];
      });
    }
  }
  return out;
}

function packageVarTypes(file: SourceFile): Record<string, string> {
  const out: Record<string, string> = {};
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== 'var_declaration') continue;
    for (const spec of varSpecs(decl)) {
      const declared = field(spec, 'type');
      const values = namedChildren(field(spec, 'value'));
      spec.childrenForFieldName('name').forEach((n, i) => {
        const type = declared ? qualifiedTypeText(file, declared) : values[i] ? evidentType(file, values[i]!) : null;
        if (n && n.text !== '_' && type) out[n.text] = type;
      });
    }
  }
  return out;
}

export function extractTypeFacts(file: SourceFile): TypeFileFacts {
  return { interfaces: interfaces(file), vars: packageVarTypes(file) };
}
