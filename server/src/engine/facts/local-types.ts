// The type the code gives a name where it declares it: a parameter's or receiver's declared type,
// `var x T`, or a value of an evident type (`x := T{}`, `x := &T{}`, `v, ok := x.(T)`). Names
// bound by range clauses, type switches and receives, and values of other kinds, have none here.
import { namedChildren, field, type SyntaxNode } from '../go/syntax';
import { qualifiedTypeText } from '../go/type-text';
import type { SourceFile } from '../go/source-file';
import { evidentType } from './type-facts';

/** The position of a declaring identifier among the names its declarer binds. */
function positionIn(names: readonly (SyntaxNode | null)[], ident: SyntaxNode): number {
  return names.findIndex((n) => n?.id === ident.id);
}

/** The qualified type of what a use of ident names, when its declaration says it. */
export function declaredType(file: SourceFile, ident: SyntaxNode): string | null {
  const decl = file.scopes.resolve(ident);
  if (!decl) return null;
  const declarer = decl.declarer;
  if (decl.kind === 'param' || decl.kind === 'receiver') {
    const type = field(declarer, 'type');
    if (!type) return null;
    return `${declarer.type === 'variadic_parameter_declaration' ? '[]' : ''}${qualifiedTypeText(file, type)}`;
  }
  if (decl.kind !== 'var') return null;
  if (declarer.type === 'var_spec') {
    const declared = field(declarer, 'type');
    if (declared) return qualifiedTypeText(file, declared);
    const value = namedChildren(field(declarer, 'value'))[positionIn(declarer.childrenForFieldName('name'), decl.node)];
    return value ? evidentType(file, value) : null;
  }
  if (declarer.type === 'short_var_declaration') {
    const left = namedChildren(field(declarer, 'left'));
    const right = namedChildren(field(declarer, 'right'));
    const i = positionIn(left, decl.node);
    // `v, ok := x.(T)`: the first name is a T.
    const value = right.length === left.length ? right[i] : right.length === 1 && left.length === 2 && i === 0 ? right[0] : undefined;
    return value ? evidentType(file, value) : null;
  }
  return null;
}
