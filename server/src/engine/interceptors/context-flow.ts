// Where the context an interceptor hands to next comes from: the incoming one (or derived
// from it), a root context, or something unrelated to the request (a field, a package or
// captured variable). Flow-insensitive: a variable is derived when any of its writes is.
import { callArguments, field, namedChildren, unparen, type SyntaxNode } from '../go/syntax';
import { CONTEXT_PKG, ROOT_CONTEXT_FUNCS } from '../knowledge/context-api';
import { flattenParameters, type Declaration } from '../go/scopes';
import type { SourceFile } from '../go/source-file';
import { ownBodyNodes } from './own-body';
import type { InterceptorShape } from './shape';

const MAX_ORIGIN_DEPTH = 100;

export type ContextOrigin = 'incoming' | 'root' | 'unrelated' | 'unknown';

export const METADATA_PKG = 'google.golang.org/grpc/metadata';
export const METADATA_DERIVERS: ReadonlySet<string> = new Set(['NewIncomingContext', 'NewOutgoingContext', 'AppendToOutgoingContext']);

/** Functions that return a context derived from their first argument. */
const DERIVERS: readonly { pkg: string; names: ReadonlySet<string> }[] = [
  {
    pkg: CONTEXT_PKG,
    names: new Set(['WithValue', 'WithCancel', 'WithTimeout', 'WithDeadline', 'WithCancelCause', 'WithTimeoutCause', 'WithDeadlineCause', 'WithoutCancel']),
  },
  { pkg: METADATA_PKG, names: METADATA_DERIVERS },
];

/** One write to a local: `name := value` / `name = value`; index is the name's position when one call yields several values. */
export interface Binding {
  name: string;
  nameNode: SyntaxNode;
  /** The variable written, through the file's scopes; null for a package-level variable of another file. */
  variable: Declaration | null;
  value: SyntaxNode | null;
  index: number;
  statement: SyntaxNode;
}

/** The nodes that bind names (bindingsOf reads no other). */
const BINDING_TYPES = ['short_var_declaration', 'assignment_statement', 'var_spec', 'range_clause', 'receive_statement', 'type_switch_statement'];

function bindingsOf(file: SourceFile, stmt: SyntaxNode): Binding[] {
  let names: SyntaxNode[] = [];
  let values: SyntaxNode[] = [];
  if (stmt.type === 'short_var_declaration' || (stmt.type === 'assignment_statement' && stmt.children.some((c) => c?.type === '='))) {
    names = namedChildren(field(stmt, 'left'));
    values = namedChildren(field(stmt, 'right'));
  } else if (stmt.type === 'var_spec') {
    names = stmt.childrenForFieldName('name').filter((n): n is SyntaxNode => n !== null);
    values = namedChildren(field(stmt, 'value'));
  } else if (stmt.type === 'range_clause' || stmt.type === 'receive_statement') {
    names = namedChildren(field(stmt, 'left'));
  } else if (stmt.type === 'type_switch_statement') {
    names = namedChildren(field(stmt, 'alias'));
  }
  const out: Binding[] = [];
  names.forEach((nameNode, i) => {
    if (nameNode.type !== 'identifier' || nameNode.text === '_') return;
    const single = values.length === 1 && names.length > 1;
    const variable = file.scopes.resolve(nameNode);
    out.push({ name: nameNode.text, nameNode, variable, value: single ? values[0]! : (values[i] ?? null), index: single ? i : 0, statement: stmt });
  });
  return out;
}

/** The declarations of a parameter list's named parameters. */
function parameterDeclarations(file: SourceFile, list: SyntaxNode | null): Declaration[] {
  return flattenParameters(list).flatMap((p) => {
    const decl = p.name ? file.scopes.declarationAt(p.name) : null;
    return decl ? [decl] : [];
  });
}

/** What a binding or a use names: its declaration, or the name itself for a package-level variable of another file. */
type VariableKey = Declaration | string;

/** Where a function's incoming context comes from: an interceptor's, or a handler's request context (a stream or *http.Request as streamName). */
export type IncomingContext = Pick<InterceptorShape, 'fn' | 'ctxName' | 'streamName'>;

export class ContextFlow {
  private readonly locals = new Map<VariableKey, Binding[]>();
  /** Parameters and results other than the incoming ctx/stream: origin unknown. */
  private readonly otherParams = new Set<Declaration>();
  /** The incoming ctx and stream parameters. */
  private readonly incoming = new Set<Declaration>();

  private depth = 0;

  constructor(
    private readonly file: SourceFile,
    private readonly shape: IncomingContext,
  ) {
    const fn = shape.fn;
    for (const decl of [...parameterDeclarations(file, field(fn, 'parameters')), ...parameterDeclarations(file, field(fn, 'result'))]) {
      if (decl.name === shape.ctxName || decl.name === shape.streamName) this.incoming.add(decl);
      else this.otherParams.add(decl);
    }
    for (const node of ownBodyNodes(file, fn, ...BINDING_TYPES)) {
      for (const b of bindingsOf(file, node)) {
        const key = b.variable ?? b.name;
        const list = this.locals.get(key) ?? [];
        list.push(b);
        this.locals.set(key, list);
      }
    }
  }

  /** What ident names: its declaration, or its name when the file does not declare it. */
  private keyOf(ident: SyntaxNode): VariableKey {
    return this.file.scopes.resolve(ident) ?? ident.text;
  }

  /** ident names the incoming ctx or stream parameter. */
  namesIncoming(ident: SyntaxNode): boolean {
    const key = ident.type === 'identifier' ? this.keyOf(ident) : null;
    return key !== null && typeof key !== 'string' && this.incoming.has(key);
  }

