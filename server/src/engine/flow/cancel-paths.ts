// Path-sensitive check over the syntax tree: from a cancel site, does every path call the
// cancel func before it leaves the variable's scope (return, end of block, break, continue)?
// Structured control flow only: select, goto, labels, fallthrough and loops around a rebound
// variable give 'unknown'.
import { doneReceiveOperand, field, namedChildren, type SyntaxNode } from '../go/syntax';
import { callNeverReturns } from '../knowledge/never-returns';
import type { SourceFile } from '../go/source-file';
import type { CancelVar } from './cancel-var';

export type PathVerdict = 'called' | 'leaks' | 'unknown';

/** What uncalled paths through a statement do: each flag says some path does it without a call. */
interface Flow {
  falls: boolean;
  breaks: boolean;
  continues: boolean;
  leaks: boolean;
  doubt: boolean;
}

const NOTHING: Flow = { falls: false, breaks: false, continues: false, leaks: false, doubt: false };
const FALLS: Flow = { ...NOTHING, falls: true };
const DOUBT: Flow = { ...NOTHING, doubt: true };

/**
 * Statements nested deeper than this (inwards from the site, or outwards to the variable's
 * scope) give 'unknown': the walk recurses once per level, and no hand-written Go nests so deep.
 */
export const MAX_NESTING = 200;

const UNKNOWABLE = new Set(['select_statement', 'goto_statement', 'labeled_statement', 'fallthrough_statement']);
const SWITCHES = new Set(['expression_switch_statement', 'type_switch_statement']);
const CASES = new Set(['expression_case', 'type_case', 'default_case']);

class PathWalker {
  private depth = 0;

  constructor(
    /** Where the variable's uses start (see CancelVar.mentions). */
    private readonly mentionOffsets: readonly number[],
    /** Calls that never return (panic, os.Exit, log.Fatal …): a path ends there without leaking. */
    private readonly endsProgram: (call: SyntaxNode) => boolean,
    /** Whether an operand names the derived context's variable: once `<-ctx.Done()` returned it is cancelled and released, as if cancel had run. */
    private readonly isContext: ((operand: SyntaxNode) => boolean) | null,
    /** The identifier a call would release if it names the variable: `cancel` of `cancel()`, `span` of `span.End()`. */
    private readonly released: (call: SyntaxNode) => SyntaxNode | null,
  ) {}

  sequence(statements: readonly SyntaxNode[]): Flow {
    const flow: Flow = { ...FALLS };
    for (const stmt of statements) {
      const step = this.statement(stmt);
      flow.breaks ||= step.breaks;
      flow.continues ||= step.continues;
      flow.leaks ||= step.leaks;
      flow.doubt ||= step.doubt;
      flow.falls = step.falls;
      if (!flow.falls || flow.doubt) break;
    }
    return flow;
  }

  private statement(stmt: SyntaxNode): Flow {
    if (UNKNOWABLE.has(stmt.type) || this.depth >= MAX_NESTING) return DOUBT;
    this.depth++;
    try {
      return this.nested(stmt);
    } finally {
      this.depth--;
    }
  }

  private nested(stmt: SyntaxNode): Flow {
    switch (stmt.type) {
      case 'expression_statement':
      case 'defer_statement':
      case 'go_statement': {
        const call = namedChildren(stmt)[0];
        if (call?.type === 'call_expression' && this.isCancelCall(call)) return NOTHING;
        if (stmt.type === 'expression_statement' && call?.type === 'call_expression' && this.endsProgram(call)) return NOTHING;
        if (stmt.type === 'expression_statement' && call && this.waitsForDone(call)) return NOTHING;
        return this.simple(stmt);
      }
      case 'return_statement':
        return { ...NOTHING, leaks: true };
      case 'break_statement':
        return field(stmt, 'label') || namedChildren(stmt).length > 0 ? DOUBT : { ...NOTHING, breaks: true };
      case 'continue_statement':
        return field(stmt, 'label') || namedChildren(stmt).length > 0 ? DOUBT : { ...NOTHING, continues: true };
      case 'block':
        return this.sequence(blockBody(stmt));
      case 'if_statement':
        return this.ifStatement(stmt);
      case 'expression_switch_statement':
      case 'type_switch_statement':
        return this.switchStatement(stmt);
      case 'for_statement':
        return this.forStatement(stmt);
      default:
        return this.simple(stmt);
    }
  }

  /** A statement without control flow: it cannot call the cancel func, and must not touch it. */
  private simple(stmt: SyntaxNode): Flow {
    return this.mentions(stmt) ? DOUBT : FALLS;
  }

  private ifStatement(stmt: SyntaxNode): Flow {
    const initializer = field(stmt, 'initializer');
    const condition = field(stmt, 'condition');
    if ((initializer && this.mentions(initializer)) || (condition && this.mentions(condition))) return DOUBT;
    const consequence = this.sequence(blockBody(field(stmt, 'consequence')));
    const alternative = field(stmt, 'alternative');
    const other = alternative ? this.statement(alternative) : FALLS;
    return union(consequence, other);
  }

  private switchStatement(stmt: SyntaxNode): Flow {
    let flow: Flow = { ...NOTHING };
    let hasDefault = false;
    for (const child of namedChildren(stmt)) {
      if (!CASES.has(child.type)) {
        if (this.mentions(child)) return DOUBT;
        continue;
      }
      if (child.type === 'default_case') hasDefault = true;
      const body = this.sequence(caseBody(child));
      flow = union(flow, { ...body, falls: body.falls || body.breaks, breaks: false });
    }
    return hasDefault ? flow : union(flow, FALLS);
  }

