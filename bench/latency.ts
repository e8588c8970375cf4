// Edit → diagnostics latency through the real language server (dist/server.js over stdio):
// open a file, then send small edits one at a time and time each until the server publishes
// diagnostics for that document version.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startBenchServer } from './lsp-client';
import { serviceFile } from './service-file';

export interface LatencyResult {
  lines: number;
  edits: number;
  /** Milliseconds, sorted. */
  samples: number[];
  diagnosticsPerPublish: number;
}

/** The server analyses at most once per 50 ms per document; waiting past that measures an edit, not the debounce. */
const PAUSE_BETWEEN_EDITS_MS = 60;

const PUBLISH_TIMEOUT_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureEditLatency(serverJs: string, lines: number, edits: number): Promise<LatencyResult> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ctxlens-bench-'));
  fs.writeFileSync(path.join(root, 'go.mod'), 'module example.com/orders\n\ngo 1.22\n\nrequire google.golang.org/grpc v1.64.0\n');
  const file = path.join(root, 'service.go');
  const text = serviceFile(lines);
  fs.writeFileSync(file, text);
  const uri = pathToFileURL(file).href;

  const { child, connection, published } = startBenchServer(serverJs, uri, PUBLISH_TIMEOUT_MS, 'inherit');

  try {
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'bench' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true } },
    });
    await connection.sendNotification('initialized', {});
    const opened = published(1);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'go', version: 1, text } });
    const first = await opened;

    // Each edit types one character at the end of a handler's doc comment, spread over the file.
    const commentLines = text.split('\n').flatMap((line, i) => (line.startsWith('// Get') ? [i] : []));
    const samples: number[] = [];
    for (let k = 0; k < edits; k++) {
      const line = commentLines[(k * 7) % commentLines.length]!;
      const character = text.split('\n')[line]!.length;
      const version = k + 2;
      await sleep(PAUSE_BETWEEN_EDITS_MS);
      const done = published(version);
      const start = performance.now();
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
      });
      await done;
      samples.push(performance.now() - start);
    }
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    return { lines: text.split('\n').length, edits, samples: samples.sort((a, b) => a - b), diagnosticsPerPublish: first.diagnostics.length };
  } finally {
    connection.dispose();
    child.kill();
    fs.rmSync(root, { recursive: true, force: true });
  }
}
