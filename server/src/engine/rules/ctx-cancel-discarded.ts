import { insertStatementAfter, replaceNode } from '../fixes/edits';
import { findCancelSites, type CancelSite } from '../flow/cancel-sites';
import { freshName } from '../fixes/names';
import { enclosingFunction, functionBody, type SyntaxNode } from '../go/syntax';
import { CANCEL_FUNCS } from '../knowledge/context-api';
import type { SourceFile } from '../source-file';
import type { Fix } from '../types';
import type { FileRule } from './rule';

const LOOP_OR_FUNCTION = new Set(['for_statement', 'func_literal', 'function_declaration', 'method_declaration']);

/** A fix is offered where `defer cancel()` can follow the statement in the same block, outside loops. */
function canDeferAfter(site: CancelSite): boolean {
  if (site.statement.type !== 'short_var_declaration') return false;
  const parent = site.statement.parent;
  if (!parent || (parent.type !== 'statement_list' && parent.type !== 'block')) return false;
  for (let n: SyntaxNode | null = parent; n; n = n.parent) {
    if (LOOP_OR_FUNCTION.has(n.type)) return n.type !== 'for_statement';
  }
  return false;
}

function deferFix(file: SourceFile, site: CancelSite): Fix[] {
  if (!canDeferAfter(site)) return [];
  const fn = enclosingFunction(site.statement);
  const body = fn ? functionBody(fn) : null;
  if (!body) return [];
  const name = freshName(body, 'cancel');
  const callText = CANCEL_FUNCS.get(site.funcName)!.callText.replace('cancel', name);
  return [
    {
      title: `Name the cancel func and defer ${callText}`,
      edits: [replaceNode(file, site.cancelTarget, name), insertStatementAfter(file, site.statement, `defer ${callText}`)],
    },
  ];
}

export const ctxCancelDiscarded: FileRule = {
  meta: {
    id: 'ctx-cancel-discarded',
    defaultSeverity: 'error',
    summary: 'The cancel func of context.WithCancel/WithTimeout/WithDeadline is assigned to _ and never called.',
    fixable: true,
  },
  scope: 'file',
  check({ file, report }) {
    for (const site of findCancelSites(file)) {
      if (site.cancelTarget.type !== 'identifier' || site.cancelTarget.text !== '_') continue;
      report({
        node: site.cancelTarget,
        message: `the cancel func of context.${site.funcName} is discarded: the context's timer and resources live until the parent is cancelled`,
        fixes: deferFix(file, site),
      });
    }
  },
};
