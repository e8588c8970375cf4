// gRPC client connections created inside functions (`conn, err := grpc.NewClient(...)`) and
// what the function does with them afterwards: close them, pass them on, or let them escape.
import { callArguments, containsNode, enclosingFunction, field, functionBody, namedChildren, type SyntaxNode } from '../go/syntax';
import { CLIENT_CONSTRUCTORS, CONN_METHODS_RETURNING_STREAMS, GRPC_PKG, NEW_CLIENT } from '../knowledge/grpc-api';
import type { SourceFile } from '../go/source-file';

export interface DialSite {
  /** The grpc.NewClient / Dial / DialContext call. */
  call: SyntaxNode;
  /** Its `grpc.X` callee expression (where findings are shown). */
  callee: SyntaxNode;
  funcName: string;
  /** The innermost function containing the call. */
  fn: SyntaxNode;
  file: SourceFile;
}

/** A dial whose connection lands in a local variable of the dialling function. */
export interface LocalConn {
  /** The `:=`, `=` or `var` statement holding the call. */
  statement: SyntaxNode;
  /** The identifier receiving the connection. */
  conn: SyntaxNode;
  /** The identifier receiving the error, if any. */
  err: SyntaxNode | null;
}

export interface ConnFate {
  /** `conn.Close()` (or the method value `conn.Close`) appears. */
  closed: boolean;
  /**
   * A value obtained through conn (a stream, a reply) is returned, stored or passed on:
   * it may still use conn after fn returns.
   */
  kept: boolean;
  /**
   * conn is an argument of a call that may keep it. A generated client constructor
   * (`pb.NewXClient(conn)`) whose client is only used for calls in fn does not count.
   */
  passed: boolean;
  /** conn is returned, stored, reassigned, aliased, captured by a closure or used in a way not understood. */
  escapes: boolean;
}

/** True when the file can name grpc's API: it imports grpc, or is part of it. */
export function seesGrpc(file: SourceFile): boolean {
  return file.imports.has(GRPC_PKG) || file.packagePath === GRPC_PKG;
}

/** True when option is written directly among the arguments of a grpc.NewClient call. */
export function isNewClientArgument(file: SourceFile, option: SyntaxNode): boolean {
  const call = option.parent?.type === 'argument_list' ? option.parent.parent : null;
  const callee = call?.type === 'call_expression' ? file.callee(call) : null;
  return callee?.pkg === GRPC_PKG && callee.name === NEW_CLIENT;
}

export function findDialSites(file: SourceFile): DialSite[] {
  const sites: DialSite[] = [];
  if (!seesGrpc(file)) return sites;
  for (const node of file.nodesOfType('call_expression')) {
    const callee = file.callee(node);
    const fnNode = field(node, 'function');
    const fn = enclosingFunction(node);
    if (callee?.pkg === GRPC_PKG && CLIENT_CONSTRUCTORS.has(callee.name) && fnNode && fn) {
      sites.push({ call: node, callee: fnNode, funcName: callee.name, fn, file });
    }
  }
  return sites;
}

/** The left-hand identifiers bound to a call that is the only right-hand value of its statement. */
function bindingOf(call: SyntaxNode): { statement: SyntaxNode; targets: SyntaxNode[] } | null {
  const list = call.parent;
  if (list?.type !== 'expression_list' || namedChildren(list).length !== 1) return null;
  const holder = list.parent;
  if (!holder) return null;
  if (holder.type === 'var_spec' && field(holder, 'value')?.id === list.id) {
    const statement = holder.parent?.type === 'var_declaration' ? holder.parent : null;
    return statement ? { statement, targets: holder.childrenForFieldName('name') } : null;
  }
  const isAssignment = holder.type === 'short_var_declaration' || holder.type === 'assignment_statement';
  if (!isAssignment || field(holder, 'right')?.id !== list.id) return null;
  if (holder.type === 'assignment_statement' && holder.childForFieldName('operator')?.text !== '=') return null;
  return { statement: holder, targets: namedChildren(field(holder, 'left')) };
}

/** True when ident names a local variable of the site's function (declared in its body, not a parameter or a captured variable). */
function isLocalVariable(site: DialSite, ident: SyntaxNode): boolean {
  const decl = site.file.scopes.resolve(ident);
  const body = functionBody(site.fn);
  return decl?.kind === 'var' && !!body && containsNode(body, decl.node);
}

/**
 * The local variable a dial's connection is assigned to. Null when the result goes
 * anywhere else (returned directly, a field, a package variable, a named result).
 */
export function localConnOf(site: DialSite): LocalConn | null {
  const binding = bindingOf(site.call);
  if (binding?.targets.length !== 2) return null;
  const [conn, err] = binding.targets as [SyntaxNode, SyntaxNode];
  // `_, err := grpc.NewClient(…)` is how tests check that a dial fails: not judged.
  if (conn.type !== 'identifier' || conn.text === '_' || err.type !== 'identifier') return null;
  if (!functionBody(site.fn)) return null;
  const isLocal = binding.statement.type !== 'assignment_statement' || isLocalVariable(site, conn);
  if (!isLocal) return null;
  return { statement: binding.statement, conn, err: err.text === '_' ? null : err };
}

type UseKind = 'close' | 'neutral' | 'kept' | 'passed' | 'escape';

/**
 * Values built from the connection are followed to this depth: 0 is conn, 1 a generated
 * client wrapping it, 2 and more what their methods return (streams, replies, errors).
 */
const MAX_HOLDER_DEPTH = 4;

