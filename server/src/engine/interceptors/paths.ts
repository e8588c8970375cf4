// Does every path through an interceptor call next? A forward walk over the statements that
// carries "next was called on every path reaching here" and judges each return on the way.
import { blockStatements, field, functionBody, namedChildren, someStartsIn, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import { callNeverReturns } from '../knowledge/never-returns';
import { inOwnBody, nextCalls, nextEscapes, ownBodyNodes, parameterUses } from './own-body';
import type { InterceptorShape } from './shape';

export interface NextPaths {
  /** next is passed on, stored or called in a closure: paths cannot be judged (nothing is reported). */
  unknown: boolean;
  /** next is never called (or is `_`/unnamed) and some return reports success. */
  neverCalled: boolean;
  /** Returns that answer "success, nothing" (`return nil, nil`, a client's `return nil`) on a path that did not call next. */
  emptyReturns: SyntaxNode[];
}

interface Flow {
  /** next was called on every path that leaves this piece of code normally. */
  called: boolean;
  /** No path leaves it normally (return, panic, continue…). */
  terminates: boolean;
}

const SWITCH_TYPES = new Set(['expression_switch_statement', 'type_switch_statement', 'select_statement']);
const CASE_TYPES = new Set(['expression_case', 'type_case', 'communication_case', 'default_case']);

function returnValues(ret: SyntaxNode): SyntaxNode[] {
  const list = namedChildren(ret)[0];
  if (!list) return [];
  return list.type === 'expression_list' ? namedChildren(list) : [list];
}

/** `return nil, nil` or `return nil`: success without an answer. A bare return (named results) is not judged. */
function isEmptySuccessReturn(ret: SyntaxNode): boolean {
  const values = returnValues(ret);
  return values.length > 0 && values.every((v) => v.type === 'nil');
}

/** A return whose error result is literally nil: it claims success. */
function isSuccessReturn(ret: SyntaxNode): boolean {
  const values = returnValues(ret);
  return values.length > 0 && values[values.length - 1]!.type === 'nil';
}

/** Statement nesting beyond this is not followed (the walk recurses per nesting level). */
const MAX_DEPTH = 200;

class PathWalker {
  readonly emptyReturns: SyntaxNode[] = [];
  /** Set when nesting went beyond MAX_DEPTH: the result is not trusted. */
  tooDeep = false;
  private depth = 0;

  constructor(
    private readonly file: SourceFile,
    /** The own body's calls to next, in source order. */
    private readonly nextCalls: readonly SyntaxNode[],
    /** The ids of the own body's for statements with a break or goto anywhere inside. */
    private readonly loopsLeft: ReadonlySet<number>,
  ) {}

  /** Whether node (outside nested func literals) calls next: the first next call starting in it lies in it. */
  private calls(node: SyntaxNode | null | undefined): boolean {
    return !!node && someStartsIn(this.nextCalls, node);
  }

  private endsRun(stmt: SyntaxNode): boolean {
    const call = namedChildren(stmt)[0];
    if (call?.type !== 'call_expression') return false;
    return callNeverReturns(this.file, call);
  }

  sequence(stmts: SyntaxNode[], calledIn: boolean): Flow {
    let called = calledIn;
    for (const stmt of stmts) {
      const flow = this.statement(stmt, called);
      if (flow.terminates) return flow;
      called = flow.called;
    }
    return { called, terminates: false };
  }

  private statement(stmt: SyntaxNode, called: boolean): Flow {
    if (this.depth >= MAX_DEPTH) {
      this.tooDeep = true;
      return { called: true, terminates: false };
    }
    this.depth++;
    try {
      return this.statementKind(stmt, called);
    } finally {
      this.depth--;
    }
  }

  private statementKind(stmt: SyntaxNode, called: boolean): Flow {
    switch (stmt.type) {
      case 'return_statement':
        if (!called && !this.calls(stmt) && isEmptySuccessReturn(stmt)) this.emptyReturns.push(stmt);
        return { called: true, terminates: true };
      case 'expression_statement':
        if (this.endsRun(stmt)) return { called: true, terminates: true };
        return { called: called || this.calls(stmt), terminates: false };
      case 'block':
        return this.sequence(blockStatements(stmt), called);
      case 'labeled_statement': {
        const inner = namedChildren(stmt).find((c) => c.type !== 'label_name');
        return inner ? this.statement(inner, called) : { called, terminates: false };
      }
      case 'if_statement':
        return this.ifStatement(stmt, called);
      case 'for_statement':
        return this.forStatement(stmt, called);
      case 'break_statement':
        return { called, terminates: false };
      case 'continue_statement':
      case 'goto_statement':
        return { called: true, terminates: true };
      case 'go_statement':
      case 'defer_statement':
        // Neither runs next before the statements that follow.
        return { called, terminates: false };
      default:
        if (SWITCH_TYPES.has(stmt.type)) return this.switchStatement(stmt, called);
        return { called: called || this.calls(stmt), terminates: false };
    }
  }

  private ifStatement(stmt: SyntaxNode, calledIn: boolean): Flow {
    const c = calledIn || this.calls(field(stmt, 'initializer')) || this.calls(field(stmt, 'condition'));
    const consequence = field(stmt, 'consequence');
    const alternative = field(stmt, 'alternative');
    const branches = [consequence ? this.statement(consequence, c) : { called: c, terminates: false }];
    branches.push(alternative ? this.statement(alternative, c) : { called: c, terminates: false });
    return join(branches);
  }

  private forStatement(stmt: SyntaxNode, calledIn: boolean): Flow {
    const body = field(stmt, 'body');
    const header = namedChildren(stmt).filter((c) => c.id !== body?.id);
    const c = calledIn || header.some((h) => this.headerCalls(h));
    if (body) this.statement(body, c);
    // The body may run zero times; when it calls next, trust that it ran (precision over recall).
    const after = c || this.calls(body);
    return { called: after, terminates: header.length === 0 && !this.loopsLeft.has(stmt.id) };
  }

  /** A for clause's init and condition run before the body; its update does not. */
  private headerCalls(header: SyntaxNode): boolean {
    if (header.type !== 'for_clause') return this.calls(header);
    return this.calls(field(header, 'initializer')) || this.calls(field(header, 'condition'));
  }

  private switchStatement(stmt: SyntaxNode, calledIn: boolean): Flow {
    const c = calledIn || this.calls(field(stmt, 'initializer')) || this.calls(field(stmt, 'value'));
    const cases = namedChildren(stmt).filter((n) => CASE_TYPES.has(n.type));
    const branches: Flow[] = [];
    for (const kase of cases) {
      const entry = c || this.calls(field(kase, 'communication'));
      const stmts = namedChildren(kase)
        .filter((n) => n.type === 'statement_list')
        .flatMap((n) => namedChildren(n));
      branches.push(this.sequence(stmts, entry));
    }
    // A select always runs one case; a switch without default may run none.
    const covered = stmt.type === 'select_statement' || cases.some((k) => k.type === 'default_case');
    if (!covered) branches.push({ called: c, terminates: false });
    return join(branches);
  }
}

function join(branches: Flow[]): Flow {
  const open = branches.filter((b) => !b.terminates);
  if (open.length === 0) return { called: true, terminates: true };
  return { called: open.every((b) => b.called), terminates: false };
}

/**
 * The for statements of fn's own body with a break or goto anywhere inside (a break of an inner
 * loop or switch counts too), in one walk: a loop per nesting level would cost its square.
 */
function loopsWithBreak(file: SourceFile, fn: SyntaxNode): Set<number> {
  const marked = new Set<number>();
  const open: SyntaxNode[] = [];
  for (const n of ownBodyNodes(file, fn, 'for_statement', 'break_statement', 'goto_statement')) {
    // Pre-order: the loops still open are those whose text holds this node.
    while (open.length > 0 && open[open.length - 1]!.endIndex <= n.startIndex) open.pop();
    if (n.type === 'for_statement') open.push(n);
    else {
      // Outward until one is marked already: the ones around it are too.
      for (let i = open.length - 1; i >= 0 && !marked.has(open[i]!.id); i--) marked.add(open[i]!.id);
    }
  }
  return marked;
}

/**
 * The interceptor can answer on its own: a unary client one that touches reply outside the
 * invoker call (a client-side cache filling it), a stream server one that sends on the stream (connect: the conn).
 */
function answersItself(file: SourceFile, shape: InterceptorShape, next: ReadonlySet<number>): boolean {
  const own = (u: SyntaxNode) => inOwnBody(shape.fn, u);
  const replyUses = parameterUses(file, shape.fn, shape.replyName).filter(own);
  // reply handed to next is the invoker's to fill; any other use fills or reads it here.
  if (replyUses.some((u) => !next.has(u.parent?.parent?.id ?? -1))) return true;
  const send = shape.kind === 'connect-stream-handler' ? 'Send' : 'SendMsg';
  return parameterUses(file, shape.fn, shape.streamName)
    .filter(own)
    .some((u) => u.parent?.type === 'selector_expression' && field(u.parent, 'operand')?.id === u.id && field(u.parent, 'field')?.text === send);
}

export function analyzeNextPaths(file: SourceFile, shape: InterceptorShape): NextPaths {
  // A connect streaming client interceptor returns a conn, not an error: one of its own may be the answer.
  if (shape.kind === 'connect-stream-client') return { unknown: true, neverCalled: false, emptyReturns: [] };
  const calls = nextCalls(file, shape);
  if (nextEscapes(file, shape) || answersItself(file, shape, new Set(calls.map((c) => c.id)))) return { unknown: true, neverCalled: false, emptyReturns: [] };
  const returns = ownBodyNodes(file, shape.fn, 'return_statement');
  if (calls.length === 0) {
    return { unknown: false, neverCalled: returns.some(isSuccessReturn), emptyReturns: [] };
  }
  const walker = new PathWalker(file, calls, loopsWithBreak(file, shape.fn));
  walker.sequence(blockStatements(functionBody(shape.fn)), false);
  if (walker.tooDeep) return { unknown: true, neverCalled: false, emptyReturns: [] };
  return { unknown: false, neverCalled: false, emptyReturns: walker.emptyReturns };
}
