// The one rule runner: file rules over one parsed file, workspace rules over the facts of every
// file, and the one place where what they report becomes findings (dedupe, suppression
// directives, the test-code policy from rule metadata, configured severities). What rules report
// is kept apart from the configuration, so a settings change that alters no fact (severities,
// the order policy, recovery and auth names) re-applies it without re-reading or re-parsing.
import { AnalysisTimeout } from '../go/cpu-budget';
import type { Config } from '../config/config';
import { type SuppressedBy, type SuppressionCounts, suppressedBy } from '../config/suppressions';
import { isTestCodeAt, isTestFile } from '../config/test-code';
import type { Chain } from '../chains';
import type { FileFacts, WorkspaceFacts } from '../facts/file-facts';
import type { SourceFile } from '../go/source-file';
import { nodeRange } from '../go/syntax';
import { RULES } from '../rules';
import type { FileRule, Report, RuleMeta, WorkspaceRule } from '../rules/rule';
import { reportSetting, ruleIsOff } from '../rules/settings';
import type { Finding, Fix, Range, RelatedLocation, Severity } from '../types';

/** What a rule reported, placed, before any configuration: the severity is the rule's own. Plain data (it crosses threads). */
export interface RuleReport {
  rule: string;
  variant?: string;
  file: string;
  range: Range;
  message: string;
  severity: Severity;
  fixes: Fix[];
  related: RelatedLocation[];
}

export interface RuleRun {
  reports: RuleReport[];
  /** Rules that failed (a bug in ctxlens, never the user's): reported, not thrown. */
  problems: string[];
}

export interface PolicyResult {
  findings: Finding[];
  /** How many reports each kind of directive suppressed. */
  suppressed: SuppressionCounts;
}

const META: ReadonlyMap<string, RuleMeta> = new Map(RULES.map((rule) => [rule.meta.id, rule.meta]));

/** Whether a rule runs on a file at all: not when off, nor when quiet in test code and the file is test code throughout. */
function runsOn(meta: RuleMeta, facts: FileFacts, config: Config): boolean {
  if (ruleIsOff(config, meta)) return false;
  return !(meta.inTestCode === 'quiet' && isTestFile(facts.path, facts.testCode, config));
}

/** The placed report; fixes dropped when a file they edit does not parse (an edit computed on half-typed code may break it further). */
function placed(meta: RuleMeta, report: Report, file: string, range: Range, parses: (file: string) => boolean): RuleReport {
  const variant = report.variant === undefined ? undefined : meta.variants?.find((v) => v.name === report.variant);
  return {
    rule: meta.id,
    ...(variant ? { variant: variant.name } : {}),
    file,
    range,
    message: report.message,
    severity: report.severity ?? variant?.defaultSeverity ?? meta.defaultSeverity,
    fixes: (report.fixes ?? []).filter((fix) => fix.edits.every((edit) => parses(edit.file))),
    related: report.related ?? [],
  };
}

export function runFileRules(file: SourceFile, facts: FileFacts, rules: readonly FileRule[], config: Config): RuleRun {
  const reports: RuleReport[] = [];
  const problems: string[] = [];
  const parses = (path: string) => path !== file.path || !facts.syntaxErrors;
  for (const rule of rules) {
    if (!runsOn(rule.meta, facts, config)) continue;
    file.deadline?.check(true);
    try {
      rule.check({
        file,
        config,
        report(report) {
          const range = report.range ?? (report.node ? nodeRange(report.node) : null);
          if (range) reports.push(placed(rule.meta, report, report.file ?? file.path, range, parses));
        },
      });
    } catch (error) {
      // Out of time, the file is skipped whole: a rule's findings without the others' would mislead.
      if (error instanceof AnalysisTimeout) throw error;
      problems.push(`rule ${rule.meta.id} failed on ${file.path}: ${(error as Error).message}`);
    }
  }
  return { reports, problems };
}

/** What the per-chain rules reported for a chain under a configuration; a re-resolved chain is a new object, so its entry lapses. */
export class ChainReports {
  private readonly byConfig = new Map<Config, WeakMap<Chain, RuleRun>>();

  /** The stored run for chain under config, else compute's (stored). */
  of(config: Config, chain: Chain, compute: () => RuleRun): RuleRun {
    let byChain = this.byConfig.get(config);
    if (!byChain) {
      // Configurations are replaced on every settings reload: keep only the recent ones.
      if (this.byConfig.size >= 8) this.byConfig.clear();
      this.byConfig.set(config, (byChain = new WeakMap()));
    }
    let run = byChain.get(chain);
    if (!run) byChain.set(chain, (run = compute()));
    return run;
  }