  private forStatement(stmt: SyntaxNode): Flow {
    const body = field(stmt, 'body');
    const header = namedChildren(stmt).filter((c) => c.id !== body?.id);
    if (header.some((h) => this.mentions(h))) return DOUBT;
    const flow = this.sequence(blockBody(body));
    // A loop may run zero times; `for {}` (no condition) only ends through break.
    const endless = header.length === 0 || (header[0]!.type === 'for_clause' && !field(header[0]!, 'condition'));
    return { ...NOTHING, leaks: flow.leaks, doubt: flow.doubt, falls: !endless || flow.breaks };
  }

  /** `<-ctx.Done()` on the derived context itself. */
  private waitsForDone(expression: SyntaxNode): boolean {
    const operand = doneReceiveOperand(expression);
    return !!operand && !!this.isContext && this.isContext(operand);
  }

  private isCancelCall(call: SyntaxNode): boolean {
    const released = this.released(call);
    return !!released && this.mentionOffsets.includes(released.startIndex);
  }

  private mentions(node: SyntaxNode): boolean {
    return this.mentionOffsets.some((at) => at >= node.startIndex && at < node.endIndex);
  }
}

function union(a: Flow, b: Flow): Flow {
  return {
    falls: a.falls || b.falls,
    breaks: a.breaks || b.breaks,
    continues: a.continues || b.continues,
    leaks: a.leaks || b.leaks,
    doubt: a.doubt || b.doubt,
  };
}

function blockBody(block: SyntaxNode | null): SyntaxNode[] {
  return namedChildren(block).flatMap((c) => (c.type === 'statement_list' ? namedChildren(c) : [c]));
}

function caseBody(clause: SyntaxNode): SyntaxNode[] {
  return namedChildren(clause)
    .filter((c) => c.type === 'statement_list')
    .flatMap((c) => namedChildren(c));
}

function followingStatements(stmt: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let n = stmt.nextNamedSibling; n; n = n.nextNamedSibling) if (n.type !== 'comment') out.push(n);
  return out;
}

/** Methods that stop the goroutine on testing.T/B and on most loggers (t.Fatal, logger.Fatalf …). */
const STOPPING_METHODS: ReadonlySet<string> = new Set(['Fatal', 'Fatalf', 'Fatalln', 'FailNow', 'Skip', 'Skipf', 'SkipNow']);

/** After a call that never returns (panic, os.Exit, log.Fatal, t.Fatal …) nothing runs: the path ends without a leak worth reporting. */
export function endsProgram(file: SourceFile, call: SyntaxNode): boolean {
  if (callNeverReturns(file, call)) return true;
  if (file.callee(call)) return false;
  const fn = field(call, 'function');
  const method = fn?.type === 'selector_expression' ? field(fn, 'field')?.text : undefined;
  return !!method && STOPPING_METHODS.has(method);
}

/** `f()`: the identifier called, which releases a cancel func. */
export function calledIdentifier(call: SyntaxNode): SyntaxNode | null {
  const fn = field(call, 'function');
  return fn?.type === 'identifier' ? fn : null;
}

/**
 * Follows the uncalled paths from the site's statement outwards until they are all
 * satisfied (a releasing call) or one leaves the variable's scope.
 */
export function cancelPathVerdict(
  variable: CancelVar,
  endsProgram: (call: SyntaxNode) => boolean,
  isContext: ((operand: SyntaxNode) => boolean) | null = null,
  released: (call: SyntaxNode) => SyntaxNode | null = calledIdentifier,
): PathVerdict {
  const walker = new PathWalker(variable.mentions, endsProgram, isContext, released);
  let pending = { falls: true, breaks: false, continues: false };
  let current = variable.statement;
  for (let level = 0; level < MAX_NESTING; level++) {
    if (pending.falls) {
      const rest = walker.sequence(followingStatements(current));
      if (rest.doubt) return 'unknown';
      if (rest.leaks) return 'leaks';
      pending = { falls: rest.falls, breaks: pending.breaks || rest.breaks, continues: pending.continues || rest.continues };
    }
    if (!pending.falls && !pending.breaks && !pending.continues) return 'called';
    const list = current.parent!;
    if (list.id === variable.scope.id) return 'leaks';
    const outer = enclosingListed(list);
    if (!outer) return 'unknown';
    if (SWITCHES.has(outer.type)) pending = { ...pending, falls: pending.falls || pending.breaks, breaks: false };
    current = outer;
  }
  return 'unknown';
}

/** The listed statement whose block or case holds list: a bare block, an if chain or a switch. Null for loops and anything else. */
function enclosingListed(list: SyntaxNode): SyntaxNode | null {
  let n = list.parent;
  if (n?.type === 'block') n = n.parent;
  else if (n && CASES.has(n.type)) n = n.parent;
  else return null;
  while (n?.type === 'if_statement' && n.parent?.type === 'if_statement') n = n.parent;
  if (!n || !(n.type === 'if_statement' || n.type === 'statement_list' || SWITCHES.has(n.type))) {
    return null;
  }
  // A bare block statement: n is the list holding it; step back to the block itself.
  if (n.type === 'statement_list') return list.parent!;
  return n.parent?.type === 'statement_list' ? n : null;
}
