import { CONTEXT_NEEDS } from '../knowledge/context-api';
import { wrapLoopBodyInFunc } from '../fixes/wrap-in-func';
import { findCancelSites, type CancelSite } from '../flow/cancel-sites';
import { containsNode, enclosingFunction, field, FUNCTION_TYPES, namedChildren, type SyntaxNode } from '../go/syntax';
import { heldWithContext } from '../knowledge/context-api';
import { runsUnbounded } from '../go/loops';
import type { SourceFile } from '../go/source-file';
import type { Fix } from '../types';
import type { FileRule } from './rule';

/** The innermost for statement around node within its function, or null. */
function enclosingLoop(node: SyntaxNode): SyntaxNode | null {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === 'for_statement') return n;
    if (FUNCTION_TYPES.has(n.type)) return null;
  }
  return null;
}

/** The last site binding the variable callee names in the loop body, in a block around the defer and in the same function. */
function siteInLoop(file: SourceFile, sites: readonly CancelSite[], body: SyntaxNode, deferStmt: SyntaxNode, callee: SyntaxNode): CancelSite | undefined {
  const fn = enclosingFunction(deferStmt);
  let found: CancelSite | undefined;
  for (const s of sites) {
    // Positions first: a name is resolved only for the sites in the loop body before the defer.
    if (s.statement.startIndex > deferStmt.startIndex || !containsNode(body, s.statement)) continue;
    const block = s.statement.parent;
    if (!block || !containsNode(block, deferStmt) || !file.scopes.sameVariable(s.cancelTarget, callee)) continue;
    if (enclosingFunction(s.statement)?.id === fn?.id) found = s;
  }
  return found;
}

/** The derived ctx reaches a goroutine started in the loop: it must outlive the iteration, so the defer is deliberate. */
function ctxHandedToGoroutine(file: SourceFile, site: CancelSite, body: SyntaxNode): boolean {
  if (site.ctxTarget.type !== 'identifier') return false;
  return file.scopes.mentions(site.ctxTarget.text, body.startIndex, body.endIndex).some((use) => {
    if (!file.scopes.sameVariable(use, site.ctxTarget)) return false;
    for (let n = use.parent; n && n.id !== body.id; n = n.parent) if (n.type === 'go_statement') return true;
    return false;
  });
}

/** The defer's own statements end in a return: the iteration that defers leaves the function, so nothing piles up. */
function returnsAfter(deferStmt: SyntaxNode): boolean {
  const list = deferStmt.parent;
  return list?.type === 'statement_list' && namedChildren(list).at(-1)?.type === 'return_statement';
}

function wrapFix(file: SourceFile, loop: SyntaxNode, body: SyntaxNode): Fix[] {
  const edit = wrapLoopBodyInFunc(file, loop, body);
  return edit ? [{ title: 'Wrap the loop body in func() { … }() so the defer runs every iteration', edits: [edit] }] : [];
}

export const ctxDeferCancelInLoop: FileRule = {
  meta: {
    id: 'ctx-defer-cancel-in-loop',
    // Measured on 26 public repositories: 2 of 8 findings worth a change, the rest short loops: info. Since then only loops
    // without a bound are reported (the 2 true findings were `for {}`; the counted and ranged ones were all harmless).
    defaultSeverity: 'info',
    summary: "`defer cancel()` inside a loop body: every iteration's context and timer live until the function returns.",
    fixable: true,
    otherLinters: [{ linter: 'gocritic', checks: ['deferInLoop'] }],
    // Tests pile up a few timers at most; the cost matters in long-running code.
    inTestCode: 'quiet',
    needs: CONTEXT_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    const sites = findCancelSites(file);
    if (sites.length === 0) return;
    const defers = file.nodesAt('defer').flatMap((keyword) => (keyword.parent?.type === 'defer_statement' ? [keyword.parent] : []));
    for (const node of defers) {
      const call = namedChildren(node)[0];
      const callee = call?.type === 'call_expression' ? field(call, 'function') : null;
      const loop = enclosingLoop(node);
      const body = loop && field(loop, 'body');
      // A counted loop or a range over a collection piles up as many contexts as it has items, then returns: bounded.
      if (callee?.type !== 'identifier' || !loop || !body || !runsUnbounded(file, loop)) continue;
      const site = siteInLoop(file, sites, body, node, callee);
      if (!site || ctxHandedToGoroutine(file, site, body) || returnsAfter(node)) continue;
      report({
        node,
        message: `defer ${call!.text} runs when the function returns, not at the end of the iteration: each iteration's context from context.${site.funcName} and ${heldWithContext(site.funcName)} pile up until then`,
        fixes: wrapFix(file, loop, body),
      });
    }
  },
};
