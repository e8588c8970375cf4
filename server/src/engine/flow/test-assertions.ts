// Does test code assert that a call fails? `assert.Error(t, f(nil))`, `require.Panics(t,
// func() { f(nil) })`, `_, err := f(nil)` followed by `if err == nil { t.Fatal(…) }`: a call
// made to check that bad input is rejected, whose bad input is no mistake.
import { callArguments, field, FUNCTION_TYPES, namedChildren, unparen, walk, type SyntaxNode } from '../go/syntax';
import { hasDeferredRecover } from '../interceptors/recovery';
import type { SourceFile } from '../go/source-file';
import { TESTING_PKG, testingParameters } from '../knowledge/testing-api';

/** Assertions (testify's assert/require, suites) that pass when their argument is an error. */
const ERROR_ASSERTIONS: ReadonlySet<string> = new Set([
  'Error',
  'Errorf',
  'ErrorIs',
  'ErrorIsf',
  'ErrorAs',
  'ErrorAsf',
  'ErrorContains',
  'ErrorContainsf',
  'EqualError',
  'EqualErrorf',
  'NotNil',
  'NotNilf',
]);

/** Calls that fail a test (or stop it) when reached. */
const FAILURES: ReadonlySet<string> = new Set(['Fatal', 'Fatalf', 'Error', 'Errorf', 'Fail', 'FailNow', 'panic']);

/** The last name of a callee: `Panics` for `require.Panics`, `s.Require().Panics`, `panic` for `panic`. */
function calleeName(call: SyntaxNode): string | null {
  const fn = field(call, 'function');
  if (fn?.type === 'identifier') return fn.text;
  return fn?.type === 'selector_expression' ? (field(fn, 'field')?.text ?? null) : null;
}

/** The receiver of a method call's callee as written (`t` in `t.Error`), if an identifier. */
function receiverName(call: SyntaxNode): string | null {
  const fn = field(call, 'function');
  const operand = fn?.type === 'selector_expression' ? field(fn, 'operand') : null;
  return operand?.type === 'identifier' ? operand.text : null;
}

/** True when stmt fails the test somewhere inside (`t.Fatal(…)`, `t.Errorf(…)`, `panic(…)`). */
function fails(stmt: SyntaxNode): boolean {
  let found = false;
  walk(stmt, (n) => {
    if (n.type === 'call_expression' && FAILURES.has(calleeName(n) ?? '')) found = true;
    return !found && !FUNCTION_TYPES.has(n.type);
  });
  return found;
}

/** `x == nil` or `nil == x`, where x is one of names (or the asserted call itself). */
function comparesWithNil(condition: SyntaxNode | null, matches: (operand: SyntaxNode) => boolean): boolean {
  const node = condition ? unparen(condition) : null;
  if (node?.type !== 'binary_expression' || field(node, 'operator')?.text !== '==') return false;
  const [left, right] = [field(node, 'left'), field(node, 'right')];
  if (!left || !right) return false;
  return (right.type === 'nil' && matches(unparen(left))) || (left.type === 'nil' && matches(unparen(right)));
}

/** `if <x> == nil { t.Fatal(…) }`. */
function failsWhenNil(stmt: SyntaxNode | null, matches: (operand: SyntaxNode) => boolean): boolean {
  return stmt?.type === 'if_statement' && comparesWithNil(field(stmt, 'condition'), matches) && fails(field(stmt, 'consequence') ?? stmt);
}

/** A call to an error assertion, not to a testing.T's own Error/Errorf (which only logs). */
function isErrorAssertion(call: SyntaxNode | null, testingNames: ReadonlySet<string>): boolean {
  if (call?.type !== 'call_expression' || !ERROR_ASSERTIONS.has(calleeName(call) ?? '')) return false;
  const receiver = receiverName(call);
  return receiver === null || !testingNames.has(receiver);
}

/** `assert.Error(t, err)` with one of names among its arguments. */
function assertsErrorOf(stmt: SyntaxNode | null, names: ReadonlySet<string>, testingNames: ReadonlySet<string>): boolean {
  const call = stmt?.type === 'expression_statement' ? stmt.namedChild(0) : null;
  return isErrorAssertion(call, testingNames) && callArguments(call!).some((arg) => arg.type === 'identifier' && names.has(arg.text));
}

