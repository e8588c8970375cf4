import { seesGrpc } from '../flow/client-conns';
import type { Declaration } from '../go/scopes';
import type { SourceFile } from '../go/source-file';
import { callArguments, callOfSelectorField, containsNode, enclosingFunction, field, namedChildren, nodeRange, unparen, type SyntaxNode } from '../go/syntax';
import { GRPC_NEEDS, GRPC_PKG, REGISTER_SERVICE_METHOD, registrationCalls, SERVE_METHOD } from '../knowledge/grpc-api';
import { callNeverReturns } from '../knowledge/never-returns';
import type { FileRule } from './rule';

interface ServeStart {
  /** The server variable Serve is called on. */
  server: Declaration;
  call: SyntaxNode;
  /** The statement of the function registering that starts Serve: a `go` statement, or the statement blocking in Serve. */
  statement: SyntaxNode;
  inGoroutine: boolean;
}

/** `*grpc.Server` written as a type. */
function isGrpcServerType(file: SourceFile, type: SyntaxNode | null): boolean {
  const named = type?.type === 'pointer_type' ? type.namedChild(0) : null;
  if (named?.type !== 'qualified_type') return false;
  const pkg = field(named, 'package');
  return !!pkg && field(named, 'name')?.text === 'Server' && file.imports.pathOf(pkg.text) === GRPC_PKG;
}

/** The value decl is declared with (`s := v`, `var s = v`), at its position among the names. */
function declaredValue(decl: Declaration): SyntaxNode | null {
  const d = decl.declarer;
  const isShort = d.type === 'short_var_declaration';
  if (!isShort && d.type !== 'var_spec') return null;
  const names = isShort ? namedChildren(field(d, 'left')) : d.childrenForFieldName('name').filter((n): n is SyntaxNode => n !== null);
  const values = namedChildren(field(d, isShort ? 'right' : 'value'));
  const i = names.findIndex((n) => n.id === decl.node.id);
  return i >= 0 && values.length === names.length ? values[i]! : null;
}

/** The declaration of a local surely holding a *grpc.Server: made by grpc.NewServer, or a parameter so typed. */
function grpcServerOf(file: SourceFile, ident: SyntaxNode): Declaration | null {
  if (ident.type !== 'identifier') return null;
  const decl = file.scopes.resolve(ident);
  if (!decl) return null;
  if (decl.kind === 'param') return isGrpcServerType(file, field(decl.declarer, 'type')) ? decl : null;
  const value = decl.kind === 'var' ? declaredValue(decl) : null;
  return value && file.isCallTo(unparen(value), GRPC_PKG, 'NewServer') ? decl : null;
}

/** The statement of a block that holds node (node itself when it is one). */
function statementOf(node: SyntaxNode): SyntaxNode | null {
  for (let n: SyntaxNode | null = node; n; n = n.parent) {
    const holder = n.parent;
    if (holder?.type === 'statement_list' || holder?.type === 'block') return n;
  }
  return null;
}

/** The `go` statement starting literal (`go func() { … }()`), when it does. */
function goStatementOf(literal: SyntaxNode): SyntaxNode | null {
  const call = literal.parent;
  const statement = call?.parent;
  return call?.type === 'call_expression' && field(call, 'function')?.id === literal.id && statement?.type === 'go_statement' ? statement : null;
}

/** A call around Serve's that never returns (`log.Fatal(s.Serve(l))`): nothing after the statement runs. */
function endsProgram(file: SourceFile, call: SyntaxNode, statement: SyntaxNode): boolean {
  for (let n = call.parent; n && n.id !== statement.id; n = n.parent) {
    if (n.type === 'call_expression' && callNeverReturns(file, n)) return true;
  }
  return false;
}

