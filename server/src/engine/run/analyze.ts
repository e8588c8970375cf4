// Runs the file rules over one parsed file and turns their reports into findings.
import type { Config } from '../config/config';
import { extractFacts } from '../facts/extract';
import type { FileFacts } from '../facts/file-facts';
import { nodeRange } from '../go/syntax';
import { countSuppressed, dropReason, skipsFile } from './report-policy';
import { docsUrl, type FileRule, type Report, type RuleMeta } from '../rules/rule';
import type { SourceFile } from '../go/source-file';
import type { SuppressionCounts } from '../config/suppressions';
import type { Finding, Range } from '../types';

export interface FileAnalysis {
  facts: FileFacts;
  /** Findings of the file rules, after suppressions, the test-code policy and configured severities. */
  findings: Finding[];
  /** How many reports each kind of directive suppressed. */
  suppressed: SuppressionCounts;
  /** Rules that failed on this file (a bug in ctxlens, never the user's): reported, not thrown. */
  problems: string[];
}

/**
 * The finding of a report; without fixes when a file they edit does not parse (an edit computed
 * on a half-typed file may break it further: precision first).
 */
export function toFinding(meta: RuleMeta, report: Report, file: string, range: Range, config: Config, parses: (file: string) => boolean): Finding | null {
  const setting = config.rules[meta.id];
  if (setting === 'off') return null;
  const fixes = (report.fixes ?? []).filter((fix) => fix.edits.every((edit) => parses(edit.file)));
  return {
    rule: meta.id,
    severity: setting ?? report.severity ?? meta.defaultSeverity,
    message: report.message,
    file,
    range,
    fixes,
    related: report.related ?? [],
  };
}

export function analyzeFile(file: SourceFile, rules: readonly FileRule[], config: Config): FileAnalysis {
  const facts = extractFacts(file);
  const findings: Finding[] = [];
  const problems: string[] = [];
  const suppressed: SuppressionCounts = {};
  for (const rule of rules) {
    if (config.rules[rule.meta.id] === 'off' || skipsFile(facts, rule.meta, config)) continue;
    try {
      rule.check({
        file,
        config,
        report(report) {
          const range = report.range ?? (report.node ? nodeRange(report.node) : null);
          if (!range) return;
          const dropped = dropReason(facts, rule.meta, range.start.line, config);
          if (dropped) {
            countSuppressed(suppressed, dropped);
            return;
          }
          const finding = toFinding(rule.meta, report, report.file ?? file.path, range, config, (path) => path !== file.path || !facts.syntaxErrors);
          if (finding) findings.push(finding);
        },
      });
    } catch (error) {
      problems.push(`rule ${rule.meta.id} failed on ${file.path}: ${(error as Error).message}`);
    }
  }
  return { facts, findings, problems, suppressed };
}

export { docsUrl };
