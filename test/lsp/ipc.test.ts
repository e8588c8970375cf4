// VS Code starts the server over node IPC (TransportKind.ipc): the same bundle must answer there.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import {
  createProtocolConnection,
  ExitNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  ShutdownRequest,
  TextDocumentSyncKind,
} from 'vscode-languageserver-protocol/node';
import { SERVER } from './harness';

test('the bundled server speaks LSP over node IPC', { timeout: 20_000 }, async () => {
  const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  connection.listen();
  try {
    const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    assert.equal(result.serverInfo?.name, 'ctxlens');
    assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental });
    await connection.sendRequest(ShutdownRequest.type);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await connection.sendNotification(ExitNotification.type);
    await exited;
  } finally {
    connection.dispose();
    if (child.exitCode === null) child.kill();
  }
});
