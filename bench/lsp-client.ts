// The benchmarks' LSP client: dist/server.js over stdio, answering the server's own requests
// (configuration, capability registration, progress) and waiting for a document version's
// diagnostics.
import { type ChildProcess, spawn } from 'node:child_process';
import {
  createProtocolConnection,
  PublishDiagnosticsNotification,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

export interface BenchServer {
  child: ChildProcess;
  connection: ProtocolConnection;
  /** The diagnostics published for uri at version or later; rejects after timeoutMs. */
  published(version: number): Promise<PublishDiagnosticsParams>;
}

/** Starts the server (nodeArgs go to its node, e.g. `--cpu-prof`); register further handlers on `connection` before sending `initialize`. */
export function startBenchServer(
  serverJs: string,
  uri: string,
  timeoutMs: number,
  stderr: 'inherit' | 'ignore',
  nodeArgs: readonly string[] = [],
): BenchServer {
  const child = spawn(process.execPath, [...nodeArgs, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', stderr] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters: { version: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    if (params.uri !== uri || params.version === undefined) return;
    for (const w of waiters.filter((w) => params.version! >= w.version)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(params);
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  const published = (version: number) =>
    new Promise<PublishDiagnosticsParams>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within ${timeoutMs} ms`)), timeoutMs);
      waiters.push({
        version,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  return { child, connection, published };
}
