// The `ctxlens/chains` request (the chain model as the chain view and tree view draw it), and
// the debounced signal that chains may have changed (ctxlens/chainsChanged, lens refresh).
import type { Connection } from 'vscode-languageserver/node';
import type { Chain, ChainEntryModel, ChainModel, Finding, Location } from '../engine/api';
import { chainModels, chainsMermaid, relativePath } from '../engine/api';
import { ChainsChangedNotification, ChainsRequest, type ChainEntryView, type ChainFindingView, type ChainView, type ViewLocation } from '../protocol';
import { guard, type Logger } from './guard';
import type { Settings } from './settings';
import type { WorkspaceState } from './workspace-state';

/** Quiet time after the last change before views are told to refresh. */
const CHANGED_DEBOUNCE_MS = 100;

/** The current findings of the files a chain touches (file rules and workspace rules): a superset of its own. */
function findingsAround(state: WorkspaceState, chain: Chain): Finding[] {
  const files = new Set([chain.file, ...chain.files]);
  for (const entry of [...chain.unary, ...chain.stream]) {
    files.add(entry.registered.file);
    if (entry.defined) files.add(entry.defined.file);
  }
  return [...files].flatMap((file) => state.findingsOf(file).findings);
}

/** The chain view models, each with its workspace folder's configuration applied. */
export function chainModelsOf(state: WorkspaceState, settings: Settings, chains: readonly Chain[]): ChainModel[] {
  return chainModels(chains, {
    facts: state.facts,
    configOf: (file) => settings.configFor(file).config,
    findingsOf: (chain) => findingsAround(state, chain),
  });
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
    return chainModelsOf(this.state, this.settings, chains).map((model) => this.view(model));
  }

  private view(model: ChainModel): ChainView {
    const { chain } = model;
    const relativePath = displayPath(this.settings, chain.file);
    const unary = model.unary.map((entry) => this.entryView(entry));
    const stream = model.stream.map((entry) => this.entryView(entry));
    const place = `${relativePath}:${chain.range.start.line + 1}`;
    return {
      id: chain.id,
      kind: chain.kind,
      framework: chain.framework,
      constructor: chain.constructor,
      location: this.location({ file: chain.file, range: chain.range }),
      relativePath,
      unary,
      stream,
      findings: model.findings.map((f) => this.findingView(f)),
      findingCount: model.findingCount,
      builtOutsideWorkspace: chain.builtOutsideWorkspace,
      testCode: model.testCode,
      mermaid: chainsMermaid([{ kind: chain.kind, constructor: chain.constructor, place, unary, stream }]),
    };
  }

  private entryView({ entry, effectiveClass, outsideRecovery, findings }: ChainEntryModel): ChainEntryView {
    const { body } = entry;
    return {
      name: entry.name,
      class: entry.class,
      effectiveClass,
      registered: this.location(entry.registered),
      defined: entry.defined ? this.location(entry.defined) : null,
      conditional: entry.conditional,
      resolved: entry.resolved,
      ...(!entry.resolved && entry.reason ? { reason: entry.reason } : {}),
      ...(entry.unaryOnly ? { unaryOnly: true } : {}),
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
