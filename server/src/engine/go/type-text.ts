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
  // `grpc.ServerStreamingServer[pb.Event]`: the generic type qualified, its arguments as written.
  const generic = base.type === 'generic_type' ? field(base, 'type') : null;
  const args = base.type === 'generic_type' ? field(base, 'type_arguments') : null;
  if (generic && args) return `${stars}${qualifiedTypeText(file, generic)}${args.text}`;
  return stars + base.text;
}

/** The receiver's base type name: `(s *Server)` → Server, `(l List[T])` → List. */
export function receiverTypeName(receiver: SyntaxNode | null): string | null {
  const decl = receiver?.namedChildren.find((c) => c?.type === 'parameter_declaration');
  let type = decl ? field(decl, 'type') : null;
  while (type && (type.type === 'pointer_type' || type.type === 'generic_type' || type.type === 'parenthesized_type')) {
    type = type.type === 'generic_type' ? field(type, 'type') : type.namedChild(0);
  }
  return type?.text ?? null;
}
