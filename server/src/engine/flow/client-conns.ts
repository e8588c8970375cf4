// gRPC client connections created inside functions (`conn, err := grpc.NewClient(...)`) and
// what the function does with them afterwards: close them, pass them on, or let them escape.
import { callArguments, enclosingFunction, field, functionBody, namedChildren, walk, type SyntaxNode } from '../go/syntax';
import { CLIENT_CONSTRUCTORS, GRPC_PKG } from '../knowledge/grpc-api';
import type { SourceFile } from '../source-file';

export interface DialSite {
  /** The grpc.NewClient / Dial / DialContext call. */
  call: SyntaxNode;
  /** Its `grpc.X` callee expression (where findings are shown). */
  callee: SyntaxNode;
  funcName: string;
  /** The innermost function containing the call. */
  fn: SyntaxNode;
}

/** A dial whose connection lands in a local variable of the dialling function (or in `_`). */
export interface LocalConn {
  /** The `:=`, `=` or `var` statement holding the call. */
  statement: SyntaxNode;
  /** The identifier receiving the connection (text `_` when discarded). */
  conn: SyntaxNode;
  /** The identifier receiving the error, if any. */
  err: SyntaxNode | null;
}

export interface ConnFate {
  /** `conn.Close()` (or the method value `conn.Close`) appears. */
  closed: boolean;
  /**
   * conn is an argument of a call that may keep it. A generated client constructor
   * (`pb.NewXClient(conn)`) whose client is only used for calls in fn does not count.
   */
  passed: boolean;
  /** conn is returned, stored, reassigned, aliased, captured by a closure or used in a way not understood. */
  escapes: boolean;
}

export function findDialSites(file: SourceFile): DialSite[] {
  const sites: DialSite[] = [];
  walk(file.root, (node) => {
    if (node.type !== 'call_expression') return true;
    const callee = file.callee(node);
    const fnNode = field(node, 'function');
    const fn = enclosingFunction(node);
    if (callee?.pkg === GRPC_PKG && CLIENT_CONSTRUCTORS.has(callee.name) && fnNode && fn) {
      sites.push({ call: node, callee: fnNode, funcName: callee.name, fn });
    }
    return true;
  });
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

/** True when name is declared by `var name …` or `name :=` in body before offset. */
function declaredLocallyBefore(body: SyntaxNode, name: string, offset: number): boolean {
  let found = false;
  walk(body, (node) => {
    if (found || node.startIndex >= offset) return false;
    if (node.type === 'var_spec') found = node.childrenForFieldName('name').some((n) => n.text === name);
    else if (node.type === 'short_var_declaration') found = namedChildren(field(node, 'left')).some((n) => n.text === name);
    return !found;
  });
  return found;
}

/**
 * The local variable a dial's connection is assigned to. Null when the result goes
 * anywhere else (returned directly, a field, a package variable, a named result).
 */
export function localConnOf(site: DialSite): LocalConn | null {
  const binding = bindingOf(site.call);
  if (!binding || binding.targets.length !== 2) return null;
  const [conn, err] = binding.targets as [SyntaxNode, SyntaxNode];
  if (conn.type !== 'identifier' || err.type !== 'identifier') return null;
  const body = functionBody(site.fn);
  if (!body) return null;
  const isLocal =
    conn.text === '_' ||
    binding.statement.type !== 'assignment_statement' ||
    declaredLocallyBefore(body, conn.text, binding.statement.startIndex);
  if (!isLocal) return null;
  return { statement: binding.statement, conn, err: err.text === '_' ? null : err };
}

type UseKind = 'close' | 'neutral' | 'wrapped' | 'passed' | 'escape';

/** `pb.NewGreeterClient(conn)`: a protoc-gen-go-grpc client constructor, which keeps conn in the client only. */
function isGeneratedClientConstructor(call: SyntaxNode): boolean {
  const fn = field(call, 'function');
  const name = fn?.type === 'selector_expression' ? field(fn, 'field')?.text : fn?.type === 'identifier' ? fn.text : undefined;
  if (!name || name.length <= 'NewClient'.length) return false;
  return name.startsWith('New') && name.endsWith('Client') && callArguments(call).length === 1;
}

/** A method call or field read on id (`Close` told apart), or null when id is not a selector's operand. */
function selectorUse(id: SyntaxNode): 'close' | 'neutral' | null {
  const parent = id.parent;
  if (parent?.type !== 'selector_expression' || field(parent, 'operand')?.id !== id.id) return null;
  return field(parent, 'field')?.text === 'Close' ? 'close' : 'neutral';
}

function connUseKind(id: SyntaxNode): UseKind {
  const parent = id.parent;
  if (!parent) return 'escape';
  const selector = selectorUse(id);
  if (selector) return selector;
  if (parent.type === 'argument_list') {
    const call = parent.parent;
    return call && isGeneratedClientConstructor(call) ? 'wrapped' : 'passed';
  }
  if (parent.type === 'binary_expression') {
    const operator = parent.childForFieldName('operator')?.text;
    if (operator === '==' || operator === '!=') return 'neutral';
  }
  return 'escape';
}

/**
 * The kinds of every mention of name in fn's body other than its binding. Mentions inside
 * nested closures escape (the closure may outlive the call) unless they close.
 */
function usesOf(fn: SyntaxNode, binding: SyntaxNode, kindOf: (id: SyntaxNode) => UseKind): { id: SyntaxNode; kind: UseKind }[] {
  const body = functionBody(fn);
  const uses: { id: SyntaxNode; kind: UseKind }[] = [];
  if (!body) return uses;
  walk(body, (node) => {
    if (node.type !== 'identifier' || node.text !== binding.text || node.id === binding.id) return true;
    if (node.parent?.type === 'var_spec' && !field(node.parent, 'value')) return true; // `var conn *grpc.ClientConn`
    const kind = kindOf(node);
    const inClosure = enclosingFunction(node)?.id !== fn.id;
    uses.push({ id: node, kind: inClosure && kind !== 'close' ? 'escape' : kind });
    return true;
  });
  return uses;
}

/** What happens to the client a constructor wraps conn in: method calls only, Close, or anything else. */
function wrapperUse(call: SyntaxNode, fn: SyntaxNode): 'close' | 'neutral' | 'escape' {
  const direct = selectorUse(call);
  if (direct) return direct;
  const list = call.parent;
  const holder = list?.parent;
  if (list?.type !== 'expression_list' || holder?.type !== 'short_var_declaration' || field(holder, 'right')?.id !== list.id) return 'escape';
  const targets = namedChildren(field(holder, 'left'));
  if (namedChildren(list).length !== 1 || targets.length !== 1 || targets[0]!.type !== 'identifier' || targets[0]!.text === '_') return 'escape';
  const kinds = usesOf(fn, targets[0]!, (id) => selectorUse(id) ?? 'escape').map((u) => u.kind);
  return kinds.includes('escape') ? 'escape' : kinds.includes('close') ? 'close' : 'neutral';
}

/** What fn does with the local connection, from every other mention of its name in fn's body. */
export function connFate(site: DialSite, local: LocalConn): ConnFate {
  const fate: ConnFate = { closed: false, passed: false, escapes: false };
  if (local.conn.text === '_') return fate;
  for (const { id, kind } of usesOf(site.fn, local.conn, connUseKind)) {
    const effective = kind === 'wrapped' ? wrapperUse(id.parent!.parent!, site.fn) : kind;
    if (effective === 'close') fate.closed = true;
    else if (effective === 'escape') fate.escapes = true;
    else if (effective === 'passed') fate.passed = true;
  }
  return fate;
}
