// Where a context.With{Cancel,Timeout,Deadline}[Cause] result is bound: `ctx, cancel := …`.
import { field, namedChildren, unparen, type SyntaxNode } from '../go/syntax';
import { CANCEL_FUNCS, CONTEXT_PKG } from '../knowledge/context-api';
import type { SourceFile } from '../source-file';

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

/** Statement kinds that can bind a WithX result; found natively (a JS-side walk costs more than the parse). */
const BINDING_TYPES = ['short_var_declaration', 'assignment_statement', 'var_spec'];

/** Several rules read the sites of the same file: find them once per SourceFile. */
const sitesByFile = new WeakMap<SourceFile, readonly CancelSite[]>();

export function findCancelSites(file: SourceFile): readonly CancelSite[] {
  const cached = sitesByFile.get(file);
  if (cached) return cached;
  const sites: CancelSite[] = [];
  // Calling context.WithX needs the context import; most files can be passed over.
  const bindings = file.imports.has(CONTEXT_PKG) && file.text.includes('With') ? file.root.descendantsOfType(BINDING_TYPES) : [];
  for (const node of bindings) {
    const sides = leftAndRight(node);
    if (!sides) continue;
    const [left, right] = sides;
    if (left.length !== 2 || right.length !== 1) continue;
    const call = unparen(right[0]!);
    const callee = file.callee(call);
    if (!callee || callee.pkg !== CONTEXT_PKG || !CANCEL_FUNCS.has(callee.name)) continue;
    sites.push({
      statement: node,
      call,
      funcName: callee.name,
      ctxTarget: left[0]!,
      cancelTarget: left[1]!,
      declares: node.type !== 'assignment_statement',
    });
  }
  sitesByFile.set(file, sites);
  return sites;
}
