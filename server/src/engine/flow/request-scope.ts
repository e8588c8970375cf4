// Which functions run once per request: HTTP handlers (net/http, gin, echo), gRPC interceptors
// and gRPC service methods, recognised from their signatures (parameter types resolved through the imports).
import { enclosingFunction, field, namedChildren, type SyntaxNode } from '../go/syntax';
import { GRPC_PKG, INTERCEPTOR_NEXT_TYPES } from '../knowledge/grpc-api';
import type { SourceFile } from '../go/source-file';

export type RequestScope = 'http-handler' | 'grpc-interceptor' | 'grpc-method';

const HTTP_PKG = 'net/http';
const CONTEXT_PKG = 'context';

interface TypeName {
  /** Import path, or null for a type of this package or a predeclared one. */
  pkg: string | null;
  name: string;
  pointer: boolean;
}

/** `pkg.T`, `*pkg.T`, `T` or `*T`; null for any other type expression. */
function typeName(file: SourceFile, type: SyntaxNode | null): TypeName | null {
  if (!type) return null;
  const pointer = type.type === 'pointer_type';
  const base = pointer ? type.namedChild(0) : type;
  if (!base) return null;
  if (base.type === 'type_identifier') return { pkg: null, name: base.text, pointer };
  if (base.type !== 'qualified_type') return null;
  const pkgNode = field(base, 'package');
  const nameNode = field(base, 'name');
  const pkg = pkgNode ? file.imports.pathOf(pkgNode.text) : undefined;
  return pkg && nameNode ? { pkg, name: nameNode.text, pointer } : null;
}

/** One entry per declared parameter (`a, b int` gives two), unnamed ones included. */
function parameterTypes(file: SourceFile, list: SyntaxNode | null): (TypeName | null)[] {
  const out: (TypeName | null)[] = [];
  for (const decl of namedChildren(list)) {
    if (decl.type !== 'parameter_declaration' && decl.type !== 'variadic_parameter_declaration') continue;
    const type = typeName(file, field(decl, 'type'));
    const names = Math.max(1, decl.childrenForFieldName('name').length);
    for (let i = 0; i < names; i++) out.push(decl.type === 'variadic_parameter_declaration' ? null : type);
  }
  return out;
}

function is(t: TypeName | null, pkg: string | null, name: string, pointer: boolean): boolean {
  return !!t && t.pkg === pkg && t.name === name && t.pointer === pointer;
}

/** Parameter types that only web framework handlers and middleware receive, one per request. */
const FRAMEWORK_REQUEST_TYPES: readonly { pkg: string; name: string; pointer: boolean }[] = [
  { pkg: 'github.com/gin-gonic/gin', name: 'Context', pointer: true },
  { pkg: 'github.com/labstack/echo/v4', name: 'Context', pointer: false },
];

function isHttpHandler(params: (TypeName | null)[]): boolean {
  if (params.some((t) => FRAMEWORK_REQUEST_TYPES.some((f) => is(t, f.pkg, f.name, f.pointer)))) return true;
  return params.some((t) => is(t, HTTP_PKG, 'ResponseWriter', false)) && params.some((t) => is(t, HTTP_PKG, 'Request', true));
}

function isInterceptor(params: (TypeName | null)[]): boolean {
  return params.some((t) => !!t && t.pkg === GRPC_PKG && !t.pointer && INTERCEPTOR_NEXT_TYPES.has(t.name));
}

/** The struct type named name declared at the top level of this file, if any. */
function structDeclaredInFile(file: SourceFile, name: string): SyntaxNode | null {
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== 'type_declaration') continue;
    for (const spec of namedChildren(decl)) {
      if (spec.type !== 'type_spec' || field(spec, 'name')?.text !== name) continue;
      const type = field(spec, 'type');
      return type?.type === 'struct_type' ? type : null;
    }
  }
  return null;
}

/** A struct embedding protoc-gen-go-grpc's `pb.UnimplementedXServer` implements service X. */
function embedsUnimplementedServer(file: SourceFile, struct: SyntaxNode): boolean {
  const fields = namedChildren(struct).find((c) => c.type === 'field_declaration_list');
  return namedChildren(fields ?? null).some((decl) => {
    if (decl.type !== 'field_declaration' || field(decl, 'name')) return false;
    const embedded = typeName(file, field(decl, 'type'));
    return !!embedded && embedded.pkg !== null && embedded.name.startsWith('Unimplemented') && embedded.name.endsWith('Server');
  });
}

/**
 * A unary service method: `func (s *T) M(ctx context.Context, req *pb.X) (*pb.Y, error)`
 * where T is declared in this file and embeds `pb.UnimplementedXServer`.
 */
function isGrpcMethod(file: SourceFile, method: SyntaxNode, params: (TypeName | null)[]): boolean {
  if (params.length !== 2 || !is(params[0]!, CONTEXT_PKG, 'Context', false)) return false;
  const request = params[1];
  if (!request?.pointer || request.pkg === null) return false;
  const results = parameterTypes(file, field(method, 'result'));
  if (results.length !== 2 || !results[0]?.pointer || results[0].pkg === null) return false;
  if (!is(results[1]!, null, 'error', false)) return false;
  const receiver = parameterTypes(file, field(method, 'receiver'))[0];
  if (!receiver || receiver.pkg !== null) return false;
  const struct = structDeclaredInFile(file, receiver.name);
  return !!struct && embedsUnimplementedServer(file, struct);
}

/** What kind of per-request function fn is (a declaration, method or literal), if any. */
export function requestScopeOf(file: SourceFile, fn: SyntaxNode): RequestScope | null {
  const params = parameterTypes(file, field(fn, 'parameters'));
  if (isHttpHandler(params)) return 'http-handler';
  if (isInterceptor(params)) return 'grpc-interceptor';
  if (fn.type === 'method_declaration' && isGrpcMethod(file, fn, params)) return 'grpc-method';
  return null;
}

/** The request scope fn runs in: its own, or that of a function enclosing it (a closure inside a handler). */
export function enclosingRequestScope(file: SourceFile, fn: SyntaxNode): RequestScope | null {
  for (let n: SyntaxNode | null = fn; n; n = enclosingFunction(n)) {
    const scope = requestScopeOf(file, n);
    if (scope) return scope;
  }
  return null;
}
