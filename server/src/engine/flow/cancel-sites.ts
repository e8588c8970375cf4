// Where a context.With{Cancel,Timeout,Deadline}[Cause] result is bound: `ctx, cancel := …`.
import { callOfSelectorField, field, namedChildren, unparen, type SyntaxNode } from '../go/syntax';
import { CANCEL_FUNCS, CONTEXT_PKG } from '../knowledge/context-api';
import type { SourceFile } from '../go/source-file';

export interface CancelSite {
  /** The short_var_declaration, assignment_statement or var_spec. */
  statement: SyntaxNode;
  /** The call to context.WithX. */
  call: SyntaxNode;
  /** Which function: WithCancel, WithTimeout, … */
  funcName: string;
  /** The left-hand expression receiving the ctx. */
  ctxTarget: SyntaxNode;
  /** The left-hand expression receiving the cancel func (`_`, an identifier, a field …). */
  cancelTarget: SyntaxNode;
  /** True for `:=` and `var`, false for `=`. */
  declares: boolean;
}

function leftAndRight(stmt: SyntaxNode): [SyntaxNode[], SyntaxNode[]] | null {
  if (stmt.type === 'short_var_declaration' || stmt.type === 'assignment_statement') {
    if (stmt.type === 'assignment_statement' && field(stmt, 'operator')?.text !== '=') return null;
    return [namedChildren(field(stmt, 'left')), namedChildren(field(stmt, 'right'))];
  }
  if (stmt.type === 'var_spec') {
    const names = stmt.childrenForFieldName('name').filter((n): n is SyntaxNode => n !== null);
    return [names, namedChildren(field(stmt, 'value'))];
  }
  return null;
}

/** Statement kinds that can bind a WithX result. */
const BINDING_TYPES: ReadonlySet<string> = new Set(['short_var_declaration', 'assignment_statement', 'var_spec']);

/** The statement binding the call's results: through parentheses and the right-hand expression list. */
function bindingStatement(call: SyntaxNode): SyntaxNode | null {
  let n = call.parent;
  while (n?.type === 'parenthesized_expression') n = n.parent;
  if (n?.type !== 'expression_list') return null;
  return n.parent && BINDING_TYPES.has(n.parent.type) ? n.parent : null;
}

/** How a call yielding two values is bound: `a, b := call`, `a, b = call`, `var a, b = call`. */
export interface PairBinding {
  statement: SyntaxNode;
  first: SyntaxNode;
  second: SyntaxNode;
  /** True for `:=` and `var`, false for `=`. */
  declares: boolean;
}

/** The two-name binding of call's results, or null when they are not bound to exactly two names. */
export function pairBinding(call: SyntaxNode): PairBinding | null {
  const statement = bindingStatement(call);
  const sides = statement && leftAndRight(statement);
  if (!statement || !sides) return null;
  const [left, right] = sides;
  if (left.length !== 2 || right.length !== 1 || unparen(right[0]!).id !== call.id) return null;
  return { statement, first: left[0]!, second: left[1]!, declares: statement.type !== 'assignment_statement' };
}

/** Several rules read the sites of the same file: find them once per SourceFile. */
const sitesByFile = new WeakMap<SourceFile, readonly CancelSite[]>();

/** Every binding of a WithX result, in source order; found from the function names in the text (no tree walk). */
export function findCancelSites(file: SourceFile): readonly CancelSite[] {
  const cached = sitesByFile.get(file);
  if (cached) return cached;
  const sites: CancelSite[] = [];
  const names = file.imports.has(CONTEXT_PKG) ? [...CANCEL_FUNCS.keys()] : [];
  for (const name of names) {
    for (const node of file.nodesAt(name)) {
      const call = callOfSelectorField(node);
      const binding = call && pairBinding(call);
      if (!call || !binding) continue;
      const callee = file.callee(call);
      if (!callee || callee.pkg !== CONTEXT_PKG || callee.name !== name) continue;
      sites.push({ statement: binding.statement, call, funcName: name, ctxTarget: binding.first, cancelTarget: binding.second, declares: binding.declares });
    }
  }
  sites.sort((a, b) => a.statement.startIndex - b.statement.startIndex);
  sitesByFile.set(file, sites);
  return sites;
}
