// The background scan of every .go file in the workspace folders, and re-analysis of closed
// files that change on disk. The scan yields to the event loop after each file, so requests
// and open-file diagnostics are served in between.
import * as path from 'node:path';
import { FileChangeType, type Connection, type DidChangeWatchedFilesParams, type WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import type { Analyzer } from '../engine/api';
import { CONFIG_FILE_NAME } from '../engine/api';
import { discoverGoFiles } from '../engine/api';
import { readGoSource } from '../engine/api';
import { ReadyNotification } from '../protocol';
import type { OpenDocuments } from './documents';
import { analyseOrSkip, guard, guardAsync, type Logger } from './guard';
import type { Settings } from './settings';
import { uriToPath } from './uri';
import type { WorkspaceState } from './workspace-state';

/** More changed files than this in one notification are handled by a (yielding) rescan. */
const RESCAN_THRESHOLD = 50;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkspaceScanner {
  /** Bumped by every scan; an older scan that sees a newer generation stops. */
  private generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly analyzer: Analyzer,
    private readonly documents: OpenDocuments,
    private readonly settings: Settings,
    private readonly state: WorkspaceState,
    private readonly log: Logger,
    /** Called when go.mod (modulesChanged) or .ctxlens.json changed: settings, and modules with go.mod, must be reloaded. */
    private readonly onProjectFilesChanged: (modulesChanged: boolean) => void,
  ) {}

  /** Scans every folder again (replacing a scan under way), then sends ctxlens/ready. */
  async scan(): Promise<void> {
    const generation = ++this.generation;
    let progress = await this.startProgress();
    try {
      const files = this.discover();
      for (const known of this.state.knownFiles()) {
        if (!files.has(known) && !this.documents.isOpen(known)) this.state.removeFile(known);
      }
      let done = 0;
      let lastPercent = -1;
      for (const file of files) {
        if (generation !== this.generation) return;
        if (!this.documents.isOpen(file)) this.analyseFromDisk(file, true);
        done++;
        const percent = Math.floor((done * 100) / files.size);
        if (percent !== lastPercent) progress?.report(percent, `${done}/${files.size} files`);
        lastPercent = percent;
        await yieldToEventLoop();
      }
      if (generation !== this.generation) return;
      this.state.refresh([]);
      this.log.info(`workspace scan done: ${files.size} files; ${this.analyzer.parser.parses} parses since start`);
      progress?.done();
      progress = null;
      void this.connection.sendNotification(ReadyNotification.type, { files: files.size });
    } finally {
      progress?.done();
    }
  }

  /** Re-reads a closed file from disk (after it changed, or after its editor closed) and republishes. */
  refreshFromDisk(file: string): void {
    guard(this.log, `re-analysing ${file}`, undefined, () => {
      this.analyseFromDisk(file, false);
      this.state.refresh([file]);
    });
  }

  onWatchedFilesChanged({ changes }: DidChangeWatchedFilesParams): void {
    const goChanges: { file: string; deleted: boolean }[] = [];
    let projectFilesChanged = false;
    let modulesChanged = false;
    for (const change of changes) {
      const file = uriToPath(change.uri);
      if (!file) continue;
      const name = path.basename(file);
      if (name === 'go.mod' || name === CONFIG_FILE_NAME) projectFilesChanged = true;
      if (name === 'go.mod') modulesChanged = true;
      else if (file.endsWith('.go') && !this.documents.isOpen(file)) goChanges.push({ file, deleted: change.type === FileChangeType.Deleted });
    }
    // A project file change reloads and rescans everything, which covers the .go changes too;
    // so does a large batch (a branch switch), which the scan handles without blocking.
    if (projectFilesChanged) this.onProjectFilesChanged(modulesChanged);
    else if (goChanges.length > RESCAN_THRESHOLD) void guardAsync(this.log, 'workspace scan', undefined, () => this.scan());
    else if (goChanges.length > 0) {
      for (const { file, deleted } of goChanges) {
        if (deleted) this.state.removeFile(file);
        else this.analyseFromDisk(file, false);
      }
      this.state.refresh(goChanges.map((c) => c.file));
    }
  }

  private discover(): Set<string> {
    const files = new Set<string>();
    for (const root of this.settings.roots) {
      const { config } = this.settings.configFor(path.join(root, 'go.mod'));
      const onSkipped = (file: string, reason: string) => this.log.info(`not analysed: ${file}: ${reason}`);
      const found = guard(this.log, `listing ${root}`, [], () => discoverGoFiles([root], { exclude: config.exclude, base: root, onSkipped }));
      for (const file of found) files.add(file);
    }
    return files;
  }

  /** Analyses a closed file; during a scan it is published at once, otherwise by the caller's refresh. */
  private analyseFromDisk(file: string, publish: boolean): void {
    guard(this.log, `analysing ${file}`, undefined, () => {
      const { root, config } = this.settings.configFor(file);
      const inWorkspace = root !== null && this.settings.inScope(file);
      const read = inWorkspace ? readGoSource(file, config.includeGenerated) : { skipped: 'not in the workspace', kind: 'unsuitable' as const };
      if ('skipped' in read) {
        this.state.removeFile(file);
        return;
      }
      const analysed = analyseOrSkip(() => this.analyzer.analyze(file, read.text, config), this.log, file);
      if ('notAnalysed' in analysed) {
        this.state.removeFile(file);
        return;
      }
      const { analysis, tree } = analysed;
      tree.delete();
      this.state.setFile(file, analysis, null);
      if (publish) this.state.publish(file);
    });
  }

  private async startProgress(): Promise<WorkDoneProgressServerReporter | null> {
    try {
      const progress = await this.connection.window.createWorkDoneProgress();
      progress.begin('ctxlens', 0, 'Scanning Go files', false);
      return progress;
    } catch (error) {
      this.log.info(`no progress reporting: ${(error as Error).message}`);
      return null;
    }
  }
}
