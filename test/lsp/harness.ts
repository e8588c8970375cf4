// A real LSP client for tests: spawns the bundled server over stdio, answers the requests a
// client answers, records notifications, and lets tests wait on events (never on sleeps).
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  type FileEvent,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
} from 'vscode-languageserver-protocol/node';
import { pathToFileURL } from 'node:url';
import { ReadyNotification, type ReadyParams } from '../../server/src/protocol';
import { REPO_ROOT } from '../support/fixtures';

export const SERVER = path.join(REPO_ROOT, 'dist', 'server.js');
/** A guard against a hung server, not a wait: every wait resolves on an event long before. */
const EVENT_TIMEOUT_MS = 20_000;

export const uriOf = (file: string) => pathToFileURL(file).href;

type WorkDoneProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

export interface SessionOptions {
  /** What the client answers for the `ctxlens` settings section. */
  settings?: unknown;
  /** Client capabilities added under `workspace` (e.g. `codeLens: { refreshSupport: true }`). */
  workspaceCapabilities?: Record<string, unknown>;
}

export class LspSession {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly messages: ShowMessageParams[] = [];
  readonly logs: string[] = [];
  readonly ready: ReadyParams[] = [];
  readonly registrations: string[] = [];
  /** `$/progress` values (begin, report, end) in arrival order. */
  readonly progress: WorkDoneProgressValue[] = [];
  private readonly waiters = new Set<() => void>();
  /** What the client answers for the `ctxlens` settings section; changeSettings replaces it. */
  private settings: unknown = null;

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
  ) {}

  static async start(root: string, options: SessionOptions = {}): Promise<LspSession> {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run node esbuild.mjs --tests`);
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(connection, child);
    session.settings = options.settings ?? null;
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => session.record(() => session.diagnostics.set(params.uri, params)));
    connection.onNotification(ShowMessageNotification.type, (params) => session.record(() => session.messages.push(params)));
    connection.onNotification(LogMessageNotification.type, (params) => session.record(() => session.logs.push(params.message)));
    connection.onNotification(ReadyNotification.type, (params) => session.record(() => session.ready.push(params)));
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => session.settings));
    connection.onRequest(RegistrationRequest.type, (params) => {
      session.registrations.push(...params.registrations.map((r) => r.method));
    });
    connection.onRequest(WorkDoneProgressCreateRequest.type, (params) => {
      connection.onProgress(WorkDoneProgress.type, params.token, (value) => session.record(() => session.progress.push(value)));
    });
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uriOf(root),
      workspaceFolders: [{ uri: uriOf(root), name: path.basename(root) }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, ...options.workspaceCapabilities },
        window: { workDoneProgress: true },
        textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true } },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  /** Resolves with check's first non-undefined result, re-checked on every notification; guardMs only guards against a hung server. */
  waitFor<T>(what: string, check: () => T | undefined, guardMs = EVENT_TIMEOUT_MS): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const result = check();
        if (result === undefined) return;
        this.waiters.delete(attempt);
        clearTimeout(timer);
        resolve(result);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(attempt);
        reject(new Error(`timed out waiting for ${what}; server log:\n${this.logs.join('\n')}`));
      }, guardMs);
      this.waiters.add(attempt);
      attempt();
    });
  }

  waitForReady(count = 1, guardMs?: number): Promise<ReadyParams> {
    return this.waitFor(`ctxlens/ready #${count}`, () => this.ready[count - 1], guardMs);
  }

  /** Diagnostics of a file once they satisfy accept (by default: any published). */
  waitForDiagnostics(file: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics of ${file}`, () => {
      const published = this.diagnostics.get(uriOf(file));
      return published && accept(published) ? published.diagnostics : undefined;
    });
  }

  open(file: string, text = fs.readFileSync(file, 'utf8'), version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(file), languageId: 'go', version, text } });
  }

  change(file: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uriOf(file), version }, contentChanges });
  }

  closeDocument(file: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uriOf(file) } });
  }

  filesChanged(changes: FileEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** Answers later settings requests with settings and tells the server they changed (as an editor does). */
  changeSettings(settings: unknown): Promise<void> {
    this.settings = settings;
    return this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async close(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      this.connection.dispose();
      if (this.child.exitCode === null) this.child.kill();
    }
  }

  private record(store: () => void): void {
    store();
    for (const waiter of [...this.waiters]) waiter();
  }
}
