// The `defer conn.Close()` quick fix for a connection dialled in a function: placed right after
// the error check that follows the dial.
import type { DialSite, LocalConn } from '../flow/client-conns';
import { blockStatements, field, unparen, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import { callNeverReturns } from '../knowledge/never-returns';
import type { Fix } from '../types';
import { insertStatementAfter } from './edits';

function terminates(file: SourceFile, stmt: SyntaxNode | undefined): boolean {
  if (!stmt) return false;
  if (stmt.type === 'return_statement') return true;
  if (stmt.type !== 'expression_statement') return false;
  const call = stmt.namedChild(0);
  if (call?.type !== 'call_expression') return false;
  return callNeverReturns(file, call);
}

/** `if err != nil { …; return }` with no init statement and no else: after it, conn is usable. */
function isErrorCheck(file: SourceFile, stmt: SyntaxNode | undefined, errName: string): stmt is SyntaxNode {
  if (stmt?.type !== 'if_statement' || field(stmt, 'initializer') || field(stmt, 'alternative')) return false;
  const condition = field(stmt, 'condition');
  const cond = condition ? unparen(condition) : null;
  if (cond?.type !== 'binary_expression' || cond.childForFieldName('operator')?.text !== '!=') return false;
  const [left, right] = [field(cond, 'left'), field(cond, 'right')];
  if (left?.type !== 'identifier' || left.text !== errName || right?.type !== 'nil') return false;
  const body = blockStatements(field(stmt, 'consequence'));
  return terminates(file, body[body.length - 1]);
}

/** Whether a loop lies between node and the end of fn: a defer there would pile up per iteration. */
function insideLoop(node: SyntaxNode, fn: SyntaxNode): boolean {
  for (let n = node.parent; n && n.id !== fn.id; n = n.parent) if (n.type === 'for_statement') return true;
  return false;
}

/** `defer conn.Close()` right after the error check that follows the dial. */
export function deferCloseFix(file: SourceFile, site: DialSite, local: LocalConn): Fix[] {
  if (!local.err || insideLoop(local.statement, site.fn)) return [];
  const parent = local.statement.parent;
  if (!parent) return [];
  const siblings = blockStatements(parent.type === 'statement_list' ? parent.parent : parent);
  const next = siblings[siblings.findIndex((s) => s.id === local.statement.id) + 1];
  if (!isErrorCheck(file, next, local.err.text)) return [];
  const statement = `defer ${local.conn.text}.Close()`;
  return [{ title: `Close the connection when the function returns: ${statement}`, edits: [insertStatementAfter(file, next, statement)] }];
}
