// An open document that cannot be analysed says so: one information diagnostic at its first
// line with the reason, and its next good version is analysed as usual. The failure is injected
// in-process, so the server's diagnostics feature runs over a recording connection.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { Analyzer } from '../../server/src/engine/run/analyzer';
import { SourceFile } from '../../server/src/engine/go/source-file';
import { OpenFileDiagnostics } from '../../server/src/features/diagnostics';
import { OpenDocuments } from '../../server/src/features/documents';
import { Settings } from '../../server/src/features/settings';
import { WorkspaceState } from '../../server/src/features/workspace-state';
import { DISCARDED_CANCEL } from '../cli/support';

type Handler = (params: unknown) => void;

/** The few connection methods the diagnostics feature uses, recording what it publishes. */
function recordingConnection() {
  const handlers = new Map<string, Handler>();
  const published: PublishDiagnosticsParams[] = [];
  const waiting: (() => void)[] = [];
  const on = (name: string) => (handler: Handler) => void handlers.set(name, handler);
  const connection = {
    onDidOpenTextDocument: on('open'),
    onDidChangeTextDocument: on('change'),
    onDidCloseTextDocument: on('close'),
    sendDiagnostics: async (params: PublishDiagnosticsParams) => {
      published.push(params);
      for (const resolve of waiting.splice(0)) resolve();
    },
  } as unknown as Connection;
  /** Resolves once diagnostics of the given version are published (at once when they already were). */
  const publishedFor = (version: number) =>
    new Promise<PublishDiagnosticsParams>((resolve) => {
      const check = () => {
        const found = published.find((p) => p.version === version);
        if (found) resolve(found);
        else waiting.push(check);
      };
      check();
    });
  return { connection, published, publishedFor, send: (name: string, params: unknown) => handlers.get(name)!(params) };
}

test('an open document whose analysis throws gets one diagnostic saying why, and the tree is not kept', async (t) => {
  const nodesAt = SourceFile.prototype.nodesAt;
  t.mock.method(SourceFile.prototype, 'nodesAt', function (this: SourceFile, ...args: Parameters<SourceFile['nodesAt']>) {
    if (this.text.includes('Broken')) throw new RangeError('Maximum call stack size exceeded');
    return nodesAt.apply(this, args);
  });
  const { connection, published, publishedFor, send } = recordingConnection();
  const errors: string[] = [];
  const log = { error: (m: string) => void errors.push(m), info: () => {} };
  const settings = new Settings(connection, log, false);
  const documents = new OpenDocuments();
  const state = new WorkspaceState(connection, settings, log, (file) => `file://${file}`);
  const diagnostics = new OpenFileDiagnostics(await Analyzer.create(), documents, settings, state, log, () => {});
  diagnostics.register(connection);
  diagnostics.analyseAll();

  const uri = 'file:///work/shop/fetch.go';
  send('open', { textDocument: { uri, version: 1, text: DISCARDED_CANCEL.replace('Fetch', 'Broken') } });
  assert.equal(published.length, 1);
  assert.equal(published[0]!.version, 1);
  assert.deepEqual(
    published[0]!.diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.severity, d.message]),
    [[0, 0, 3, 'ctxlens could not analyse this file: analysis failed: Maximum call stack size exceeded']],
  );
  assert.equal(documents.get(uri)!.tree, undefined);
  assert.equal(errors.length, 1);
  assert.match(errors[0]!, /fetch\.go: RangeError: Maximum call stack size exceeded/);

  send('change', { textDocument: { uri, version: 2 }, contentChanges: [{ text: DISCARDED_CANCEL }] });
  const analysed = await publishedFor(2);
  assert.deepEqual(
    analysed.diagnostics.map((d) => d.code),
    ['ctx-cancel-discarded'],
  );
  assert.ok(documents.get(uri)!.tree);
  send('close', { textDocument: { uri } });
});
