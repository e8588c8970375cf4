// The workspace model: facts and file-rule reports of every analysed file, and the workspace
// rules run over them; findings are the reports with a configuration applied (run/runner.ts).
import type { Chain } from '../chains';
import { ChainCache } from '../chains/model-cache';
import type { Config } from '../config/config';
import { handlerKey, type Handler, ServiceModel } from '../index/service-model';
import { ReadRecorder } from '../index/read-recorder';
import { servingChainsByHandler } from '../chains/served-services';
import type { SuppressionCounts } from '../config/suppressions';
import { factsDigest } from '../facts/digest';
import type { FileFacts, FunctionFact, WorkspaceFacts } from '../facts/file-facts';
import { packageKey } from '../index/workspace-index';
import type { WorkspaceRule } from '../rules/rule';
import { compareFindings, type Finding } from '../types';
import type { FileAnalysis } from './analyzer';
import { type PackageRun, PackageReports, packageRead } from './package-reports';
import { sameItems } from '../collections';
import { addCounts, applyPolicy, ChainReports, type RuleReport, runRules, runWorkspaceRules } from './runner';

export interface WorkspaceRun {
  findings: Finding[];
  problems: string[];
  /** Reports of the workspace rules that directives suppressed, per kind. */
  suppressed: SuppressionCounts;
}

export class Workspace implements WorkspaceFacts {
  private readonly facts = new Map<string, FileFacts>();
  private readonly fileReports = new Map<string, readonly RuleReport[]>();
  private readonly chainCache = new ChainCache();
  private readonly chainReports = new ChainReports();
  private readonly packageReports = new PackageReports();
  /** Each package's files (packageKey), in the order of files. */
  private readonly packages = new Map<string, Set<string>>();
  /** Packages changed since the workspace rules last ran: the chain and package reports there are redone (chain fixes read the package's names). */
  private readonly changedPackages = new Set<string>();
  /** Records what the per-package rules look up beyond their package (the service model's keys, the serving chains). */
  private readonly recorder = new ReadRecorder();
  /** The service model, kept up to date file by file. */
  private readonly serviceModel = new ServiceModel(this.recorder);
  /** The serving chains by handler, as computed from these chains, registrations and facts of the server chains' files (their locals and field writes). */
  private serving: {
    chains: readonly Chain[];
    registered: readonly unknown[];
    filesRead: ReadonlyMap<string, FileFacts | undefined>;
    byHandler: Map<string, Chain[]>;
  } = { chains: [], registered: [], filesRead: new Map(), byHandler: new Map() };
  /** Serving-chain read keys whose lists changed since the workspace rules last ran. */
  private readonly servingChanged = new Set<string>();
  /** The digest of the facts of each file stored more than once (an open document's edits), to tell an edit that changed none. */
  private readonly digests = new Map<string, string>();
  private factsRevision = 0;
  /** The last run of the workspace rules per configuration, which holds while the revision does. */
  private readonly lastRuns = new Map<Config, { revision: number; rules: readonly WorkspaceRule[]; run: WorkspaceRun }>();

  get files(): ReadonlyMap<string, FileFacts> {
    return this.facts;
  }

  /** Moves whenever some file's facts change, or a file comes or goes: what the workspace rules read. */
  get revision(): number {
    return this.factsRevision;
  }

  /**
   * Stores a file's facts and reports; only the entries, chains and chain reports that depend on
   * it are redone, and nothing when its facts are those stored already (an edit of a comment, or
   * of a function body that changed no fact): the stored facts stay, only the reports change.
   */
  setFile({ facts, reports }: Pick<FileAnalysis, 'facts' | 'reports'>): void {
    const previous = this.facts.get(facts.path);
    if (previous) {
      const digest = factsDigest(facts);
      const unchanged = (this.digests.get(facts.path) ?? factsDigest(previous)) === digest;
      this.digests.set(facts.path, digest);
      if (unchanged) {
        this.fileReports.set(facts.path, reports);
        return;
      }
    }
    this.factsRevision++;
    if (previous && packageKey(previous) !== packageKey(facts)) this.leavePackage(previous);
    this.facts.set(facts.path, facts);
    const pkg = packageKey(facts);
    let inPackage = this.packages.get(pkg);
    if (!inPackage) this.packages.set(pkg, (inPackage = new Set()));
    inPackage.add(facts.path);
    this.fileReports.set(facts.path, reports);
    this.chainCache.setFile(facts);
    this.serviceModel.setFile(facts);
    this.changedPackages.add(pkg);
  }

  /** Takes a file out of its package's list (the package changes). */
  private leavePackage(facts: FileFacts): void {
    const pkg = packageKey(facts);
    const inPackage = this.packages.get(pkg);
    inPackage?.delete(facts.path);
    if (inPackage?.size === 0) this.packages.delete(pkg);
    this.changedPackages.add(pkg);
  }

  removeFile(path: string): void {
    const facts = this.facts.get(path);
    if (!facts) return;
    this.factsRevision++;
    this.digests.delete(path);
    this.facts.delete(path);
    this.fileReports.delete(path);
    this.chainCache.removeFile(path);
    this.serviceModel.removeFile(path);
    this.leavePackage(facts);
  }

  /** Every server and client chain of the workspace, kept up to date file by file. */
  get chains(): readonly Chain[] {
    return this.chainCache.chains;
  }

