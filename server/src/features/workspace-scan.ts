// The background scan of every .go file in the workspace folders, and re-analysis of closed
// files that change on disk. The scan reads, parses and analyses on worker threads; this thread
// only stores and publishes what comes back, so requests and open-file diagnostics are served
// in between. Files whose text no rule needs stay unparsed until the facts of an edit need them.
import * as path from 'node:path';
import { FileChangeType, type Connection, type DidChangeWatchedFilesParams, type WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import type { Analyzer, Config, FileOutcome, ScanGroup } from '../engine/api';
import { scanFiles, UnparsedFiles } from '../engine/api';
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

export class WorkspaceScanner {
  /** Bumped by every scan; an older scan that sees a newer generation stops. */
  private generation = 0;
  /** Files the scans' worker threads parsed and analysed. */
  private parsedOnWorkers = 0;
  /** The files the last scan left unparsed, asked again as facts change. */
  private unparsed = new UnparsedFiles({ unneeded: [], round: [] });

  constructor(
    private readonly connection: Connection,
    private readonly analyzer: Analyzer,
    private readonly documents: OpenDocuments,
    private readonly settings: Settings,
    private readonly state: WorkspaceState,
    private readonly log: Logger,
    /** Called when go.mod (modulesChanged) or .ctxlens.json changed: settings, and modules with go.mod, must be reloaded. */
    private readonly onProjectFilesChanged: (modulesChanged: boolean) => void,
  ) {
    state.onRefreshed((changed) => guard(log, 'asking again about unparsed files', undefined, () => this.askAgain(changed)));
  }

  /** Scans every folder again (replacing a scan under way), then sends ctxlens/ready. */
  async scan(): Promise<void> {
    const generation = ++this.generation;
    let progress = await this.startProgress();
    try {
      const files = this.discover();
      for (const known of this.state.knownFiles()) {
        if (!files.has(known) && !this.documents.isOpen(known)) this.state.removeFile(known);
      }
      const groups = this.groups(files);
      const total = groups.reduce((n, g) => n + g.files.length, 0);
      let done = 0;
      let lastPercent = -1;
      const cancelled = () => generation !== this.generation;
      const result = await scanFiles(groups, {
        cancelled,
        facts: () => this.state.facts,
        onOutcome: (file, outcome) => {
          if ('analysis' in outcome) this.parsedOnWorkers++;
          // An editor opened the file meanwhile: its buffer, not the disk, is what counts.
          if (!this.documents.isOpen(file)) guard(this.log, `storing ${file}`, undefined, () => this.store(file, outcome));
          // Every file's first outcome counts; the second round's come after 100%.
          if (done >= total) return;
          done++;
          const percent = Math.floor((done * 100) / total);
          if (percent !== lastPercent) progress?.report(percent, `${done}/${total} files`);
          lastPercent = percent;
        },
      });
      if (!result || cancelled()) return;
      this.unparsed = new UnparsedFiles(result);
      this.state.refresh([]);
      this.log.info(
        `workspace scan done: ${files.size} files, ${result.unneeded.length} of them unparsed (nothing any rule needs); ${this.parses} parses since start`,
      );
      progress?.done();
      progress = null;
      void this.connection.sendNotification(ReadyNotification.type, { files: files.size });
    } finally {
      progress?.done();
    }
  }

  /** The closed files to scan, by workspace folder (each analysed under its configuration); the rest are forgotten. */
  private groups(files: ReadonlySet<string>): ScanGroup[] {
    const byRoot = new Map<string, { config: Config; files: string[] }>();
    for (const file of files) {
      if (this.documents.isOpen(file)) continue;
      const { root, config } = this.settings.configFor(file);
      if (root === null || !this.settings.inScope(file)) {
        this.state.removeFile(file);
        continue;
      }
      const group = byRoot.get(root) ?? { config, files: [] };
      group.files.push(file);
      byRoot.set(root, group);
    }
    return [...byRoot.values()];
  }

  /** Parses since start, in this thread and on the scans' workers (the log says it, so tests can see what re-parsed). */
  get parses(): number {
    return this.analyzer.parser.parses + this.parsedOnWorkers;
  }

  /** One scanned file's outcome: its facts and findings stored and published, or forgotten. */
  private store(file: string, outcome: FileOutcome): void {
    if ('analysis' in outcome) {
      this.state.setFile(file, outcome.analysis, null);
      this.state.publish(file);
      return;
    }
    // Generated, binary and oversized files are left out quietly, as discovery leaves out vendor/.
    if ('skipped' in outcome && outcome.skipped.kind === 'failed') this.log.error(`${file}: ${outcome.skipped.reason}`);
    this.state.removeFile(file);
  }

  /** After a refresh: files the scan left unparsed that the changed files' facts now make needed are analysed. */
  private askAgain(changed: readonly string[]): void {
    const needed = this.unparsed.neededAfter(
      changed,
      this.state.facts,
      (file) => this.analyzer.modules.packagePathFor(file),
      (file) => {
        // An open document's facts come from its buffer; on closing it is read from disk anyway.
        if (this.documents.isOpen(file)) return null;
        const read = readGoSource(file, this.settings.configFor(file).config.includeGenerated);
        return 'skipped' in read ? null : read.text;
      },
    );
    if (needed === 'every') {
      void guardAsync(this.log, 'workspace scan', undefined, () => this.scan());
      return;
    }
    if (needed.length === 0) return;
    for (const file of needed) this.analyseFromDisk(file, false);
    this.state.refresh(needed);
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
        if (deleted) {
          this.unparsed.delete(file);
          this.state.removeFile(file);
        } else this.analyseFromDisk(file, false);
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
    this.unparsed.delete(file);
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
