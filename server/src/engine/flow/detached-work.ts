// Work that is meant to outlive the context its function was given: the shapes in which a root
// context (context.Background()/TODO()) is the right parent, not a dropped one. Every check is
// local to the call (its ancestors, its arguments, its lines) or reads per-file facts found once.
import { findCancelSites, type CancelSite } from './cancel-sites';
import { resolveCancelVar } from './cancel-var';
import { isContextParameter, type RequestContext } from './request-context';
import { assignmentTarget, callArguments, enclosingFunction, field, FUNCTION_TYPES, namedChildren, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import { CONTEXT_PKG, DERIVING_FUNCS } from '../knowledge/context-api';

/** Functions whose func-literal argument runs after the caller may have returned. */
const LATER_CALLBACKS: readonly { pkg: string; name: string }[] = [
  { pkg: 'context', name: 'AfterFunc' },
  { pkg: 'time', name: 'AfterFunc' },
  // Finalizers and cleanups run on the garbage collector's goroutine, long after any call.
  { pkg: 'runtime', name: 'SetFinalizer' },
  { pkg: 'runtime', name: 'AddCleanup' },
];

/** Methods that run a func literal on a goroutine of their own: sync.WaitGroup.Go, errgroup's g.Go and TryGo, conc and worker pools' Submit. */
const GOROUTINE_RUNNERS: ReadonlySet<string> = new Set(['Go', 'TryGo', 'Submit']);

/** Stop hooks (fx's `OnStop` field, `fx.StopHook`): they run at shutdown, whatever context started the component. */
const STOP_HOOK_FIELDS: ReadonlySet<string> = new Set(['OnStop']);
const STOP_HOOK_FUNCS: ReadonlySet<string> = new Set(['StopHook']);

/** The called function's last name: `F` of `pkg.F(…)`, `x.y.F(…)` or `F(…)`. */
function calleeName(call: SyntaxNode): string | null {
  const fn = field(call, 'function');
  if (fn?.type === 'identifier') return fn.text;
  return fn?.type === 'selector_expression' ? (field(fn, 'field')?.text ?? null) : null;
}

/** A func literal in a return statement (`return func() error { … }`): it runs after the function returned. */
function returnedByOwner(literal: SyntaxNode): boolean {
  let n = literal.parent;
  if (n?.type === 'expression_list') n = n.parent;
  return n?.type === 'return_statement';
}

/** A func literal given as a stop hook: `Hook{OnStop: func(ctx) …}`, `fx.StopHook(func(ctx) …)`. */
function isStopHook(literal: SyntaxNode): boolean {
  const parent = literal.parent;
  if (parent?.type === 'literal_element' && parent.parent?.type === 'keyed_element') {
    const key = field(parent.parent, 'key');
    return key !== null && key.id !== parent.id && STOP_HOOK_FIELDS.has(key.text);
  }
  const outer = parent?.type === 'argument_list' ? parent.parent : null;
  const name = outer?.type === 'call_expression' ? calleeName(outer) : null;
  return !!name && STOP_HOOK_FUNCS.has(name);
}

/**
 * A func literal kept in a field or map entry, directly (`opts.Credentials = func…`) or appended
 * (`c.cleanup = append(c.cleanup, func…)`): a callback that whoever holds it runs later.
 */
function storedInField(literal: SyntaxNode): boolean {
  let value = literal;
  const outer = literal.parent?.type === 'argument_list' ? literal.parent.parent : null;
  if (outer?.type === 'call_expression' && field(outer, 'function')?.text === 'append') value = outer;
  const target = assignmentTarget(value);
  return target?.type === 'selector_expression' || target?.type === 'index_expression';
}

/** A func literal that runs later or elsewhere: returned, stored in a field, a callback run after a context or timer, a goroutine runner's job, a stop hook. */
function literalRunsLater(file: SourceFile, literal: SyntaxNode): boolean {
  if (returnedByOwner(literal) || isStopHook(literal) || storedInField(literal)) return true;
  const parent = literal.parent;
  if (parent?.type !== 'argument_list' || parent.parent?.type !== 'call_expression') return false;
  const outer = parent.parent;
  if (LATER_CALLBACKS.some((cb) => file.isCallTo(outer, cb.pkg, cb.name))) return true;
  const name = calleeName(outer);
  return !!name && field(outer, 'function')?.type === 'selector_expression' && GOROUTINE_RUNNERS.has(name);
}

/**
 * Between the call and the function owning the context: a `go` statement, a deferred cleanup
 * (which must run even when the caller is cancelled), or a func literal that runs later. A stop
 * hook's own context is only its shutdown deadline.
 */
export function runsDetached(file: SourceFile, call: SyntaxNode, owner: SyntaxNode): boolean {
  for (let n = call.parent; n && n.id !== owner.id; n = n.parent) {
    if (n.type === 'go_statement' || n.type === 'defer_statement') return true;
    if (n.type === 'func_literal' && literalRunsLater(file, n)) return true;
  }
  return owner.type === 'func_literal' && isStopHook(owner);
}

/** Whether node sits in a `go` statement or a func literal that runs later, below owner. */
function inDetachedWork(file: SourceFile, node: SyntaxNode, owner: SyntaxNode): boolean {
  for (let n = node.parent; n && n.id !== owner.id; n = n.parent) {
    if (n.type === 'go_statement') return true;
    if (n.type === 'func_literal' && literalRunsLater(file, n)) return true;
  }
  return false;
}

/**
 * The variable a context built on the root call is bound to: `x := context.WithValue(context.Background(), k, v)`.
 * Only the context package's derivations count: their results are contexts, and few per function keep the search linear.
 */
function boundContextName(file: SourceFile, call: SyntaxNode): SyntaxNode | null {
  let value = call;
  for (let outer = value.parent?.parent; value.parent?.type === 'argument_list' && outer?.type === 'call_expression'; outer = value.parent?.parent) {
    if (!file.isCallTo(outer, CONTEXT_PKG, DERIVING_FUNCS)) return null;
    value = outer;
  }
  const list = value.parent;
  const binding = list?.parent;
  if (list?.type !== 'expression_list' || binding?.type !== 'short_var_declaration' || field(binding, 'right')?.id !== list.id) return null;
  if (list.namedChildren.length !== 1) return null;
  const name = field(binding, 'left')?.namedChildren[0];
  return name?.type === 'identifier' && name.text !== '_' ? name : null;
}

/**
 * A context built on the root call, bound to a variable that only goroutines (or func literals
 * that run later) use: `rebootCtx := context.WithValue(context.Background(), …)` then
 * `go func() { run(rebootCtx) }()` — work started by the call that outlives it.
 */
export function feedsOnlyDetachedWork(file: SourceFile, call: SyntaxNode, owner: SyntaxNode): boolean {
  const name = boundContextName(file, call);
  const variable = name && file.scopes.resolve(name);
  if (!name || !variable) return false;
  // The variable's own uses: an inner one of the same name is another value.
  const uses = file.scopes.usesOf(variable).filter((use) => use.startIndex >= name.endIndex && use.endIndex <= owner.endIndex);
  return uses.length > 0 && uses.every((use) => inDetachedWork(file, use, owner));
}

/** Per file: the WithCancel-family call id → its binding site. */
const sitesByCallFile = new WeakMap<SourceFile, Map<number, CancelSite>>();

function cancelSiteOf(file: SourceFile, withCall: SyntaxNode): CancelSite | undefined {
  let byCall = sitesByCallFile.get(file);
  if (!byCall) sitesByCallFile.set(file, (byCall = new Map(findCancelSites(file).map((s) => [s.call.id, s]))));
  return byCall.get(withCall.id);
}

/**
 * A use of a cancel func that keeps it for later: captured by a goroutine, or a value put in a
 * literal (a struct field, a slice), returned, assigned to a field or map entry, or handed to a callee.
 */
function keepsCancel(use: SyntaxNode, siteFn: SyntaxNode | null): boolean {
  for (let n = use.parent; n && n.id !== siteFn?.id; n = n.parent) if (n.type === 'go_statement') return true;
  const parent = use.parent;
  if (!parent) return false;
  if (parent.type === 'literal_element' || parent.type === 'argument_list') return true;
  if (parent.type !== 'expression_list') return false;
  const holder = parent.parent;
  if (holder?.type === 'return_statement') return true;
  if (holder?.type !== 'assignment_statement' || field(holder, 'right')?.id !== parent.id) return false;
  return namedChildren(field(holder, 'left')).some((t) => t.type === 'selector_expression' || t.type === 'index_expression');
}

/**
 * `ctx, cancel := context.WithCancel(context.Background())` whose cancel is kept for later (stored
 * in a field, a map or a returned struct, returned, or handed on): a long-lived context by design,
 * cancelled by whoever holds the func.
 */
export function isLongLivedRoot(file: SourceFile, call: SyntaxNode): boolean {
  const args = call.parent;
  const withCall = args?.type === 'argument_list' ? args.parent : null;
  const site = withCall && callArguments(withCall)[0]?.id === call.id ? cancelSiteOf(file, withCall) : undefined;
  if (!site) return false;
  if (site.cancelTarget.type === 'selector_expression' || site.cancelTarget.type === 'index_expression') return true;
  const cancel = resolveCancelVar(file, site);
  if (!cancel) return false;
  const siteFn = enclosingFunction(site.statement);
  return cancel.mentions.some((at) => {
    const use = file.root.descendantForIndex(at, at + cancel.name.length);
    return !!use && use.startIndex > site.statement.endIndex && keepsCancel(use, siteFn);
  });
}

/** Words of a comment that says why the work gets a context of its own. */
const DETACH_REASON = /\b(background|detach\w*|outliv\w*|independ\w*|shut\s?down|lifetime|long[- ]lived|surviv\w*|cancel\w*|todo context)\b/i;

/** A comment's words: without a leading directive (`//nolint:x`, `//ctxlens:ignore`) and quoted strings (analysistest's `// want "…"`). */
function prose(comment: string): string {
  return comment.replace(/^\/\/\s*[\w.-]+:\S*/, '').replace(/"[^"]*"|`[^`]*`/g, '');
}

/** The comments on one line (`//` inside a string is not one): the search stays within the line. */
function commentsOnLine(file: SourceFile, lineStart: number, lineEnd: number): string[] {
  const out: string[] = [];
  const line = file.text.slice(lineStart, lineEnd);
  for (let at = line.indexOf('//'); at >= 0; at = line.indexOf('//', at + 2)) {
    const node = file.root.descendantForIndex(lineStart + at, lineStart + at + 2);
    if (node?.type === 'comment') {
      out.push(node.text);
      at = node.endIndex - lineStart;
    }
  }
  return out;
}

/**
 * A comment on the call's line, or in the comment block right above its statement, that says
 * why (it speaks of the background, detaching, outliving, shutdown, cancellation).
 */
export function explainedByComment(file: SourceFile, call: SyntaxNode): boolean {
  const text = file.text;
  const lineStart = text.lastIndexOf('\n', call.startIndex - 1) + 1;
  const lineEnd = text.indexOf('\n', call.endIndex) === -1 ? text.length : text.indexOf('\n', call.endIndex);
  const comments = commentsOnLine(file, lineStart, lineEnd);
  let stmt: SyntaxNode = call;
  while (stmt.parent && stmt.parent.type !== 'statement_list' && stmt.parent.type !== 'block' && !FUNCTION_TYPES.has(stmt.parent.type)) stmt = stmt.parent;
  // The `//` lines right above the statement, read from the text (a node's previous sibling costs a walk of the list).
  for (let start = text.lastIndexOf('\n', stmt.startIndex - 1) + 1; start > 0; ) {
    const above = text.lastIndexOf('\n', start - 2) + 1;
    const line = text.slice(above, start - 1);
    const at = above + line.length - line.trimStart().length;
    const node = text.startsWith('//', at) ? file.root.descendantForIndex(at, at + 2) : null;
    if (node?.type !== 'comment') break;
    comments.push(node.text);
    start = above;
  }
  return comments.some((c) => DETACH_REASON.test(prose(c)));
}

/** Callees whose name says they build a context from a parent: `ContextWithSpan`, `NewOutgoingContext`, `WithTenant`. */
const CONTEXT_BUILDER = /context|ctx|^with/i;

/**
 * `trace.ContextWithSpan(context.Background(), trace.SpanFromContext(ctx))`: a deliberate detach
 * that copies what matters (a span, a tenant, metadata) from the caller's context into a new one.
 */
export function copiesValues(file: SourceFile, call: SyntaxNode, context: RequestContext): boolean {
  const args = call.parent;
  const outer = args?.type === 'argument_list' ? args.parent : null;
  if (!args || outer?.type !== 'call_expression' || callArguments(outer)[0]?.id !== call.id) return false;
  const name = calleeName(outer);
  if (!name || !CONTEXT_BUILDER.test(name)) return false;
  return file.scopes.mentions(context.paramName, call.endIndex, args.endIndex).some((n) => isContextParameter(file, n, context));
}
