// Whether a function (a goroutine's func literal, an interceptor) does work that may panic, or
// only plumbing (stream receives and sends, channel operations, sync counters, cancellation,
// errors, logging) that a reviewer would not wrap in recover() or move inside recovery.
import { field, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import { PLUMBING_BUILTINS, PLUMBING_METHODS, PLUMBING_PACKAGES } from '../knowledge/stream-plumbing';

/** Protobuf getters (`msg.GetName()`) are nil-safe by design. */
const GETTER = /^Get\p{Lu}/u;

/** A local cancel or done func (`cancel(err)`, `done()`). */
const CANCEL_LIKE = /cancel|done/i;

function callDoesWork(file: SourceFile, call: SyntaxNode): boolean {
  const callee = field(call, 'function');
  if (callee?.type === 'identifier') return !PLUMBING_BUILTINS.has(callee.text) && !CANCEL_LIKE.test(callee.text);
  if (callee?.type !== 'selector_expression') return true;
  const operand = field(callee, 'operand');
  const name = field(callee, 'field')?.text ?? '';
  const importPath = operand?.type === 'identifier' ? file.imports.pathOf(operand.text) : undefined;
  if (importPath) return !PLUMBING_PACKAGES.has(importPath);
  return !PLUMBING_METHODS.has(name) && !GETTER.test(name);
}

const ELEMENT_WRITES = ['assignment_statement', 'inc_statement', 'dec_statement'];

/** `m[k] = v`, `m[k]++` (a node of ELEMENT_WRITES): a write to a map or slice element (a nil map or a bad index panics). */
function writesElement(node: SyntaxNode): boolean {
  const target = node.type === 'assignment_statement' ? field(node, 'left')?.namedChild(0) : node.namedChild(0);
  return target?.type === 'index_expression';
}

/**
 * fn's body (closures included) calls something other than plumbing or the calls it is given
 * (an interceptor's next), writes an element, or asserts a type.
 */
export function doesPanickingWork(file: SourceFile, fn: SyntaxNode, plumbingCalls: readonly SyntaxNode[] = []): boolean {
  const body = field(fn, 'body');
  if (!body) return false;
  const plumbing = new Set(plumbingCalls.map((c) => c.id));
  const within = (type: string) => file.nodesOfTypeIn(type, body.startIndex, body.endIndex);
  return (
    within('call_expression').some((call) => !plumbing.has(call.id) && callDoesWork(file, call)) ||
    within('type_assertion_expression').length > 0 ||
    ELEMENT_WRITES.some((type) => within(type).some(writesElement))
  );
}