  chainById(id: string): Chain | undefined {
    return this.chainCache.chainById(id);
  }

  /** The registered gRPC implementations and their handlers, kept up to date file by file. */
  get services(): ServiceModel {
    return this.serviceModel;
  }

  servingChains(handler: Handler): readonly Chain[] {
    const k = handlerKey(handler);
    this.recorder.note(servedRead(k));
    return this.servingIndex().get(k) ?? [];
  }

  /** Recomputed when the chains, the registrations (each a new list then) or a server chain's file changed; notes which handlers' lists changed. */
  private servingIndex(): Map<string, Chain[]> {
    const chains = this.chains;
    const registered = this.serviceModel.registered;
    const same =
      chains === this.serving.chains &&
      registered === this.serving.registered &&
      [...this.serving.filesRead].every(([path, facts]) => this.facts.get(path) === facts);
    if (same) return this.serving.byHandler;
    const byHandler = servingChainsByHandler(this);
    const filesRead = new Map(chains.filter((chain) => chain.kind === 'server').map((chain) => [chain.file, this.facts.get(chain.file)]));
    const before = this.serving.byHandler;
    for (const k of new Set([...before.keys(), ...byHandler.keys()])) {
      if (!sameItems(before.get(k) ?? [], byHandler.get(k) ?? [])) this.servingChanged.add(servedRead(k));
    }
    this.serving = { chains, registered, filesRead, byHandler };
    return byHandler;
  }

  findFunction(pkg: string, name: string): FunctionFact | undefined {
    return this.chainCache.packageFunction(pkg, name);
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

  /**
   * A run of the workspace rules only, under config, unsorted: the per-chain and per-package
   * rules redo only the chains and packages that changed or read what changed.
   */
  runWorkspaceRules(rules: readonly WorkspaceRule[], config: Config): WorkspaceRun {
    const last = this.lastRuns.get(config);
    if (last && last.revision === this.factsRevision && sameItems(last.rules, rules)) return copyRun(last.run);
    const run = this.rerunWorkspaceRules(rules, config);
    // Configurations are replaced on every settings reload: keep only the recent ones.
    if (!last && this.lastRuns.size >= 8) this.lastRuns.clear();
    this.lastRuns.set(config, { revision: this.factsRevision, rules, run: copyRun(run) });
    return run;
  }

  private rerunWorkspaceRules(rules: readonly WorkspaceRule[], config: Config): WorkspaceRun {
    const changed = this.serviceModel.takeChanges();
    this.servingIndex();
    for (const k of this.servingChanged) changed.add(k);
    this.servingChanged.clear();
    for (const pkg of this.changedPackages) {
      for (const path of this.packages.get(pkg) ?? []) for (const chain of this.chainCache.chainsAt(path)) this.chainReports.forget(chain);
      changed.add(packageRead(pkg));
    }
    this.changedPackages.clear();
    this.packageReports.forget(changed);
    const perPackage = rules.filter((rule) => rule.unit === 'package' && config.rules[rule.meta.id] !== 'off');
    const { reports, problems } = runWorkspaceRules(
      this,
      rules.filter((rule) => rule.unit !== 'package'),
      config,
      this.chainReports,
    );
    const result: WorkspaceRun = { ...applyPolicy(reports, config, (path) => this.facts.get(path)), problems };
    if (perPackage.length === 0) return result;
    for (const run of this.packageReports.runs(config, perPackage, this.packages.keys(), (pkg) => this.runPackage(pkg, perPackage, config))) {
      result.findings.push(...run.findings);
      result.problems.push(...run.problems);
      addCounts(result.suppressed, run.suppressed);
    }
    return result;
  }

  /** The per-package rules over one package's files, with what they read beyond it recorded. */
  private runPackage(pkg: string, rules: readonly WorkspaceRule[], config: Config): PackageRun {
    const reads = new Set([packageRead(pkg)]);
    const files = new Map([...this.packages.get(pkg)!].map((path) => [path, this.facts.get(path)!]));
    const workspace = this;
    const view: WorkspaceFacts = {
      files,
      findFunction: (p, name) => {
        reads.add(packageRead(p));
        return this.findFunction(p, name);
      },
      get chains(): readonly Chain[] {
        throw new Error("a per-package rule reads no chains (unit 'package')");
      },
      chainById: () => {
        throw new Error("a per-package rule reads no chains (unit 'package')");
      },
      get services() {
        return workspace.services;
      },
      servingChains: (handler) => this.servingChains(handler),
    };
    const { reports, problems } = this.recorder.into(reads, () => runRules(view, rules, config));
    // A report placed in another package's file reads that file's directives and test code.
    for (const report of reports) {
      const facts = this.facts.get(report.file);
      if (facts) reads.add(packageRead(packageKey(facts)));
    }
    return { ...applyPolicy(reports, config, (path) => this.facts.get(path)), problems, reads };
  }
}

/** A run the caller may add to (findings() does) while the stored one stays as it was. */
function copyRun(run: WorkspaceRun): WorkspaceRun {
  return { ...run, findings: [...run.findings], problems: [...run.problems], suppressed: { ...run.suppressed } };
}

/** The key under which a read of a handler's serving chains is recorded. */
function servedRead(handlerKey: string): string {
  return `served\u0000${handlerKey}`;
}
