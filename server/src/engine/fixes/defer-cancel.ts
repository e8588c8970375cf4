// The `defer cancel()` quick fix shared by the cancel rules: where it can go and what it says.
import type { CancelSite } from '../flow/cancel-sites';
import type { SyntaxNode } from '../go/syntax';
import { CANCEL_FUNCS } from '../knowledge/context-api';

const LOOP_OR_FUNCTION = new Set(['for_statement', 'func_literal', 'function_declaration', 'method_declaration']);

/** A `defer` can follow a `:=` site in the same block, outside loops (it would run once per call, not per iteration). */
export function canDeferAfter(site: CancelSite): boolean {
  if (site.statement.type !== 'short_var_declaration') return false;
  const parent = site.statement.parent;
  if (!parent || (parent.type !== 'statement_list' && parent.type !== 'block')) return false;
  for (let n: SyntaxNode | null = parent; n; n = n.parent) {
    if (LOOP_OR_FUNCTION.has(n.type)) return n.type !== 'for_statement';
  }
  return false;
}

/** How the cancel func of funcName is called when bound to name: `cancel()`, or `cancel(nil)` for WithCancelCause. */
export function cancelCallText(funcName: string, name: string): string {
  return CANCEL_FUNCS.get(funcName)!.callText.replace('cancel', name);
}