function serveStarts(file: SourceFile): ServeStart[] {
  const out: ServeStart[] = [];
  for (const name of file.nodesAt(SERVE_METHOD)) {
    const call = callOfSelectorField(name);
    const operand = call ? field(field(call, 'function')!, 'operand') : null;
    const server = operand ? grpcServerOf(file, operand) : null;
    if (!call || !server || callArguments(call).length !== 1) continue;
    if (call.parent?.type === 'go_statement') {
      out.push({ server, call, statement: call.parent, inGoroutine: true });
      continue;
    }
    const owner = enclosingFunction(call);
    const go = owner?.type === 'func_literal' ? goStatementOf(owner) : null;
    if (go) {
      out.push({ server, call, statement: go, inGoroutine: true });
      continue;
    }
    const statement = statementOf(call);
    if (statement && !endsProgram(file, call, statement)) out.push({ server, call, statement, inGoroutine: false });
  }
  return out;
}

/** Calls registering a service on server: `s.RegisterService(…)` and `pb.Register<X>Server(s, …)`. */
function registrationsOn(file: SourceFile, server: Declaration): { call: SyntaxNode; label: string }[] {
  const out: { call: SyntaxNode; label: string }[] = [];
  for (const name of file.nodesAt(REGISTER_SERVICE_METHOD)) {
    const call = callOfSelectorField(name);
    const operand = call ? field(field(call, 'function')!, 'operand') : null;
    if (call && operand?.type === 'identifier' && file.scopes.resolve(operand) === server) out.push({ call, label: `${operand.text}.${name.text}` });
  }
  for (const registration of registrationCalls(file)) {
    const arg = unparen(registration.server);
    if (arg.type === 'identifier' && file.scopes.resolve(arg) === server) out.push({ call: registration.call, label: `Register${registration.service}Server` });
  }
  return out;
}

/** A statement after which the rest of its block does not run: return, goto, panic or a call that exits. */
function stopsBlock(file: SourceFile, statement: SyntaxNode): boolean {
  if (statement.type === 'return_statement' || statement.type === 'goto_statement') return true;
  const call = statement.type === 'expression_statement' ? statement.namedChild(0) : null;
  if (call?.type !== 'call_expression') return false;
  return callNeverReturns(file, call);
}

/** The registration runs after start whenever it runs: later in the same function, inside start's block, with nothing between that leaves the block. */
function runsAfter(file: SourceFile, start: ServeStart, registration: SyntaxNode): boolean {
  const block = start.statement.parent;
  const fn = enclosingFunction(start.statement);
  if (!block || registration.startIndex < start.statement.endIndex || !containsNode(block, registration)) return false;
  if (enclosingFunction(registration)?.id !== fn?.id) return false;
  for (const sibling of namedChildren(block)) {
    if (sibling.startIndex <= start.statement.startIndex) continue;
    if (containsNode(sibling, registration)) return true;
    if (stopsBlock(file, sibling)) return false;
  }
  return false;
}

export const grpcRegisterAfterServe: FileRule = {
  meta: {
    id: 'grpc-register-after-serve',
    defaultSeverity: 'error',
    summary: 'A service registered on a grpc.Server after its Serve started: grpc-go logs it fatally and the process exits.',
    fixable: false,
    inTestCode: 'report',
    needs: GRPC_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    if (!seesGrpc(file)) return;
    for (const start of serveStarts(file)) {
      const server = start.server.name;
      for (const { call, label } of registrationsOn(file, start.server)) {
        if (!runsAfter(file, start, call)) continue;
        const when = start.inGoroutine
          ? `${label} runs after ${server}.Serve was started in a goroutine: it races with Serve, and once Serve has begun`
          : `${label} runs only once ${server}.Serve has returned, and then`;
        report({
          node: call,
          message: `${when} grpc-go's RegisterService logs "grpc: Server.RegisterService after Server.Serve" fatally and the process exits; register every service before Serve`,
          related: [{ file: file.path, range: nodeRange(start.call), message: `${server}.Serve starts here` }],
        });
      }
    }
  },
};
