// The workspace model: facts and file-rule reports of every analysed file, and the workspace
// rules run over them; findings are the reports with a configuration applied (run/runner.ts).
import type { Chain } from '../chains';
import { ChainCache } from '../chains/model-cache';
import type { Config } from '../config/config';
import { ServiceModel } from '../index/service-model';
import type { SuppressionCounts } from '../config/suppressions';
import type { FileFacts, FunctionFact, WorkspaceFacts } from '../facts/file-facts';
import { packageKey } from '../index/workspace-index';
import type { WorkspaceRule } from '../rules/rule';
import { compareFindings, type Finding } from '../types';
import type { FileAnalysis } from './analyzer';
import { addCounts, applyPolicy, ChainReports, type RuleReport, runWorkspaceRules } from './runner';

export interface WorkspaceRun {
  findings: Finding[];
  problems: string[];
  /** Reports of the workspace rules that directives suppressed, per kind. */
  suppressed: SuppressionCounts;
}

export class Workspace implements WorkspaceFacts {
  private readonly facts = new Map<string, FileFacts>();
  private readonly fileReports = new Map<string, readonly RuleReport[]>();
  /** Package-level functions by package and name, with the files declaring them (the last one added wins). */
  private readonly functions = new Map<string, { path: string; fn: FunctionFact }[]>();
  private readonly chainCache = new ChainCache();
  private readonly chainReports = new ChainReports();
  /** Packages changed since the workspace rules last ran: the chain reports there are redone (their fixes read the package's names). */
  private readonly changedPackages = new Set<string>();
  /** The service model, computed again after any change of facts (registrations and handlers span files). */
  private servicesCache: ServiceModel | null = null;

  get files(): ReadonlyMap<string, FileFacts> {
    return this.facts;
  }

  /** Stores a file's facts and reports; only the entries, chains and chain reports that depend on it are redone. */
  setFile({ facts, reports }: Pick<FileAnalysis, 'facts' | 'reports'>): void {
    this.forgetFunctions(this.facts.get(facts.path));
    this.facts.set(facts.path, facts);
    this.fileReports.set(facts.path, reports);
    if (facts.packagePath) {
      for (const fn of facts.functions) if (fn.receiver === null) push(this.functions, `${facts.packagePath}\u0000${fn.name}`, { path: facts.path, fn });
    }
    this.chainCache.setFile(facts);
    this.servicesCache = null;
    this.changedPackages.add(packageKey(facts));
  }

  removeFile(path: string): void {
    const facts = this.facts.get(path);
    if (!facts) return;
    this.forgetFunctions(facts);
    this.facts.delete(path);
    this.fileReports.delete(path);
    this.chainCache.removeFile(path);
    this.servicesCache = null;
    this.changedPackages.add(packageKey(facts));
  }

  /** Every server and client chain of the workspace, kept up to date file by file. */
  get chains(): readonly Chain[] {
    return this.chainCache.chains;
  }

  chainById(id: string): Chain | undefined {
    return this.chainCache.chainById(id);
  }

  /** The registered gRPC implementations and their handlers, computed once per change of facts. */
  get services(): ServiceModel {
    this.servicesCache ??= new ServiceModel(this);
    return this.servicesCache;
  }

  findFunction(pkg: string, name: string): FunctionFact | undefined {
    const declared = this.functions.get(`${pkg}\u0000${name}`);
    return declared?.[declared.length - 1]?.fn;
  }

  private forgetFunctions(facts: FileFacts | undefined): void {
    if (!facts?.packagePath) return;
    for (const fn of facts.functions) {
      const k = `${facts.packagePath}\u0000${fn.name}`;
      const kept = this.functions.get(k)?.filter((d) => d.path !== facts.path) ?? [];
      if (kept.length > 0) this.functions.set(k, kept);
      else this.functions.delete(k);
    }
  }

  /** All findings under config: the stored file-rule reports plus a fresh run of the workspace rules. */
  findings(rules: readonly WorkspaceRule[], config: Config): WorkspaceRun {
    const result = this.runWorkspaceRules(rules, config);
    const files = applyPolicy([...this.fileReports.values()].flat(), config, (path) => this.facts.get(path));
    result.findings.push(...files.findings);
    addCounts(result.suppressed, files.suppressed);
    result.findings.sort(compareFindings);
    return result;
  }

  /** Files whose file rules reported something (under some configuration it may be a finding). */
  reportedFiles(): string[] {
    return [...this.fileReports].flatMap(([path, reports]) => (reports.length > 0 ? [path] : []));
  }

  /** One file's file-rule findings under config (the server republishes files one at a time). */
  fileFindingsOf(path: string, config: Config): Finding[] {
    return applyPolicy(this.fileReports.get(path) ?? [], config, (file) => this.facts.get(file)).findings;
  }

  /** A fresh run of the workspace rules only, under config, unsorted. */
  runWorkspaceRules(rules: readonly WorkspaceRule[], config: Config): WorkspaceRun {
    if (this.changedPackages.size > 0) {
      for (const chain of this.chains) {
        const file = this.facts.get(chain.file);
        if (file && this.changedPackages.has(packageKey(file))) this.chainReports.forget(chain);
      }
      this.changedPackages.clear();
    }
    const { reports, problems } = runWorkspaceRules(this, rules, config, this.chainReports);
    return { ...applyPolicy(reports, config, (path) => this.facts.get(path)), problems };
  }
}

function push<T>(map: Map<string, T[]>, k: string, value: T): void {
  const list = map.get(k);
  if (list) list.push(value);
  else map.set(k, [value]);
}
