// Which expression gives a function its request context, if it has one: a context.Context
// parameter, an *http.Request, gin's *gin.Context, echo's echo.Context, or a gRPC server
// stream. Closures see their enclosing function's context unless a name in between hides it.
import { field, FUNCTION_TYPES, namedChildren, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';

export type RequestContextSource = 'context' | 'http-request' | 'gin' | 'echo' | 'grpc-stream';

export interface RequestContext {
  source: RequestContextSource;
  /** The parameter name the context comes from. */
  paramName: string;
  /** Go expression that yields the context there: `ctx`, `r.Context()`, `c.Request.Context()`. */
  expression: string;
  /** The function (declaration, method or literal) declaring that parameter. */
  owner: SyntaxNode;
}

/** Parameter types that carry a request context, by import path and type name, with the expression built from the name. */
const CONTEXT_CARRIERS: readonly { pkg: string; name: string; pointer: boolean; source: RequestContextSource; expression: (p: string) => string }[] = [
  { pkg: 'context', name: 'Context', pointer: false, source: 'context', expression: (p) => p },
  { pkg: 'net/http', name: 'Request', pointer: true, source: 'http-request', expression: (p) => `${p}.Context()` },
  { pkg: 'github.com/gin-gonic/gin', name: 'Context', pointer: true, source: 'gin', expression: (p) => `${p}.Request.Context()` },
  { pkg: 'github.com/labstack/echo/v4', name: 'Context', pointer: false, source: 'echo', expression: (p) => `${p}.Request().Context()` },
  { pkg: 'google.golang.org/grpc', name: 'ServerStream', pointer: false, source: 'grpc-stream', expression: (p) => `${p}.Context()` },
];

function carrierOf(file: SourceFile, type: SyntaxNode): (typeof CONTEXT_CARRIERS)[number] | undefined {
  const pointer = type.type === 'pointer_type';
  const named = pointer ? type.namedChild(0) : type;
  if (named?.type !== 'qualified_type') return undefined;
  const pkg = field(named, 'package');
  const name = field(named, 'name');
  const importPath = pkg ? file.imports.pathOf(pkg.text) : undefined;
  if (!importPath || !name) return undefined;
  return CONTEXT_CARRIERS.find((c) => c.pkg === importPath && c.name === name.text && c.pointer === pointer);
}

/**
 * The request context a function declares itself through its parameters. A plain
 * context.Context parameter wins over the other carriers; `_` and unnamed parameters count as none.
 */
export function ownRequestContext(file: SourceFile, fn: SyntaxNode): RequestContext | null {
  let best: RequestContext | null = null;
  for (const decl of namedChildren(field(fn, 'parameters'))) {
    const type = field(decl, 'type');
    if (!type || decl.type !== 'parameter_declaration') continue;
    const carrier = carrierOf(file, type);
    const name = decl.childrenForFieldName('name').find((n) => n && n.text !== '_');
    if (!carrier || !name) continue;
    const found = { source: carrier.source, paramName: name.text, expression: carrier.expression(name.text), owner: fn };
    if (carrier.source === 'context') return found;
    best ??= found;
  }
  return best;
}

/** The request context visible at node: from the innermost function that declares one, if no declaration in between hides its name. */
export function requestContextAt(file: SourceFile, node: SyntaxNode): RequestContext | null {
  for (let n = node.parent; n; n = n.parent) {
    if (!FUNCTION_TYPES.has(n.type)) continue;
    const own = ownRequestContext(file, n);
    if (own) return isHidden(file, own, node) ? null : own;
  }
  return null;
}

/** True when a declaration between the context's parameter and use hides the parameter's name (a `:=` in the function's own top-level block re-uses it). */
function isHidden(file: SourceFile, context: RequestContext, use: SyntaxNode): boolean {
  const visible = file.scopes.lookup(context.paramName, use.startIndex);
  return visible?.kind !== 'param' || visible.scope.node.id !== context.owner.id;
}

/** ident names the parameter the request context comes from. */
export function isContextParameter(file: SourceFile, ident: SyntaxNode, context: RequestContext): boolean {
  return ident.text === context.paramName && file.scopes.isParameterOf(file.scopes.resolve(ident), context.owner);
}
