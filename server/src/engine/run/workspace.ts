// The workspace model: facts and file-rule findings of every analysed file, and the
// workspace rules run over them.
import { toFinding } from './analyze';
import { computeChains, type Chain } from '../chains';
import type { Config } from '../config/config';
import type { FileFacts, FunctionFact, WorkspaceFacts } from '../facts/file-facts';
import { countSuppressed, dropReason } from './report-policy';
import { ServiceModel } from '../index/service-model';
import type { WorkspaceRule } from '../rules/rule';
import type { SuppressionCounts } from '../config/suppressions';
import { compareFindings, type Finding } from '../types';

export interface WorkspaceRun {
  findings: Finding[];
  problems: string[];
  /** Reports of the workspace rules that directives suppressed, per kind. */
  suppressed: SuppressionCounts;
}

export class Workspace implements WorkspaceFacts {
  private readonly facts = new Map<string, FileFacts>();
  private readonly fileFindings = new Map<string, Finding[]>();
  private readonly functions = new Map<string, FunctionFact>();
  private functionsStale = true;
  private chainsCache: readonly Chain[] | null = null;
  private servicesCache: ServiceModel | null = null;

  get files(): ReadonlyMap<string, FileFacts> {
    return this.facts;
  }

  setFile(facts: FileFacts, findings: Finding[]): void {
    this.facts.set(facts.path, facts);
    this.fileFindings.set(facts.path, findings);
    this.invalidate();
  }

  removeFile(path: string): void {
    this.facts.delete(path);
    this.fileFindings.delete(path);
    this.invalidate();
  }

  /** Every server and client chain of the workspace, computed once per change of facts. */
  get chains(): readonly Chain[] {
    this.chainsCache ??= computeChains(this);
    return this.chainsCache;
  }

  /** The registered gRPC implementations and their handlers, computed once per change of facts. */
  get services(): ServiceModel {
    this.servicesCache ??= new ServiceModel(this);
    return this.servicesCache;
  }

  private invalidate(): void {
    this.functionsStale = true;
    this.chainsCache = null;
    this.servicesCache = null;
  }

  findFunction(pkg: string, name: string): FunctionFact | undefined {
    if (this.functionsStale) this.indexFunctions();
    return this.functions.get(`${pkg}\u0000${name}`);
  }

  /** All findings: the stored file-rule findings plus a fresh run of the workspace rules. */
  findings(rules: readonly WorkspaceRule[], config: Config): WorkspaceRun {
    const result = this.runWorkspaceRules(rules, config);
    for (const list of this.fileFindings.values()) result.findings.push(...list);
    result.findings.sort(compareFindings);
    return result;
  }

  /** The stored file-rule findings of one file (the server republishes files one at a time). */
  fileFindingsOf(path: string): readonly Finding[] {
    return this.fileFindings.get(path) ?? [];
  }

  /** A fresh run of the workspace rules only, unsorted. */
  runWorkspaceRules(rules: readonly WorkspaceRule[], config: Config): WorkspaceRun {
    const findings: Finding[] = [];
    const problems: string[] = [];
    const suppressed: SuppressionCounts = {};
    for (const rule of rules) {
      if (config.rules[rule.meta.id] === 'off') continue;
      try {
        rule.check({
          facts: this,
          config,
          report: (report) => {
            const facts = this.facts.get(report.file);
            const dropped = facts && dropReason(facts, rule.meta, report.range.start.line, config);
            if (dropped) {
              countSuppressed(suppressed, dropped);
              return;
            }
            const finding = toFinding(rule.meta, report, report.file, report.range, config, (path) => this.facts.get(path)?.syntaxErrors === false);
            if (finding) findings.push(finding);
          },
        });
      } catch (error) {
        problems.push(`rule ${rule.meta.id} failed: ${(error as Error).message}`);
      }
    }
    return { findings, problems, suppressed };
  }

  private indexFunctions(): void {
    this.functions.clear();
    for (const file of this.facts.values()) {
      if (!file.packagePath) continue;
      for (const fn of file.functions) {
        if (fn.receiver === null) this.functions.set(`${file.packagePath}\u0000${fn.name}`, fn);
      }
    }
    this.functionsStale = false;
  }
}
