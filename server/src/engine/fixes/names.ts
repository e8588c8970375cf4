// Picking identifiers for generated code that do not collide with names already in scope.
import { walk, type SyntaxNode } from '../go/syntax';

/** base, or base2, base3 … : the first not used as an identifier anywhere inside scope. */
export function freshName(scope: SyntaxNode, base: string): string {
  const used = new Set<string>();
  walk(scope, (node) => {
    if (node.type === 'identifier') used.add(node.text);
  });
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}${i}`)) return `${base}${i}`;
}
