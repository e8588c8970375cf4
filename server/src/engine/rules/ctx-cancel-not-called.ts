import { CONTEXT_NEEDS } from '../knowledge/context-api';
import { cancelCallText, canDeferAfter } from '../fixes/defer-cancel';
import { insertStatementAfter } from '../fixes/edits';
import { cancelPathVerdict, endsProgram } from '../flow/cancel-paths';
import { findCancelSites, type CancelSite } from '../flow/cancel-sites';
import { resolveCancelVar } from '../flow/cancel-var';
import { field, type SyntaxNode } from '../go/syntax';
import { heldWithContext, livesUntil } from '../knowledge/context-api';
import type { SourceFile } from '../go/source-file';
import type { Fix } from '../types';
import type { FileRule } from './rule';

/** `defer cancel()` as the very next statement: called on every path (the common idiom, answered without flow analysis). */
function deferredAtOnce(site: CancelSite): boolean {
  const next = site.statement.nextNamedSibling;
  const call = next?.type === 'defer_statement' ? next.namedChild(0) : null;
  const fn = call?.type === 'call_expression' ? field(call, 'function') : null;
  return fn?.type === 'identifier' && site.cancelTarget.type === 'identifier' && fn.text === site.cancelTarget.text;
}

/** A top-level statement of package main's func main: every way out of that block ends the program, and what cancel would release goes with it. */
function inProgramMain(file: SourceFile, site: CancelSite): boolean {
  if (file.packageName !== 'main') return false;
  let block = site.statement.parent;
  if (block?.type === 'statement_list') block = block.parent;
  const fn = block?.parent;
  return fn?.type === 'function_declaration' && field(fn, 'name')?.text === 'main' && field(fn, 'body')?.id === block?.id;
}

function deferFix(file: SourceFile, site: CancelSite, name: string): Fix[] {
  if (!canDeferAfter(site)) return [];
  const callText = cancelCallText(site.funcName, name);
  return [{ title: `Defer ${callText}`, edits: [insertStatementAfter(file, site.statement, `defer ${callText}`)] }];
}

export const ctxCancelNotCalled: FileRule = {
  meta: {
    id: 'ctx-cancel-not-called',
    defaultSeverity: 'warning',
    summary: 'A cancel func that some path never calls, defers, returns, stores or passes on.',
    fixable: true,
    otherLinters: [{ linter: 'govet', checks: ['lostcancel'] }],
    // go test does not run vet's lostcancel, and a test's leaked timer ends with the test: on 30 public repositories every finding in test code was harmless.
    inTestCode: 'quiet',
    needs: CONTEXT_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    for (const site of findCancelSites(file)) {
      if (deferredAtOnce(site) || inProgramMain(file, site)) continue;
      const variable = resolveCancelVar(file, site);
      if (!variable || variable.escapes) continue;
      const ctx = site.ctxTarget;
      const isContext = ctx.type === 'identifier' ? (operand: SyntaxNode) => file.scopes.sameVariable(operand, ctx) : null;
      if (cancelPathVerdict(variable, (call) => endsProgram(file, call), isContext) !== 'leaks') continue;
      report({
        node: site.cancelTarget,
        message: `${variable.name} (from context.${site.funcName}) is not called on every path: a path leaves without cancelling, so the context and ${heldWithContext(site.funcName)} live until ${livesUntil(site.funcName)}`,
        fixes: deferFix(file, site, variable.name),
      });
    }
  },
};
