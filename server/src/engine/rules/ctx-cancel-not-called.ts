import { CONTEXT_NEEDS } from '../knowledge/context-api';
import { cancelCallText, canDeferAfter } from '../fixes/defer-cancel';
import { insertStatementAfter } from '../fixes/edits';
import { cancelPathVerdict } from '../flow/cancel-paths';
import { findCancelSites, type CancelSite } from '../flow/cancel-sites';
import { resolveCancelVar } from '../flow/cancel-var';
import { field, type SyntaxNode } from '../go/syntax';
import { heldWithContext, livesUntil } from '../knowledge/context-api';
import { neverReturns } from '../knowledge/never-returns';
import type { SourceFile } from '../go/source-file';
import type { Fix } from '../types';
import type { FileRule } from './rule';

/** Methods that stop the goroutine on testing.T/B and on most loggers (t.Fatal, logger.Fatalf …). */
const STOPPING_METHODS: ReadonlySet<string> = new Set(['Fatal', 'Fatalf', 'Fatalln', 'FailNow', 'Skip', 'Skipf', 'SkipNow']);

function endsProgram(file: SourceFile, call: SyntaxNode): boolean {
  const fn = field(call, 'function');
  if (fn?.type === 'identifier' && fn.text === 'panic') return true;
  const callee = file.callee(call);
  // After a call that never returns nothing runs: the path ends without a leak worth reporting.
  if (callee) return neverReturns(callee.pkg, callee.name);
  const method = fn?.type === 'selector_expression' ? field(fn, 'field')?.text : undefined;
  return !!method && STOPPING_METHODS.has(method);
}

/** `defer cancel()` as the very next statement: called on every path (the common idiom, answered without flow analysis). */
function deferredAtOnce(site: CancelSite): boolean {
  const next = site.statement.nextNamedSibling;
  const call = next?.type === 'defer_statement' ? next.namedChild(0) : null;
  const fn = call?.type === 'call_expression' ? field(call, 'function') : null;
  return fn?.type === 'identifier' && site.cancelTarget.type === 'identifier' && fn.text === site.cancelTarget.text;
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
    inTestCode: 'report',
    needs: CONTEXT_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    for (const site of findCancelSites(file)) {
      if (deferredAtOnce(site)) continue;
      const variable = resolveCancelVar(file, site);
      if (!variable || variable.escapes) continue;
      const contextName = site.ctxTarget.type === 'identifier' ? site.ctxTarget.text : null;
      if (cancelPathVerdict(variable, (call) => endsProgram(file, call), contextName) !== 'leaks') continue;
      report({
        node: site.cancelTarget,
        message: `${variable.name} (from context.${site.funcName}) is not called on every path: a path leaves without cancelling, so the context and ${heldWithContext(site.funcName)} live until ${livesUntil(site.funcName)}`,
        fixes: deferFix(file, site, variable.name),
      });
    }
  },
};
