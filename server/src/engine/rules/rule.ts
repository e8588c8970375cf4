// The rule contract: metadata beside a check. File rules read one parsed file; workspace
// rules read the facts of every file (no syntax trees) and the workspace index.
import type { SourceFile } from '../go/source-file';
import type { SyntaxNode } from '../go/syntax';
import type { Fix, Range, RelatedLocation, Severity } from '../types';
import type { WorkspaceFacts } from '../facts/file-facts';
import type { Config } from '../config/config';
import type { TextNeeds } from '../go/needs';

export const DOCS_BASE = 'https://github.com/ctxlens/ctxlens/blob/main/docs/rules/';

export interface RuleMeta {
  id: string;
  /** The severity of its findings; with offByDefault, the severity once a user turns the rule on. */
  defaultSeverity: Severity;
  /** Off unless configured: measured on real code, it misses the precision targets at the lowest severity (its page says why). */
  offByDefault?: boolean;
  /** Kinds of finding with a setting of their own (`<id>/<name>` in `rules`), reported with Report.variant. */
  variants?: readonly RuleVariant[];
  /** One line: what the rule finds. Used in SARIF, docs index and settings. */
  summary: string;
  fixable: boolean;
  /** The fix may leave the finding, told with another message (it cures the leak, not the per-request cost). */
  partialFix?: boolean;
  /**
   * Other linters' checks that find the same mistake: their suppressions (`//nolint:<linter>`,
   * staticcheck's `//lint:ignore <check>`) count for this rule. The rule's page lists them.
   */
  otherLinters?: readonly OtherLinterCheck[];
  /** 'quiet': nothing is reported in test code, where tests make this mistake on purpose. */
  inTestCode: 'quiet' | 'report';
  /** What a file's text holds wherever the rule can report or read facts: a file that holds what no rule needs is not parsed. */
  needs: TextNeeds;
}

export interface RuleVariant {
  /** Kebab-case; the setting key is `<rule id>/<name>`. */
  name: string;
  /** One line: which of the rule's findings it covers. */
  summary: string;
  /** The severity of its findings (once turned on, with offByDefault). */
  defaultSeverity: Severity;
  offByDefault?: boolean;
}

/** The `rules` key of a variant's setting. */
export function variantSettingId(ruleId: string, variant: string): string {
  return `${ruleId}/${variant}`;
}

export interface OtherLinterCheck {
  /** The linter's name in golangci-lint (`staticcheck`, `govet`, `contextcheck`, `revive`). */
  linter: string;
  /** Its check ids (`SA1019`), matched by staticcheck's `//lint:ignore`. */
  checks?: readonly string[];
}

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

export interface Report {
  /** Where the finding sits: a node of the file being checked, or an explicit range. */
  node?: SyntaxNode;
  range?: Range;
  /** For workspace rules: the file the finding belongs to (defaults to the checked file). */
  file?: string;
  message: string;
  /** Says less: a lower severity than the rule's default for a finding it is less sure of. A configured severity wins. */
  severity?: Severity;
  /** The name of one of meta.variants: the finding follows that variant's setting and severity. */
  variant?: string;
  fixes?: Fix[];
  related?: RelatedLocation[];
}

export interface FileRuleContext {
  file: SourceFile;
  config: Config;
  report(report: Report): void;
}

export interface WorkspaceRuleContext {
  facts: WorkspaceFacts;
  config: Config;
  report(report: Report & { file: string; range: Range }): void;
}

export interface FileRule {
  meta: RuleMeta;
  scope: 'file';
  check(context: FileRuleContext): void;
}

export interface WorkspaceRule {
  meta: RuleMeta;
  scope: 'workspace';
  /**
   * 'chain': the check reads facts.chains one chain at a time (each report comes from one chain,
   * its files and its package), so the runner may run it per chain and keep the reports of
   * chains that did not change.
   * 'package': the check reads facts.files one package at a time (its reports are in that
   * package's files) and other files only through findFunction, services and servingChains, so
   * the runner may run it per package and keep the reports of packages whose reads did not change.
   */
  unit?: 'chain' | 'package';
  check(context: WorkspaceRuleContext): void;
}

export type Rule = FileRule | WorkspaceRule;
