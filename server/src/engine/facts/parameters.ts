// Parameter and result lists of a function as facts: names and types resolved through the imports.
import { field, namedChildren, type SyntaxNode } from '../go/syntax';
import { qualifiedTypeText } from '../go/type-text';
import type { SourceFile } from '../go/source-file';
import type { ParameterFact } from './file-facts';

export function parametersOf(file: SourceFile, parameterList: SyntaxNode | null): { params: ParameterFact[]; variadic: boolean } {
  const params: ParameterFact[] = [];
  let variadic = false;
  for (const decl of namedChildren(parameterList)) {
    const type = field(decl, 'type');
    if (!type) continue;
    if (decl.type === 'variadic_parameter_declaration') variadic = true;
    const typeText = type.text;
    const qualifiedType = qualifiedTypeText(file, type);
    const names = decl.childrenForFieldName('name').filter((n): n is SyntaxNode => n !== null);
    if (names.length === 0) params.push({ name: null, typeText, qualifiedType, nilChecked: false });
    for (const name of names) params.push({ name: name.text, typeText, qualifiedType, nilChecked: false });
  }
  return { params, variadic };
}

/** The result types resolved through the imports, one per result (`(a, b int)` gives two). */
export function resultTypesOf(file: SourceFile, result: SyntaxNode | null): string[] {
  if (!result) return [];
  if (result.type !== 'parameter_list') return [qualifiedTypeText(file, result)];
  return parametersOf(file, result).params.map((p) => p.qualifiedType);
}
