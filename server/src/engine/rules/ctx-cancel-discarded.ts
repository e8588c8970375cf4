import { CONTEXT_NEEDS } from '../knowledge/context-api';
import { cancelCallText, canDeferAfter } from '../fixes/defer-cancel';
import { insertStatementAfter, replaceNode } from '../fixes/edits';
import { findCancelSites, type CancelSite } from '../flow/cancel-sites';
import { enclosingFunction, functionBody } from '../go/syntax';
import { heldWithContext, livesUntil } from '../knowledge/context-api';
import type { SourceFile } from '../go/source-file';
import type { Fix } from '../types';
import type { FileRule } from './rule';

function deferFix(file: SourceFile, site: CancelSite): Fix[] {
  if (!canDeferAfter(site)) return [];
  const fn = enclosingFunction(site.statement);
  const body = fn ? functionBody(fn) : null;
  if (!body) return [];
  const name = file.scopes.freshName(body, 'cancel');
  const callText = cancelCallText(site.funcName, name);
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
    otherLinters: [{ linter: 'govet', checks: ['lostcancel'] }],
    // go test does not run vet's lostcancel, and a test's leaked timer ends with the test: on 30 public repositories every finding in test code was harmless.
    inTestCode: 'quiet',
    needs: CONTEXT_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    for (const site of findCancelSites(file)) {
      if (site.cancelTarget.type !== 'identifier' || site.cancelTarget.text !== '_') continue;
      report({
        node: site.cancelTarget,
        message: `the cancel func of context.${site.funcName} is discarded: the context and ${heldWithContext(site.funcName)} live until ${livesUntil(site.funcName)}`,
        fixes: deferFix(file, site),
      });
    }
  },
};
