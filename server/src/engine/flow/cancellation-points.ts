// Cancellation points: statements after which a context is done (`<-ctx.Done()`, a select
// falling through from `case <-ctx.Done():`), and whether a call runs after one of its function's
// request context. Found once per file from the word `Done`.
import { isContextParameter, type RequestContext } from './request-context';
import { doneCallOperand, doneReceiveOperand, enclosingFunction, field, FUNCTION_TYPES, namedChildren, receiveOperand, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';

/** `done := x.Done()` (or `=`) inside owner: the x whose Done channel the variable `channel` names holds, or null. */
function doneChannelOperand(file: SourceFile, channel: SyntaxNode, owner: SyntaxNode): SyntaxNode | null {
  const variable = file.scopes.resolve(channel);
  if (!variable) return null;
  for (const node of [variable.node, ...file.scopes.usesOf(variable)]) {
    const list = node.parent;
    const binding = list?.parent;
    if (node.startIndex < owner.startIndex || node.endIndex > owner.endIndex || list?.type !== 'expression_list') continue;
    if ((binding?.type !== 'short_var_declaration' && binding?.type !== 'assignment_statement') || field(binding, 'left')?.id !== list.id) continue;
    const index = list.namedChildren.findIndex((c) => c?.id === node.id);
    const operand = doneCallOperand(field(binding, 'right')?.namedChildren[index]);
    if (operand) return operand;
  }
  return null;
}

/** `case <-x.Done():` of a select, or `case <-done:` with `done := x.Done()` in owner: x, or null. */
function doneCaseOperand(file: SourceFile, node: SyntaxNode, owner: SyntaxNode): SyntaxNode | null {
  if (node.type !== 'communication_case') return null;
  const communication = field(node, 'communication');
  if (communication?.type !== 'receive_statement' || field(communication, 'left')) return null;
  const receive = field(communication, 'right');
  const channel = receiveOperand(receive);
  if (channel?.type === 'identifier') return doneChannelOperand(file, channel, owner);
  return doneReceiveOperand(receive);
}

const LEAVING_STATEMENTS: ReadonlySet<string> = new Set(['return_statement', 'goto_statement', 'break_statement', 'continue_statement']);

/** The statements of a select case, after its communication. */
function caseStatements(caseNode: SyntaxNode): SyntaxNode[] {
  const list = namedChildren(caseNode).find((c) => c.type === 'statement_list');
  return namedChildren(list ?? null);
}

/**
 * A statement after which the context x is done: `<-x.Done()`, or a select whose `case <-x.Done():`
 * falls through to what follows the select.
 */
function cancellationPoint(file: SourceFile, stmt: SyntaxNode): SyntaxNode | null {
  if (stmt.type === 'expression_statement') return doneReceiveOperand(stmt.namedChild(0));
  if (stmt.type !== 'select_statement') return null;
  for (const caseNode of namedChildren(stmt)) {
    const operand = doneCaseOperand(file, caseNode, enclosingFunction(stmt) ?? stmt);
    const last = caseStatements(caseNode).at(-1);
    if (operand && !(last && LEAVING_STATEMENTS.has(last.type))) return operand;
  }
  return null;
}

interface CancellationPoint {
  /** The received-from context expression. */
  operand: SyntaxNode;
  /** Where the statement ends: what follows in its list runs after the context is done. */
  end: number;
}

/** Per file: statement-list id → the cancellation points listed in it, found once from the word `Done`. */
const cancellationPointsByFile = new WeakMap<SourceFile, Map<number, CancellationPoint[]>>();

function cancellationPoints(file: SourceFile): Map<number, CancellationPoint[]> {
  let byList = cancellationPointsByFile.get(file);
  if (byList) return byList;
  byList = new Map();
  for (const name of file.nodesAt('Done')) {
    let stmt: SyntaxNode | null = name;
    while (stmt && stmt.parent?.type !== 'statement_list' && !FUNCTION_TYPES.has(stmt.type)) stmt = stmt.parent;
    const list = stmt?.parent;
    const operand = stmt && list?.type === 'statement_list' ? cancellationPoint(file, stmt) : null;
    if (!stmt || !list || !operand) continue;
    const points = byList.get(list.id) ?? [];
    if (!points.some((p) => p.end === stmt.endIndex)) points.push({ operand, end: stmt.endIndex });
    byList.set(list.id, points);
  }
  cancellationPointsByFile.set(file, byList);
  return byList;
}

/**
 * Cleanup or graceful shutdown once the context is done: inside `case <-ctx.Done():`, or after
 * `<-ctx.Done()` (or a select falling through from it) in the same or an enclosing block.
 * The incoming context is cancelled there; a fresh one is the only way to give shutdown time.
 */
export function afterCancellation(file: SourceFile, call: SyntaxNode, context: RequestContext): boolean {
  const isContext = (operand: SyntaxNode | null) => !!operand && namesRequestContext(file, operand, context);
  const points = cancellationPoints(file);
  for (let n = call.parent; n && n.id !== context.owner.id; n = n.parent) {
    if (isContext(doneCaseOperand(file, n, context.owner))) return true;
    if (n.type === 'statement_list' && points.get(n.id)?.some((p) => p.end <= call.startIndex && isContext(p.operand))) return true;
  }
  return false;
}

/** The context's parameter itself (a local of the same name is another variable): `ctx`, or its expression `r.Context()` on the parameter `r`. */
function namesRequestContext(file: SourceFile, operand: SyntaxNode, context: RequestContext): boolean {
  if (operand.text !== context.paramName && operand.text !== context.expression) return false;
  let base: SyntaxNode | null = operand;
  while (base && base.type !== 'identifier')
    base = base.type === 'call_expression' ? field(base, 'function') : base.type === 'selector_expression' ? field(base, 'operand') : null;
  return !!base && isContextParameter(file, base, context);
}
