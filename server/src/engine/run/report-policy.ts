// What the runner does with a rule's report before it becomes a finding, for file and workspace
// rules alike: suppression directives, then the test-code policy.
import type { Config } from '../config/config';
import type { FileFacts } from '../facts/file-facts';
import type { RuleMeta } from '../rules/rule';
import { suppressedBy, type SuppressedBy, type SuppressionCounts } from '../config/suppressions';
import { isTestCodeAt, isTestFile } from '../config/test-code';

/** Why a report on line is dropped: a directive, or test code for a rule quiet there; null to report it. */
export function dropReason(facts: FileFacts, meta: RuleMeta, line: number, config: Config): SuppressedBy | 'test code' | null {
  const directive = suppressedBy(facts.suppressions, line, meta, config.otherLinterSuppressions);
  if (directive) return directive;
  if (meta.inTestCode === 'quiet' && isTestCodeAt(facts.path, facts.testCode, line, config)) return 'test code';
  return null;
}

/** A rule quiet in test code need not run on a file that is test code throughout. */
export function skipsFile(facts: FileFacts, meta: RuleMeta, config: Config): boolean {
  return meta.inTestCode === 'quiet' && isTestFile(facts.path, facts.testCode, config);
}

export function countSuppressed(counts: SuppressionCounts, reason: SuppressedBy | 'test code'): void {
  if (reason !== 'test code') counts[reason] = (counts[reason] ?? 0) + 1;
}

export function addCounts(into: SuppressionCounts, from: SuppressionCounts): void {
  for (const [kind, n] of Object.entries(from) as [SuppressedBy, number][]) into[kind] = (into[kind] ?? 0) + n;
}
