import { GRPC_NEEDS } from '../knowledge/grpc-api';
import { insertStatementAfter } from '../fixes/edits';
import { connFate, findDialSites, localConnOf, type DialSite, type LocalConn } from '../flow/client-conns';
import { requestScopeOf, type RequestScope } from '../flow/request-scope';
import { blockStatements, field, unparen, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import type { Fix } from '../types';
import type { FileRule } from './rule';

const SCOPE_NAMES: Record<RequestScope, string> = {
  'http-handler': 'an HTTP handler',
  'grpc-interceptor': 'a gRPC interceptor',
  'grpc-method': 'a gRPC service method',
};

/** Calls after which an `if err != nil` branch does not fall through. */
const TERMINATING_CALLS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['log', new Set(['Fatal', 'Fatalf', 'Fatalln', 'Panic', 'Panicf', 'Panicln'])],
  ['os', new Set(['Exit'])],
]);

function terminates(file: SourceFile, stmt: SyntaxNode | undefined): boolean {
  if (!stmt) return false;
  if (stmt.type === 'return_statement') return true;
  if (stmt.type !== 'expression_statement') return false;
  const call = stmt.namedChild(0);
  if (call?.type !== 'call_expression') return false;
  const fn = field(call, 'function');
  if (fn?.type === 'identifier' && fn.text === 'panic') return true;
  const callee = file.callee(call);
  return !!callee && !!TERMINATING_CALLS.get(callee.pkg)?.has(callee.name);
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
function deferCloseFix(file: SourceFile, site: DialSite, local: LocalConn): Fix[] {
  if (!local.err || insideLoop(local.statement, site.fn)) return [];
  const parent = local.statement.parent;
  if (!parent) return [];
  const siblings = blockStatements(parent.type === 'statement_list' ? parent.parent : parent);
  const next = siblings[siblings.findIndex((s) => s.id === local.statement.id) + 1];
  if (!isErrorCheck(file, next, local.err.text)) return [];
  const statement = `defer ${local.conn.text}.Close()`;
  return [{ title: `Close the connection when the function returns: ${statement}`, edits: [insertStatementAfter(file, next, statement)] }];
}

function functionName(fn: SyntaxNode): string | null {
  return fn.type === 'func_literal' ? null : (field(fn, 'name')?.text ?? null);
}

/** main and init run once per process: a connection they never close lives as long as the process anyway. */
function runsOnce(fn: SyntaxNode): boolean {
  const name = functionName(fn);
  return fn.type === 'function_declaration' && (name === 'main' || name === 'init');
}

export const grpcDialInRequest: FileRule = {
  meta: {
    id: 'grpc-dial-in-request',
    defaultSeverity: 'warning',
    summary: 'A gRPC client connection created per request (in a handler or interceptor) or leaked on every call.',
    fixable: true,
    inTestCode: 'quiet',
    needs: GRPC_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    for (const site of findDialSites(file)) {
      const local = localConnOf(site);
      if (!local) continue;
      const fate = connFate(site, local);
      if (fate.escapes || fate.passed) continue;
      const dial = `grpc.${site.funcName}`;
      const scope = requestScopeOf(file, site.fn);
      const fixes = fate.closed || fate.kept ? [] : deferCloseFix(file, site, local);
      if (scope) {
        const cost = `${dial} in ${SCOPE_NAMES[scope]} opens a new client connection on every request (name resolution, TCP, TLS and HTTP/2 handshakes each time)`;
        const tail = fate.closed ? ': create it once at startup and share it' : ', and never closes it: one connection leaked per request';
        report({ node: site.callee, message: cost + tail, fixes });
        continue;
      }
      const name = functionName(site.fn);
      if (!name || runsOnce(site.fn) || fate.closed || fate.kept) continue;
      report({
        node: site.callee,
        message: `the connection from ${dial} is never closed and does not leave ${name}: a connection and its goroutines leaked on every call`,
        fixes,
      });
    }
  },
};
