// Does a function body protect itself with a deferred recover()? Which of its panics re-raise a recovered one?
import { callArguments, field, namedChildren, unparen, walk, type SyntaxNode } from '../go/syntax';
import type { Declaration } from '../go/scopes';
import type { QualifiedName, SourceFile } from '../go/source-file';
import { ownBodyCalls, ownBodyNodes } from './own-body';

/** fn's own body calls recover() (recover only works when called by the deferred function itself). */
function callsRecover(file: SourceFile, fn: SyntaxNode): boolean {
  return ownBodyCalls(file, fn).some((call) => file.callsBuiltin(call, 'recover'));
}

/** Top-level functions and methods of the file named name. */
function declarationsNamed(file: SourceFile, name: string): SyntaxNode[] {
  return file.root.namedChildren.filter(
    (n): n is SyntaxNode => (n?.type === 'function_declaration' || n?.type === 'method_declaration') && field(n, 'name')?.text === name,
  );
}

/**
 * Whether a deferred call recovers: a func literal calling recover(), a function or method of
 * this file that does, or (not knowable from here) a function whose name says it recovers.
 */
function deferRecovers(file: SourceFile, deferStmt: SyntaxNode): boolean {
  const call = deferStmt.namedChildren.find((c) => c?.type === 'call_expression');
  const callee = call ? field(call, 'function') : null;
  if (!callee) return false;
  if (callee.type === 'func_literal') return callsRecover(file, callee);
  const name = callee.type === 'selector_expression' ? field(callee, 'field')?.text : callee.type === 'identifier' ? callee.text : undefined;
  if (!name) return false;
  const local = declarationsNamed(file, name);
  if (local.length > 0) return local.some((fn) => callsRecover(file, fn));
  return name.toLowerCase().includes('recover');
}

/** fn (a declaration or func literal) has a deferred recover() in its own body. */
export function hasDeferredRecover(file: SourceFile, fn: SyntaxNode): boolean {
  return ownBodyNodes(file, fn, 'defer_statement').some((n) => deferRecovers(file, n));
}

/**
 * The functions of other files that fn defers by name (`defer log.CapturePanic(&err)`, `defer
 * capturePanic(&err)` declared elsewhere in the package): the index says whether they recover.
 */
export function deferredFunctionsElsewhere(file: SourceFile, fn: SyntaxNode): QualifiedName[] {
  const out: QualifiedName[] = [];
  for (const n of ownBodyNodes(file, fn, 'defer_statement')) {
    const call = n.namedChildren.find((c) => c?.type === 'call_expression');
    const callee = call ? field(call, 'function') : null;
    if (!callee || (callee.type !== 'identifier' && callee.type !== 'selector_expression')) continue;
    // A name the file declares (a local, a function of this file) is judged by hasDeferredRecover.
    if (callee.type === 'identifier' && file.scopes.resolve(callee) !== null) continue;
    const name = file.qualify(callee);
    if (name) out.push(name);
  }
  return out;
}

/**
 * What a name of fn stands for: its declaration in the file's scopes, or, declared nowhere in the
 * file (a package-level variable of another file), its spelling.
 */
type Variable = Declaration | string;

function variableOf(file: SourceFile, ident: SyntaxNode): Variable {
  return file.scopes.resolve(ident) ?? ident.text;
}

/** A flow of values inside a function: targets (variables, channels, the base of `x.f`) take what source mentions. */
interface ValueFlow {
  targets: Variable[];
  source: SyntaxNode;
}

/** The identifier a write lands in: `x`, `x.f`, `x[i]`, `*x` → x. */
function baseIdentifier(node: SyntaxNode): SyntaxNode | null {
  let n: SyntaxNode | null = unparen(node);
  while (n && n.type !== 'identifier') {
    n =
      n.type === 'selector_expression'
        ? field(n, 'operand')
        : n.type === 'index_expression'
          ? field(n, 'operand')
          : n.type === 'unary_expression'
            ? field(n, 'operand')
            : null;
  }
  return n;
}

/** Assignments, declarations and channel sends of fn, closures included, paired by position where counts match. */
function valueFlows(file: SourceFile, fn: SyntaxNode): ValueFlow[] {
  const flows: ValueFlow[] = [];
  const pair = (left: SyntaxNode[], right: SyntaxNode[]) => {
    const bases = left.map((target) => {
      const base = baseIdentifier(target);
      return base ? variableOf(file, base) : null;
    });
    right.forEach((source, i) => {
      const targets = (left.length === right.length ? [bases[i]] : bases).filter((t): t is Variable => !!t);
      if (targets.length > 0) flows.push({ targets, source });
    });
  };
  walk(fn, (n) => {
    if (n.type === 'short_var_declaration' || n.type === 'assignment_statement') {
      pair(namedChildren(field(n, 'left')), namedChildren(field(n, 'right')));
    } else if (n.type === 'receive_statement') {
      // `case r := <-done:` in a select
      const right = field(n, 'right');
      if (right) pair(namedChildren(field(n, 'left')), [right]);
    } else if (n.type === 'var_spec') {
      pair(
        n.childrenForFieldName('name').filter((x): x is SyntaxNode => !!x),
        namedChildren(field(n, 'value')),
      );
    } else if (n.type === 'send_statement') {
      const channel = field(n, 'channel');
      const value = field(n, 'value');
      if (channel && value) pair([channel], [value]);
    }
  });
  return flows;
}

/** The variables an expression mentions, and whether it calls recover(). */
function mentions(file: SourceFile, expr: SyntaxNode): { variables: Set<Variable>; recovers: boolean } {
  const variables = new Set<Variable>();
  let recovers = false;
  walk(expr, (n) => {
    if (n.type === 'identifier') variables.add(variableOf(file, n));
    if (file.callsBuiltin(n, 'recover')) recovers = true;
  });
  return { variables, recovers };
}

/**
 * The variables of fn that hold a value recovered from a panic (`p := recover()`), or something
 * carrying one: a channel it is sent on, a struct it is stored in, what is received from those.
 * Each is one declaration: an inner variable of the same name is another value.
 */
function recoveredVariables(file: SourceFile, fn: SyntaxNode): Set<Variable> {
  const recovered = new Set<Variable>();
  if (!file.nodesAt('recover', fn.startIndex, fn.endIndex).some((n) => n.parent && file.callsBuiltin(n.parent, 'recover'))) return recovered;
  const flows = valueFlows(file, fn).map((flow) => ({ ...flow, ...mentions(file, flow.source) }));
  for (let changed = true; changed; ) {
    changed = false;
    for (const flow of flows) {
      if (!flow.recovers && ![...flow.variables].some((v) => recovered.has(v))) continue;
      for (const target of flow.targets) {
        if (recovered.has(target)) continue;
        recovered.add(target);
        changed = true;
      }
    }
  }
  return recovered;
}

/**
 * The panic calls of an interceptor's own body that raise a new panic: not those re-raising a
 * value recovered elsewhere in it (a handler goroutine's panic handed back so that the chain's
 * recovery interceptor sees it). calls are builtin panics, as panicCalls finds them.
 */
export function newPanicCalls(file: SourceFile, fn: SyntaxNode, calls: readonly SyntaxNode[]): SyntaxNode[] {
  if (calls.length === 0) return [];
  const recovered = recoveredVariables(file, fn);
  return calls.filter((call) => {
    const value = callArguments(call)[0];
    if (!value) return true;
    const { variables, recovers } = mentions(file, value);
    return !recovers && ![...variables].some((v) => recovered.has(v));
  });
}