/** The next statement after stmt in its list, skipping comments. */
function nextStatement(stmt: SyntaxNode): SyntaxNode | null {
  let next = stmt.nextNamedSibling;
  while (next?.type === 'comment') next = next.nextNamedSibling;
  return next;
}

/** `_, err := call` / `err = call` then a check that err is not nil (in an if's header, or the next statement). */
function resultAssertedNotNil(call: SyntaxNode, testingNames: ReadonlySet<string>): boolean {
  const list = call.parent;
  const stmt = list?.type === 'expression_list' ? list.parent : null;
  if ((stmt?.type !== 'short_var_declaration' && stmt?.type !== 'assignment_statement') || field(stmt, 'right')?.id !== list!.id) return false;
  const names = new Set(namedChildren(field(stmt, 'left')).flatMap((n) => (n.type === 'identifier' && n.text !== '_' ? [n.text] : [])));
  if (names.size === 0) return false;
  const isName = (operand: SyntaxNode) => operand.type === 'identifier' && names.has(operand.text);
  const owner = stmt.parent;
  if (owner?.type === 'if_statement' && field(owner, 'initializer')?.id === stmt.id) return failsWhenNil(owner, isName);
  const next = nextStatement(stmt);
  return failsWhenNil(next, isName) || assertsErrorOf(next, names, testingNames);
}

/** The asserted call is a direct operand: `assert.Error(t, f(nil))`, `if f(nil) == nil { t.Fatal() }`. */
function callAssertedDirectly(call: SyntaxNode, testingNames: ReadonlySet<string>): boolean {
  const parent = call.parent;
  if (parent?.type === 'argument_list' && isErrorAssertion(parent.parent, testingNames)) return true;
  const comparison = parent?.type === 'binary_expression' ? parent : null;
  const ifStmt = comparison?.parent?.type === 'if_statement' ? comparison.parent : null;
  return !!ifStmt && field(ifStmt, 'condition')?.id === comparison!.id && failsWhenNil(ifStmt, (operand) => operand.id === call.id);
}

/** Per file, whether each function (by node id) defers a recover(): each body is walked once, however many calls it holds. */
const recoversByFile = new WeakMap<SourceFile, Map<number, boolean>>();

function defersRecover(file: SourceFile, fn: SyntaxNode): boolean {
  let known = recoversByFile.get(file);
  if (!known) recoversByFile.set(file, (known = new Map()));
  let recovers = known.get(fn.id);
  // The text says first whether the walk is needed at all (most test functions never recover).
  if (recovers === undefined) known.set(fn.id, (recovers = file.text.slice(fn.startIndex, fn.endIndex).includes('recover(') && hasDeferredRecover(file, fn)));
  return recovers;
}

/** `require.Panics(t, func() { … })` around fn, or a deferred recover() in fn itself. */
function expectsPanic(file: SourceFile, fn: SyntaxNode): boolean {
  const holder = fn.type === 'func_literal' && fn.parent?.type === 'argument_list' ? fn.parent.parent : null;
  if (holder?.type === 'call_expression' && (calleeName(holder) ?? '').startsWith('Panics')) return true;
  return defersRecover(file, fn);
}

/**
 * True when call sits in test code (a `_test.go` file, or a function taking a testing type)
 * that checks it is rejected: its error is asserted non-nil, or it is expected to panic.
 */
export function assertsRejected(file: SourceFile, call: SyntaxNode): boolean {
  if (!file.imports.has(TESTING_PKG)) return false;
  const functions: SyntaxNode[] = [];
  for (let n = call.parent; n; n = n.parent) if (FUNCTION_TYPES.has(n.type)) functions.push(n);
  const testingNames = new Set(functions.flatMap((fn) => testingParameters(file, fn).flatMap((p) => (p.name ? [p.name] : []))));
  if (testingNames.size === 0 && !file.path.endsWith('_test.go')) return false;
  const innermost = functions[0];
  return callAssertedDirectly(call, testingNames) || resultAssertedNotNil(call, testingNames) || (!!innermost && expectsPanic(file, innermost));
}
