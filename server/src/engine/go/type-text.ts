// Type expressions as text with package qualifiers resolved through the file's imports.
import { field, type SyntaxNode } from './syntax';
import type { SourceFile } from './source-file';

/** A type expression with package qualifiers replaced by import paths: `ctxpkg.Context` → `context.Context`. */
export function qualifiedTypeText(file: SourceFile, type: SyntaxNode): string {
  // Pointers are unwrapped in a loop: a type of 10,000 `*` must not cost 10,000 stack frames.
  let stars = '';
  let base = type;
  for (let inner = base.namedChild(0); base.type === 'pointer_type' && inner; inner = base.namedChild(0)) {
    stars += '*';
    base = inner;
  }
  if (base.type === 'qualified_type') {
    const pkg = field(base, 'package');
    const name = field(base, 'name');
    const importPath = pkg ? file.imports.pathOf(pkg.text) : undefined;
    if (importPath && name) return `${stars}${importPath}.${name.text}`;
  }
  return stars + base.text;
}