/** `pb.NewGreeterClient(conn)`: a protoc-gen-go-grpc client constructor, which keeps conn in the client only. */
function isGeneratedClientConstructor(call: SyntaxNode): boolean {
  const fn = field(call, 'function');
  const name = fn?.type === 'selector_expression' ? field(fn, 'field')?.text : fn?.type === 'identifier' ? fn.text : undefined;
  if (!name || name.length <= 'NewClient'.length) return false;
  return name.startsWith('New') && name.endsWith('Client') && callArguments(call).length === 1;
}

/** The selector `expr.X` when expr is its operand, and the call `expr.X(…)` when it is one. */
function selectorOn(expr: SyntaxNode): { name: string; call: SyntaxNode | null } | null {
  const selector = expr.parent;
  if (selector?.type !== 'selector_expression' || field(selector, 'operand')?.id !== expr.id) return null;
  const call = selector.parent;
  const isCall = call?.type === 'call_expression' && field(call, 'function')?.id === selector.id;
  return { name: field(selector, 'field')?.text ?? '', call: isCall ? call : null };
}

/** `x := call` / `x, err = call`: the local variable (or `_`) receiving call's first result. */
function firstResultTarget(call: SyntaxNode, site: DialSite): SyntaxNode | null {
  const list = call.parent;
  const holder = list?.parent;
  if (list?.type !== 'expression_list' || namedChildren(list).length !== 1 || !holder) return null;
  if (holder.type !== 'short_var_declaration' && holder.type !== 'assignment_statement') return null;
  if (field(holder, 'right')?.id !== list.id) return null;
  const first = namedChildren(field(holder, 'left'))[0];
  if (first?.type !== 'identifier') return null;
  const isLocal = first.text === '_' || holder.type === 'short_var_declaration' || isLocalVariable(site, first);
  return isLocal ? first : null;
}

function worst(kinds: UseKind[]): UseKind {
  for (const kind of ['escape', 'passed', 'kept', 'close'] as const) if (kinds.includes(kind)) return kind;
  return 'neutral';
}

/** What leaving fn means at a depth: the client itself escaping, or a derived value being kept. */
function leaves(depth: number): UseKind {
  return depth >= 2 ? 'kept' : 'escape';
}

/** A value's use that reads it without keeping it: discarded, or compared / combined. */
function isTransientUse(expr: SyntaxNode): boolean {
  const type = expr.parent?.type;
  return type === 'expression_statement' || type === 'defer_statement' || type === 'go_statement' || type === 'binary_expression';
}

/** How a value holding the connection is used where expr produces or names it. */
function holderUse(expr: SyntaxNode, site: DialSite, depth: number): UseKind {
  const selector = selectorOn(expr);
  if (selector) {
    if (selector.name === 'Close') return 'close';
    return selector.call ? resultUse(selector.call, site, depth + 1) : 'neutral';
  }
  return isTransientUse(expr) ? 'neutral' : leaves(depth);
}

/** How what call returns (a value at depth that may hold the connection) is used. */
function resultUse(call: SyntaxNode, site: DialSite, depth: number): UseKind {
  if (depth > MAX_HOLDER_DEPTH) return 'kept';
  if (isTransientUse(call) || selectorOn(call)) return holderUse(call, site, depth);
  const target = firstResultTarget(call, site);
  if (!target) return leaves(depth);
  if (target.text === '_') return 'neutral';
  return worst(usesOf(site, target, (id) => holderUse(id, site, depth), leaves(depth)));
}

function connUseKind(id: SyntaxNode, site: DialSite): UseKind {
  const parent = id.parent;
  if (!parent) return 'escape';
  const selector = selectorOn(id);
  if (selector) {
    if (selector.name === 'Close') return 'close';
    const returnsStream = selector.call && CONN_METHODS_RETURNING_STREAMS.has(selector.name);
    return returnsStream ? resultUse(selector.call!, site, 2) : 'neutral';
  }
  if (parent.type === 'argument_list') {
    const call = parent.parent;
    return call && isGeneratedClientConstructor(call) ? resultUse(call, site, 1) : 'passed';
  }
  if (parent.type === 'binary_expression') {
    const operator = parent.childForFieldName('operator')?.text;
    if (operator === '==' || operator === '!=') return 'neutral';
  }
  return 'escape';
}

/**
 * The kinds of every use of the variable binding writes, other than binding itself (found
 * through the file's scopes: a name that hides it is another variable). A use inside a nested
 * closure counts as `captured` (the closure may outlive the call) unless it closes.
 */
function usesOf(site: DialSite, binding: SyntaxNode, kindOf: (id: SyntaxNode) => UseKind, captured: UseKind): UseKind[] {
  const decl = site.file.scopes.resolve(binding);
  const kinds: UseKind[] = [];
  if (!decl || !functionBody(site.fn)) return kinds;
  for (const node of site.file.scopes.usesOf(decl)) {
    if (node.id === binding.id) continue;
    const kind = kindOf(node);
    const inClosure = enclosingFunction(node)?.id !== site.fn.id;
    kinds.push(inClosure && kind !== 'close' ? worst([kind, captured]) : kind);
  }
  return kinds;
}

/** What fn does with the local connection, from every other mention of its name in fn's body. */
export function connFate(site: DialSite, local: LocalConn): ConnFate {
  const kinds = usesOf(site, local.conn, (id) => connUseKind(id, site), 'escape');
  return {
    closed: kinds.includes('close'),
    kept: kinds.includes('kept'),
    passed: kinds.includes('passed'),
    escapes: kinds.includes('escape'),
  };
}
