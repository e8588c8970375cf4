// Parameter and result lists of functions and the fields of struct types as facts: names and
// types resolved through the imports.
import { flattenParameters } from '../go/scopes';
import { field, topLevelStructs, type SyntaxNode } from '../go/syntax';
import { qualifiedTypeText } from '../go/type-text';
import type { SourceFile } from '../go/source-file';
import type { ParameterFact } from './file-facts';

export function parametersOf(file: SourceFile, parameterList: SyntaxNode | null): { params: ParameterFact[]; variadic: boolean } {
  const params: ParameterFact[] = [];
  let variadic = false;
  for (const { name, type, variadic: spread } of flattenParameters(parameterList)) {
    if (!type) continue;
    variadic ||= spread;
    params.push({ name: name?.text ?? null, typeText: type.text, qualifiedType: qualifiedTypeText(file, type), nilChecked: false });
  }
  return { params, variadic };
}

/** The result types resolved through the imports, one per result (`(a, b int)` gives two). */
export function resultTypesOf(file: SourceFile, result: SyntaxNode | null): string[] {
  if (!result) return [];
  if (result.type !== 'parameter_list') return [qualifiedTypeText(file, result)];
  return parametersOf(file, result).params.map((p) => p.qualifiedType);
}

/** Field name → qualified type of every struct type declared at the top level of the file. */
export function structFieldTypes(file: SourceFile): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const { name, fields: declarations } of topLevelStructs(file.root)) {
    const fields: Record<string, string> = {};
    for (const decl of declarations) {
      const fieldType = field(decl, 'type');
      if (!fieldType) continue;
      const typeText = qualifiedTypeText(file, fieldType);
      const names = decl.childrenForFieldName('name').filter((n): n is SyntaxNode => n !== null);
      // An embedded field is named after its type: `*pkg.T` → T.
      if (names.length === 0) fields[typeText.slice(typeText.lastIndexOf('.') + 1).replace(/^\*/, '')] = typeText;
      for (const n of names) fields[n.text] = typeText;
    }
    out[name] = fields;
  }
  return out;
}
