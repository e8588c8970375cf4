import { CONTEXT_NEEDS } from '../knowledge/context-api';
import { findCancelSites, type CancelSite } from '../flow/cancel-sites';
import { callArguments, containsNode, enclosingFunction, field, nodeRange, unparen, type SyntaxNode } from '../go/syntax';
import { DurationEvaluator, formatDuration } from '../knowledge/durations';
import type { Declaration } from '../go/scopes';
import type { SourceFile } from '../go/source-file';
import type { FileRule } from './rule';

const TIMEOUTS = new Set(['WithTimeout', 'WithTimeoutCause']);
const DEADLINES = new Set(['WithDeadline', 'WithDeadlineCause']);

/** The duration argument: WithTimeout's second, or d in WithDeadline(parent, time.Now().Add(d)). */
function durationArgument(file: SourceFile, site: CancelSite): SyntaxNode | null {
  const arg = callArguments(site.call)[1];
  if (!arg) return null;
  if (TIMEOUTS.has(site.funcName)) return arg;
  if (!DEADLINES.has(site.funcName)) return null;
  const add = unparen(arg);
  const method = add.type === 'call_expression' ? field(add, 'function') : null;
  const receiver = method?.type === 'selector_expression' ? field(method, 'operand') : null;
  if (!receiver || field(method!, 'field')?.text !== 'Add') return null;
  const now = unparen(receiver);
  if (!file.isCallTo(now, 'time', 'Now') || callArguments(now).length !== 0) return null;
  const addArgs = callArguments(add);
  return addArgs.length === 1 ? addArgs[0]! : null;
}

/** True when the variable is written (assigned, re-declared by `:=`, or has its address taken) anywhere in [from, to) of the file. */
function writtenBetween(file: SourceFile, variable: Declaration, from: number, to: number): boolean {
  return file.scopes.usesOf(variable).some((n) => from <= n.startIndex && n.startIndex < to && isWrite(n));
}

function isWrite(ident: SyntaxNode): boolean {
  const parent = ident.parent;
  if (!parent) return false;
  if (parent.type === 'unary_expression') return field(parent, 'operator')?.text === '&';
  if (parent.type !== 'expression_list') return false;
  return !!parent.parent && field(parent.parent, 'left')?.id === parent.id;
}

/** True when a loop around the child (not around the parent) writes the variable: a later iteration sees another parent. */
function writtenInLoop(file: SourceFile, parent: SyntaxNode, child: SyntaxNode, variable: Declaration): boolean {
  for (let n = child.parent; n && !containsNode(n, parent); n = n.parent) {
    if (n.type === 'for_statement' && writtenBetween(file, variable, n.startIndex, n.endIndex)) return true;
  }
  return false;
}

/**
 * The site that last derived the child's parent context (the same variable, through the file's
 * scopes), in a block around the child, with nothing writing it since. sites are those of the
 * child's own function, in source order.
 */
function parentSite(file: SourceFile, sites: readonly CancelSite[], child: CancelSite): CancelSite | null {
  const parentArg = callArguments(child.call)[0];
  const parent = parentArg && unparen(parentArg);
  const variable = parent?.type === 'identifier' ? file.scopes.resolve(parent) : null;
  if (!variable) return null;
  let found: CancelSite | null = null;
  for (const site of sites) {
    if (site.statement.endIndex > child.statement.startIndex) break;
    if (site.ctxTarget.type !== 'identifier' || file.scopes.resolve(site.ctxTarget) !== variable) continue;
    const block = site.statement.parent;
    if (block && containsNode(block, child.statement)) found = site;
  }
  if (!found || writtenInLoop(file, found.statement, child.statement, variable)) return null;
  return writtenBetween(file, variable, found.statement.endIndex, child.statement.startIndex) ? null : found;
}

export const ctxTimeoutExceedsParent: FileRule = {
  meta: {
    id: 'ctx-timeout-exceeds-parent',
    defaultSeverity: 'warning',
    summary: "A derived timeout that is not shorter than its parent's: the child deadline never fires.",
    fixable: false,
    inTestCode: 'quiet',
    needs: CONTEXT_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    const sites = findCancelSites(file).filter((s) => durationArgument(file, s) !== null);
    if (sites.length < 2) return;
    const durations = new DurationEvaluator(file);
    // Parents are looked up among the sites of the same function only: linear in big files.
    const byFunction = new Map<number, CancelSite[]>();
    for (const site of sites) {
      const fn = enclosingFunction(site.statement);
      if (!fn) continue;
      const group = byFunction.get(fn.id) ?? byFunction.set(fn.id, []).get(fn.id)!;
      group.push(site);
    }
    for (const siblings of byFunction.values()) {
      if (siblings.length < 2) continue;
      for (const child of siblings) {
        const childArg = durationArgument(file, child)!;
        const childValue = durations.nanoseconds(childArg);
        const parent = childValue === null ? null : parentSite(file, siblings, child);
        if (childValue === null || !parent) continue;
        const parentArg = durationArgument(file, parent)!;
        const parentValue = durations.nanoseconds(parentArg);
        if (parentValue === null || childValue < parentValue) continue;
        report({
          node: childArg,
          message: `this timeout (${formatDuration(childValue)}) is not shorter than its parent's (${formatDuration(parentValue)}, line ${parent.statement.startPosition.row + 1}): the parent's deadline always comes first, so this one never fires`,
          related: [{ file: file.path, range: nodeRange(parentArg), message: `the parent context's timeout (${formatDuration(parentValue)})` }],
        });
      }
    }
  },
};
