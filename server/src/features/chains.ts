// The `ctxlens/chains` request (the chain model as the chain view and tree view draw it), and
// the debounced signal that chains may have changed (ctxlens/chainsChanged, lens refresh).
import type { Connection } from 'vscode-languageserver/node';
import type { Chain, ChainEntry, Location } from '../engine/api';
import { findingsOfChain, startsIn } from '../engine/api';
import { relativePath } from '../engine/api';
import type { Finding } from '../engine/api';
import { ChainsChangedNotification, ChainsRequest, type ChainEntryView, type ChainFindingView, type ChainView, type ViewLocation } from '../protocol';
import { guard, type Logger } from './guard';
import type { Settings } from './settings';
import type { WorkspaceState } from './workspace-state';

/** Quiet time after the last change before views are told to refresh. */
const CHANGED_DEBOUNCE_MS = 100;

/** Every current finding of the chain: file-rule and workspace-rule findings of the files it touches. */
export function chainFindings(state: WorkspaceState, chain: Chain): Finding[] {
  const files = new Set([chain.file, ...chain.files]);
  for (const entry of [...chain.unary, ...chain.stream]) {
    files.add(entry.registered.file);
    if (entry.defined) files.add(entry.defined.file);
  }
  const findings = [...files].flatMap((file) => state.findingsOf(file).findings);
  return findingsOfChain(chain, findings);
}

/** The path shown for a file: relative to its workspace folder, the absolute path outside every folder. */
export function displayPath(settings: Settings, file: string): string {
  const { root } = settings.configFor(file);
  return root === null ? file : relativePath(root, file);
}

export class ChainViews {
  constructor(
    private readonly state: WorkspaceState,
    private readonly settings: Settings,
    private readonly uriFor: (file: string) => string,
  ) {}

  views(id?: string): ChainView[] {
    const chains = this.state.chains.filter((chain) => id === undefined || chain.id === id);
    return chains.map((chain) => this.view(chain));
  }

  private view(chain: Chain): ChainView {
    const findings = chainFindings(this.state, chain);
    const claimed = new Set<Finding>();
    const entries = (list: readonly ChainEntry[]) => {
      const firstRecovery = list.findIndex((entry) => entry.class === 'recovery');
      return list.map((entry, i) => {
        const own = findings.filter((f) => startsIn(f, entry.registered) || (entry.defined !== null && startsIn(f, entry.defined)));
        for (const f of own) claimed.add(f);
        return this.entryView(entry, i < firstRecovery, own);
      });
    };
    const unary = entries(chain.unary);
    const stream = entries(chain.stream);
    return {
      id: chain.id,
      kind: chain.kind,
      constructor: chain.constructor,
      location: this.location({ file: chain.file, range: chain.range }),
      relativePath: displayPath(this.settings, chain.file),
      unary,
      stream,
      findings: findings.filter((f) => !claimed.has(f)).map((f) => this.findingView(f)),
      findingCount: findings.length,
      builtOutsideWorkspace: chain.builtOutsideWorkspace,
    };
  }

  private entryView(entry: ChainEntry, outsideRecovery: boolean, findings: readonly Finding[]): ChainEntryView {
    const { body } = entry;
    return {
      name: entry.name,
      class: entry.class,
      registered: this.location(entry.registered),
      defined: entry.defined ? this.location(entry.defined) : null,
      conditional: entry.conditional,
      resolved: entry.resolved,
      ...(!entry.resolved && entry.reason ? { reason: entry.reason } : {}),
      library: entry.library,
      wrappedBy: entry.wrappedBy ?? null,
      body: body
        ? { callsNextOnEveryPath: body.callsNextOnEveryPath, passesContext: body.passesContext, mayPanic: body.mayPanic, recovers: body.recovers }
        : null,
      outsideRecovery,
      findings: findings.map((f) => this.findingView(f)),
    };
  }

  private findingView(finding: Finding): ChainFindingView {
    return { rule: finding.rule, severity: finding.severity, message: finding.message, location: this.location(finding) };
  }

  private location(location: Location): ViewLocation {
    const { start, end } = location.range;
    return { uri: this.uriFor(location.file), range: { start: { ...start }, end: { ...end } } };
  }
}

export function registerChainsRequest(connection: Connection, views: ChainViews, log: Logger): void {
  connection.onRequest(ChainsRequest.type, (params) => guard(log, 'ctxlens/chains', [], () => views.views(params?.id)));
}

/**
 * Watches the workspace's refreshes and calls its listeners (debounced) when chains may have
 * changed: after the workspace scan, or after a refresh of a file that contributes to a chain
 * before or after the change.
 */
export class ChainChanges {
  private readonly listeners: (() => void)[] = [];
  private contributing = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly state: WorkspaceState,
    private readonly log: Logger,
  ) {
    state.onRefreshed((changed) => this.refreshed(changed));
  }

  onChanged(listener: () => void): void {
    this.listeners.push(listener);
  }

  private refreshed(changed: readonly string[]): void {
    const before = this.contributing;
    this.contributing = new Set(this.state.chains.flatMap((chain) => [chain.file, ...chain.files]));
    // The scan refreshes with no files named: everything may have changed.
    const touched = changed.length === 0 || changed.some((file) => before.has(file) || this.contributing.has(file));
    if (!touched) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      for (const listener of this.listeners) guard(this.log, 'chains changed', undefined, listener);
    }, CHANGED_DEBOUNCE_MS);
  }
}

/** Tells the client (chain view, tree view) that chains may have changed. */
export function notifyChainsChanged(connection: Connection, changes: ChainChanges): void {
  changes.onChanged(() => void connection.sendNotification(ChainsChangedNotification.method));
}
