// Diagnostics for open documents: every change edits the document's tree at once (cheap); the
// whole-file work (re-parse reusing the edited tree, then analysis) runs at most once per
// DEBOUNCE_MS per document: at once after a quiet spell, else when the spell ends.
import type { Connection } from 'vscode-languageserver/node';
import type { Analyzer } from '../engine/api';
import { checkSource } from '../engine/api';
import type { OpenDocument, OpenDocuments } from './documents';
import { analyseOrSkip, guard, type Logger } from './guard';
import type { Settings } from './settings';
import type { WorkspaceState } from './workspace-state';

/** Minimum time between two analyses of one document while it is being edited. */
const DEBOUNCE_MS = 50;

export class OpenFileDiagnostics {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastRun = new Map<string, number>();
  /** Analysis waits until the settings have been read once. */
  private enabled = false;

  constructor(
    private readonly analyzer: Analyzer,
    private readonly documents: OpenDocuments,
    private readonly settings: Settings,
    private readonly state: WorkspaceState,
    private readonly log: Logger,
    /** Called after a document closed: its file on disk is analysed again. */
    private readonly onClosed: (path: string) => void,
  ) {}

  register(connection: Connection): void {
    connection.onDidOpenTextDocument(({ textDocument: { uri, version, text } }) =>
      guard(this.log, `didOpen ${uri}`, undefined, () => {
        const doc = this.documents.open(uri, version, text);
        if (doc) this.analyse(doc);
      }),
    );
    connection.onDidChangeTextDocument(({ textDocument: { uri, version }, contentChanges }) =>
      guard(this.log, `didChange ${uri}`, undefined, () => {
        const doc = this.documents.change(uri, version, contentChanges);
        if (doc) this.schedule(doc);
      }),
    );
    connection.onDidCloseTextDocument(({ textDocument: { uri } }) =>
      guard(this.log, `didClose ${uri}`, undefined, () => {
        this.cancel(uri);
        const doc = this.documents.close(uri);
        if (doc) this.onClosed(doc.path);
      }),
    );
  }

  /** Starts analysing (after the first settings load) and re-analyses every open document (after a config change). */
  analyseAll(): void {
    this.enabled = true;
    for (const doc of this.documents.all()) this.analyse(doc);
  }

  private schedule(doc: OpenDocument): void {
    if (this.timers.has(doc.uri)) return;
    const wait = (this.lastRun.get(doc.uri) ?? -Infinity) + DEBOUNCE_MS - performance.now();
    if (wait <= 0) {
      this.analyse(doc);
      return;
    }
    this.timers.set(
      doc.uri,
      setTimeout(() => {
        this.timers.delete(doc.uri);
        if (this.documents.get(doc.uri) === doc) this.analyse(doc);
      }, wait),
    );
  }

  private cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.lastRun.delete(uri);
  }

  private analyse(doc: OpenDocument): void {
    if (!this.enabled) return;
    this.lastRun.set(doc.uri, performance.now());
    guard(this.log, `analysing ${doc.path}`, undefined, () => {
      const { config } = this.settings.configFor(doc.path);
      const text = doc.text.getText();
      if (!this.settings.inScope(doc.path)) return this.leaveOut(doc);
      // The same policy as for files on disk; text that cannot be analysed says so in the editor.
      const read = checkSource(Buffer.from(text, 'utf8'), config.includeGenerated);
      if ('skipped' in read) return read.kind === 'generated' ? this.leaveOut(doc) : this.leaveOut(doc, read.skipped);
      const analysed = analyseOrSkip(() => this.analyzer.analyze(doc.path, text, config, doc.tree), this.log, doc.path);
      if ('notAnalysed' in analysed) return this.leaveOut(doc, analysed.notAnalysed);
      const { analysis, tree } = analysed;
      this.documents.keepTree(doc, tree);
      this.state.setFile(doc.path, analysis, doc.text.version);
      this.state.publishThenRefresh(doc.path);
    });
  }

  /** Not analysed: no findings, and with a reason one note saying why (excluded and generated files stay quiet). */
  private leaveOut(doc: OpenDocument, reason?: string): void {
    this.documents.dropTree(doc);
    if (reason === undefined) this.state.removeFile(doc.path, doc.text.version);
    else this.state.setNotAnalysed(doc.path, reason, doc.text.version);
  }
}