  /** Drops what was stored for chain (something it reads beyond its own files changed). */
  forget(chain: Chain): void {
    for (const byChain of this.byConfig.values()) byChain.delete(chain);
  }
}

/**
 * Runs the workspace rules; with reuse, the per-chain rules (unit 'chain') run per chain and
 * the reports of chains unchanged since the last run are taken from there.
 */
export function runWorkspaceRules(facts: WorkspaceFacts, rules: readonly WorkspaceRule[], config: Config, reuse?: ChainReports): RuleRun {
  const enabled = rules.filter((rule) => !ruleIsOff(config, rule.meta));
  const perChain = reuse ? enabled.filter((rule) => rule.unit === 'chain') : [];
  const run = runRules(
    facts,
    enabled.filter((rule) => !perChain.includes(rule)),
    config,
  );
  if (perChain.length === 0) return run;
  for (const chain of facts.chains) {
    const one: WorkspaceFacts = {
      files: facts.files,
      findFunction: (pkg, name) => facts.findFunction(pkg, name),
      chains: [chain],
      chainById: (id) => facts.chainById(id),
      get services() {
        return facts.services;
      },
      servingChains: (handler) => facts.servingChains(handler),
    };
    const ofChain = reuse!.of(config, chain, () => runRules(one, perChain, config));
    run.reports.push(...ofChain.reports);
    run.problems.push(...ofChain.problems);
  }
  return run;
}

export function runRules(facts: WorkspaceFacts, rules: readonly WorkspaceRule[], config: Config): RuleRun {
  const reports: RuleReport[] = [];
  const problems: string[] = [];
  const parses = (path: string) => facts.files.get(path)?.syntaxErrors === false;
  for (const rule of rules) {
    try {
      rule.check({ facts, config, report: (report) => reports.push(placed(rule.meta, report, report.file, report.range, parses)) });
    } catch (error) {
      problems.push(`rule ${rule.meta.id} failed: ${(error as Error).message}`);
    }
  }
  return { reports, problems };
}

/** Why a report is dropped: a directive, or test code for a rule quiet there; null to report it. */
function dropReason(facts: FileFacts | undefined, meta: RuleMeta, line: number, config: Config): SuppressedBy | 'test code' | null {
  if (!facts) return null;
  const directive = suppressedBy(facts.suppressions, line, meta, config.otherLinterSuppressions);
  if (directive) return directive;
  if (meta.inTestCode === 'quiet' && isTestCodeAt(facts.path, facts.testCode, line, config)) return 'test code';
  return null;
}

/** The findings of reports under config: duplicates dropped, then directives and the test-code policy, then severities. */
export function applyPolicy(reports: Iterable<RuleReport>, config: Config, factsOf: (file: string) => FileFacts | undefined): PolicyResult {
  const findings: Finding[] = [];
  const suppressed: SuppressionCounts = {};
  const seen = new Set<string>();
  for (const report of reports) {
    const meta = META.get(report.rule);
    if (!meta) continue;
    const setting = reportSetting(config, meta, report.variant, report.severity);
    if (setting === 'off') continue;
    const { start, end } = report.range;
    const key = `${report.rule}\u0000${report.file}\u0000${start.line}:${start.character}-${end.line}:${end.character}\u0000${report.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const dropped = dropReason(factsOf(report.file), meta, start.line, config);
    if (dropped) {
      if (dropped !== 'test code') suppressed[dropped] = (suppressed[dropped] ?? 0) + 1;
      continue;
    }
    findings.push({ ...report, severity: setting });
  }
  return { findings, suppressed };
}

/**
 * Whether reports of rules run under `ranWith` still hold under `now`: true when the change
 * only touches what applyPolicy and the workspace rules read (severities, rules turned off,
 * the order policy, recovery and auth names, other linters' directives, variants). Which files are
 * analysed, what counts as test code and a rule turned back on need the files analysed again.
 */
export function reportsHold(ranWith: Config, now: Config): boolean {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (!same(ranWith.exclude, now.exclude) || ranWith.includeGenerated !== now.includeGenerated || !same(ranWith.testCode, now.testCode)) return false;
  return [...META.values()].every((meta) => !ruleIsOff(ranWith, meta) || ruleIsOff(now, meta));
}

export function addCounts(into: SuppressionCounts, from: SuppressionCounts): void {
  for (const [kind, n] of Object.entries(from) as [SuppressedBy, number][]) into[kind] = (into[kind] ?? 0) + n;
}