  /** ident names the variable b writes. */
  refersTo(ident: SyntaxNode, b: Binding): boolean {
    return ident.type === 'identifier' && this.keyOf(ident) === (b.variable ?? b.name);
  }

  /** A call to a known context-deriving function (context.With*, metadata.*Context). */
  isDeriverCall(call: SyntaxNode): boolean {
    return DERIVERS.some((d) => this.file.isCallTo(call, d.pkg, d.names));
  }

  isRootCall(node: SyntaxNode): boolean {
    return node.type === 'call_expression' && callArguments(node).length === 0 && this.file.isCallTo(node, CONTEXT_PKG, ROOT_CONTEXT_FUNCS);
  }

  origin(expr: SyntaxNode, seen: Set<VariableKey> = new Set()): ContextOrigin {
    // Each level of call nesting or variable indirection recurses once; stop well before the stack does.
    if (this.depth >= MAX_ORIGIN_DEPTH) return 'unknown';
    this.depth++;
    try {
      return this.originOf(expr, seen);
    } finally {
      this.depth--;
    }
  }

  private originOf(expr: SyntaxNode, seen: Set<VariableKey>): ContextOrigin {
    const node = unparen(expr);
    if (node.type === 'identifier') return this.identifierOrigin(node, seen);
    if (node.type === 'selector_expression') return this.fieldOrigin(node);
    if (node.type !== 'call_expression') return 'unknown';
    if (this.isRootCall(node)) return 'root';
    const fn = field(node, 'function');
    const first = callArguments(node)[0];
    // s.Context() on the incoming stream
    if (!first && fn?.type === 'selector_expression' && field(fn, 'field')?.text === 'Context') {
      const operand = field(fn, 'operand');
      return operand?.type === 'identifier' && this.identifierOrigin(operand, seen) === 'incoming' ? 'incoming' : 'unknown';
    }
    if (!first) return 'unknown';
    const inner = this.origin(first, seen);
    if (this.isDeriverCall(node)) return inner;
    // Any call taking the incoming ctx first is taken to return a ctx derived from it.
    return inner === 'incoming' ? 'incoming' : 'unknown';
  }

  private identifierOrigin(ident: SyntaxNode, seen: Set<VariableKey>): ContextOrigin {
    if (this.namesIncoming(ident)) return 'incoming';
    const key = this.keyOf(ident);
    const param = typeof key !== 'string' && this.otherParams.has(key);
    const bindings = this.locals.get(key);
    if (!bindings) return param ? 'unknown' : 'unrelated';
    if (seen.has(key)) return 'unknown';
    seen.add(key);
    const origins = bindings.map((b) => (b.value && b.index === 0 ? this.origin(b.value, seen) : 'unknown'));
    seen.delete(key);
    if (origins.includes('incoming')) return 'incoming';
    if (origins.includes('unknown') || param) return 'unknown';
    return origins.every((o) => o === 'root') ? 'root' : 'unrelated';
  }

  /** `s.ctx`, `pkg.RootCtx`: a value that outlives the request, unless read from a local. */
  private fieldOrigin(selector: SyntaxNode): ContextOrigin {
    const operand = field(selector, 'operand');
    if (operand?.type !== 'identifier') return 'unknown';
    const key = this.keyOf(operand);
    if (this.locals.has(key) || (typeof key !== 'string' && this.otherParams.has(key))) return 'unknown';
    return 'unrelated';
  }

  /** The part of a dropping expression a fix can replace: a root call or a field, possibly under context.With* calls. */
  replaceableDrop(expr: SyntaxNode): SyntaxNode | null {
    let node = unparen(expr);
    for (;;) {
      if (this.isRootCall(node)) return node;
      if (node.type === 'selector_expression' && this.fieldOrigin(node) === 'unrelated') return node;
      const first = node.type === 'call_expression' && this.isDeriverCall(node) ? callArguments(node)[0] : undefined;
      if (!first) return null;
      node = unparen(first);
    }
  }

  /** Locals holding a context derived from the incoming one by a known deriving call (or a tracer's Start). */
  derivedBindings(): Binding[] {
    const out: Binding[] = [];
    for (const bindings of this.locals.values()) {
      for (const b of bindings) {
        if (!b.value || b.index !== 0 || b.value.type !== 'call_expression') continue;
        if (!this.isDeriverCall(b.value) && !isSpanStart(b)) continue;
        const first = callArguments(b.value)[0];
        if (first && this.origin(first) === 'incoming') out.push(b);
      }
    }
    return out.sort((a, b) => a.statement.startIndex - b.statement.startIndex);
  }

  /** The latest derived context visible at node (declared before it in an enclosing block), else the incoming ctx name. */
  bestContextAt(node: SyntaxNode): string | null {
    let best: string | null = this.shape.ctxName;
    for (const b of this.derivedBindings()) {
      if (this.visibleAt(b, node)) best = b.name;
    }
    return best;
  }

  /** b's write is in effect at node by its name: made before it in a scope enclosing it (no function between), and not shadowed there. */
  visibleAt(b: Binding, node: SyntaxNode): boolean {
    const scopes = this.file.scopes;
    return b.statement.endIndex <= node.startIndex && scopes.reaches(b.statement, node.startIndex) && scopes.lookup(b.name, node.startIndex) === b.variable;
  }
}

/** `ctx, span := tracer.Start(ctx, name)`: OpenTelemetry's span start returns the derived ctx first. */
export function isSpanStart(b: Binding): boolean {
  const fn = b.value ? field(b.value, 'function') : null;
  return fn?.type === 'selector_expression' && field(fn, 'field')?.text === 'Start' && b.statement.type !== 'var_spec';
}
