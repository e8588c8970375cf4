// What the server knows about the workspace: every analysed file's facts and file-rule
// findings (from the open buffer or from disk), the workspace rules' findings, and which
// files carry diagnostics on the client. Publishing happens only here.
import type { Connection } from 'vscode-languageserver/node';
import type { FileAnalysis } from '../engine/api';
import type { Chain, Config, WorkspaceFacts } from '../engine/api';
import { WORKSPACE_RULES } from '../engine/api';
import { compareFindings, type Finding } from '../engine/api';
import { sameItems, Workspace } from '../engine/api';
import { notAnalysedDiagnostic, toDiagnostic } from './convert';
import type { Logger } from './guard';
import type { Settings } from './settings';

/** How long the workspace rules wait after an edit (they read every file's facts). */
const WORKSPACE_RULES_DELAY_MS = 150;

export interface StoredFindings {
  /** The document version the findings were computed for; null when read from disk. */
  version: number | null;
  findings: Finding[];
  /** 0-based line → rule ids a `//ctxlens:ignore` suppresses there. */
  suppressions: Readonly<Record<number, readonly string[]>>;
}

export class WorkspaceState {
  private readonly workspace = new Workspace();
  private readonly versions = new Map<string, number | null>();
  /** Open documents that could not be analysed, with the reason their one diagnostic gives. */
  private readonly notAnalysed = new Map<string, string>();
  private workspaceFindings = new Map<string, Finding[]>();
  /** What workspaceFindings were computed from: the facts' revision and each folder's configuration. */
  private findingsFrom: { revision: number; configs: readonly Config[] } | null = null;
  /** Files whose last published diagnostics were not empty. */
  private readonly withDiagnostics = new Set<string>();
  private readonly refreshListeners: ((changed: readonly string[]) => void)[] = [];
  private readonly pendingRefresh = new Set<string>();
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly settings: Settings,
    private readonly log: Logger,
    private readonly uriFor: (file: string) => string,
  ) {}

  /** Stores one file's analysis without publishing (the caller publishes or refreshes). */
  setFile(path: string, analysis: FileAnalysis, version: number | null): void {
    this.notAnalysed.delete(path);
    this.workspace.setFile(analysis);
    this.versions.set(path, version);
    for (const problem of analysis.problems) this.log.error(problem);
  }

  /** Forgets a file; an open document (openVersion given) is always answered with empty diagnostics. */
  removeFile(path: string, openVersion?: number): void {
    const hadNote = this.notAnalysed.delete(path);
    if (!this.forget(path) && !hadNote && openVersion === undefined) return;
    this.publish(path, openVersion);
  }

  /** Forgets an open document that could not be analysed and publishes one diagnostic saying why. */
  setNotAnalysed(path: string, reason: string, openVersion: number): void {
    this.forget(path);
    this.notAnalysed.set(path, reason);
    this.publish(path, openVersion);
  }

  /** Drops a file's facts and findings; false when it had none. */
  private forget(path: string): boolean {
    if (!this.versions.has(path)) return false;
    this.workspace.removeFile(path);
    this.versions.delete(path);
    this.workspaceFindings.delete(path);
    return true;
  }

  /** Every analysed file's facts (the chain views read the test-code facts of constructors). */
  get facts(): WorkspaceFacts {
    return this.workspace;
  }

  /** Every chain of the workspace (cached by the workspace until facts change). */
  get chains(): readonly Chain[] {
    return this.workspace.chains;
  }

  /** Called after every refresh with the files it was given (none after a workspace scan). */
  onRefreshed(listener: (changed: readonly string[]) => void): void {
    this.refreshListeners.push(listener);
  }

  knownFiles(): string[] {
    return [...this.versions.keys()];
  }

  findingsOf(path: string): StoredFindings {
    return {
      version: this.versions.get(path) ?? null,
      findings: [...this.workspace.fileFindingsOf(path, this.settings.configFor(path).config), ...(this.workspaceFindings.get(path) ?? [])],
      suppressions: this.workspace.files.get(path)?.suppressions.ignore ?? {},
    };
  }

  /**
   * Re-runs the workspace rules (each folder with its own config) and publishes the given
   * files plus every file whose workspace-rule findings changed.
   */
  refresh(changed: Iterable<string>, { givenPublished = false } = {}): void {
    const given = [...changed];
    const toPublish = new Set(givenPublished ? [] : given);
    const from = { revision: this.workspace.revision, configs: this.settings.all.map((folder) => folder.config) };
    // No fact changed (an edit of a comment or of a body that changed none) and no setting: the findings stand.
    if (!this.findingsFrom || from.revision !== this.findingsFrom.revision || !sameItems(from.configs, this.findingsFrom.configs)) {
      const next = this.runWorkspaceRules();
      for (const path of new Set([...next.keys(), ...this.workspaceFindings.keys()])) {
        if (!sameFindings(next.get(path), this.workspaceFindings.get(path))) toPublish.add(path);
      }
      this.workspaceFindings = next;
      this.findingsFrom = from;
    }
    for (const path of toPublish) this.publish(path);
    for (const listener of this.refreshListeners) listener(given);
  }

  /**
   * After a settings change that alters no fact: the workspace rules re-run over the stored
   * facts and every file that may carry findings is republished under its new configuration.
   */
  reapplySettings(): void {
    this.refresh(new Set([...this.withDiagnostics, ...this.workspace.reportedFiles()]));
  }

  /**
   * After an edit of an open document: its diagnostics go out at once (with the workspace-rule
   * findings last computed for it); the workspace rules run after the burst of edits settles,
   * republishing only what they change.
   */
  publishThenRefresh(path: string): void {
    this.publish(path);
    this.pendingRefresh.add(path);
    this.refreshTimer ??= setTimeout(() => {
      this.refreshTimer = undefined;
      const paths = [...this.pendingRefresh];
      this.pendingRefresh.clear();
      this.refresh(paths, { givenPublished: true });
    }, WORKSPACE_RULES_DELAY_MS);
  }

  publish(path: string, openVersion?: number): void {
    const stored = this.findingsOf(path);
    const { findings } = stored;
    const version = openVersion ?? stored.version;
    // Closed files without findings that never had any are not published: a scan stays quiet.
    if (findings.length === 0 && version === null && !this.withDiagnostics.has(path)) return;
    if (findings.length > 0 || this.notAnalysed.has(path)) this.withDiagnostics.add(path);
    else this.withDiagnostics.delete(path);
    findings.sort(compareFindings);
    const reason = this.notAnalysed.get(path);
    const diagnostics = reason !== undefined ? [notAnalysedDiagnostic(reason, version)] : findings.map((f) => toDiagnostic(f, version, this.uriFor));
    void this.connection.sendDiagnostics({ uri: this.uriFor(path), version: version ?? undefined, diagnostics });
  }

  private runWorkspaceRules(): Map<string, Finding[]> {
    const byFile = new Map<string, Finding[]>();
    if (WORKSPACE_RULES.length === 0) return byFile;
    // Per folder, not per file: an edit must not cost a look-up for every file of the workspace.
    for (const { root, config } of this.settings.all) {
      const result = this.workspace.runWorkspaceRules(WORKSPACE_RULES, config);
      for (const problem of result.problems) this.log.error(problem);
      for (const finding of result.findings) {
        if (this.settings.configFor(finding.file).root !== root) continue;
        const list = byFile.get(finding.file);
        if (list) list.push(finding);
        else byFile.set(finding.file, [finding]);
      }
    }
    return byFile;
  }
}

function sameFindings(a: readonly Finding[] = [], b: readonly Finding[] = []): boolean {
  if (a.length !== b.length) return false;
  const key = (f: Finding) =>
    `${f.rule}|${f.severity}|${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}|${f.message}`;
  const keys = new Set(a.map(key));
  return b.every((f) => keys.has(key(f)));
}
