// Which expression gives a function its request context, if it has one: a context.Context
// parameter, an *http.Request, gin's *gin.Context, echo's echo.Context, or a gRPC server
// stream. Closures see their enclosing function's context unless a name in between hides it.
import { containsNode, field, FUNCTION_TYPES, namedChildren, walk, type SyntaxNode } from '../go/syntax';
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

const SCOPE_TYPES: ReadonlySet<string> = new Set([
  'block',
  'expression_case',
  'type_case',
  'default_case',
  'communication_case',
  'if_statement',
  'for_statement',
  'expression_switch_statement',
  'type_switch_statement',
  ...FUNCTION_TYPES,
]);

/** The node whose extent is the scope of a name declared by statement-like node decl. */
function scopeOf(decl: SyntaxNode): SyntaxNode | null {
  for (let n = decl.parent; n; n = n.parent) if (SCOPE_TYPES.has(n.type)) return n;
  return null;
}

function identifiersIn(list: SyntaxNode | null): SyntaxNode[] {
  return namedChildren(list).filter((n) => n.type === 'identifier');
}

interface LocalDeclaration {
  name: SyntaxNode;
  /** The node whose extent is the name's scope. */
  scope: SyntaxNode | null;
  /** Where the name starts to be visible: the end of its declaration (`x := f(x)` still sees the outer x on the right). */
  visibleFrom: number;
}

/** Names declared inside owner (other than its own parameters). */
function declarationsIn(owner: SyntaxNode): LocalDeclaration[] {
  const out: LocalDeclaration[] = [];
  const add = (names: SyntaxNode[], scope: SyntaxNode | null, declaration: SyntaxNode) => {
    for (const name of names) out.push({ name, scope, visibleFrom: declaration.endIndex });
  };
  const body = field(owner, 'body');
  if (!body) return out;
  walk(body, (node) => {
    switch (node.type) {
      case 'short_var_declaration':
      case 'receive_statement':
        add(identifiersIn(field(node, 'left')), scopeOf(node), node);
        break;
      case 'range_clause':
        if (node.children.some((c) => c?.type === ':=')) add(identifiersIn(field(node, 'left')), scopeOf(node), node);
        break;
      case 'var_spec':
      case 'const_spec':
        add(
          node.childrenForFieldName('name').filter((n): n is SyntaxNode => n !== null),
          scopeOf(node),
          node,
        );
        break;
      case 'type_switch_statement': {
        const value = field(node, 'value');
        if (value) add(identifiersIn(field(node, 'alias')), node, value);
        break;
      }
      case 'func_literal':
        for (const list of [field(node, 'parameters'), field(node, 'result')]) {
          for (const decl of namedChildren(list))
            add(
              decl.childrenForFieldName('name').filter((n): n is SyntaxNode => n !== null),
              node,
              decl,
            );
        }
        break;
    }
    return true;
  });
  return out;
}

/**
 * The declarations of each function, by name, found once per file: a function holding thousands of
 * uses would otherwise be walked once per use.
 */
const declarationsByFile = new WeakMap<SourceFile, Map<number, Map<string, LocalDeclaration[]>>>();

function declarationsNamed(file: SourceFile, owner: SyntaxNode, name: string): readonly LocalDeclaration[] {
  let byOwner = declarationsByFile.get(file);
  if (!byOwner) declarationsByFile.set(file, (byOwner = new Map()));
  let byName = byOwner.get(owner.id);
  if (!byName) {
    byName = new Map();
    for (const declaration of declarationsIn(owner)) {
      const list = byName.get(declaration.name.text);
      if (list) list.push(declaration);
      else byName.set(declaration.name.text, [declaration]);
    }
    byOwner.set(owner.id, byName);
  }
  return byName.get(name) ?? [];
}

/**
 * True when a declaration between the context's parameter and use re-declares the parameter's
 * name. A `:=` in the function's top-level block re-uses the parameter (same scope), so it does not hide it.
 */
function isHidden(file: SourceFile, context: RequestContext, use: SyntaxNode): boolean {
  const body = field(context.owner, 'body');
  return declarationsNamed(file, context.owner, context.paramName).some(
    ({ scope, visibleFrom }) => scope !== null && scope.id !== body?.id && containsNode(scope, use) && visibleFrom <= use.startIndex,
  );
}
