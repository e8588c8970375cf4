// Chain code lenses through the LSP: constructor and definition lenses resolved lazily, and
// refreshed when a file that contributes options to a chain changes.
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeLensRefreshRequest, CodeLensRequest, CodeLensResolveRequest, type CodeLens } from 'vscode-languageserver-protocol/node';
import { ChainsRequest } from '../../server/src/protocol';
import { LspSession, uriOf } from './harness';
import { copyLensWorkspace, MessageCounter } from './lens-workspace';
import * as os from 'node:os';
import { FIXTURES, STUBS } from '../support/fixtures';

interface ResolvedLens {
  line: number;
  title: string;
  command: string;
  args: unknown[];
  tooltip?: string;
}

async function lensesOf(session: LspSession, file: string): Promise<ResolvedLens[]> {
  const listed = ((await session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uriOf(file) } })) ?? []) as CodeLens[];
  for (const lens of listed) assert.equal(lens.command, undefined, 'the list leaves titles to resolve');
  const resolved = await Promise.all(listed.map((lens) => session.connection.sendRequest(CodeLensResolveRequest.type, lens)));
  return resolved
    .map((lens) => ({
      line: lens.range.start.line + 1,
      title: lens.command?.title ?? '',
      command: lens.command?.command ?? '',
      args: lens.command?.arguments ?? [],
      ...(lens.command?.tooltip ? { tooltip: lens.command.tooltip } : {}),
    }))
    .sort((a, b) => a.line - b.line || a.title.localeCompare(b.title));
}

const titles = (lenses: readonly ResolvedLens[]) => lenses.map((l) => `${l.line}: ${l.title}`);

describe('chain code lenses', () => {
  let root: string;
  let dir: string;
  let session: LspSession;
  let refreshes: MessageCounter;

  before(async () => {
    ({ root, dir } = copyLensWorkspace());
    session = await LspSession.start(dir, { workspaceCapabilities: { codeLens: { refreshSupport: true } } });
    refreshes = new MessageCounter('codeLens refresh');
    session.connection.onRequest(CodeLensRefreshRequest.method, () => {
      refreshes.hit();
      return null;
    });
    await session.waitForReady();
    // The scan ends with a refresh: lenses opened before it are redrawn.
    await refreshes.reach(1);
  });
  after(async () => {
    await session.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('above each constructor: the unary and stream chains, unknown parts as ?, the finding count', async () => {
    assert.deepEqual(titles(await lensesOf(session, path.join(dir, 'cmd', 'server', 'main.go'))), [
      '7: stream: recovery → mw.StreamAudit → handler',
      '7: unary: recovery → otelgrpc → auth → logging → audit → mw.Timing → handler · 1 finding',
    ]);
    assert.deepEqual(titles(await lensesOf(session, path.join(dir, 'cmd', 'admin', 'main.go'))), ['12: unary: logging → recovery → mw.Timing → handler']);
    const client = await lensesOf(session, path.join(dir, 'cmd', 'client', 'main.go'));
    // dial's parameter is in its chain: each of its calls has a chain (and a lens) of its own.
    assert.deepEqual(titles(client), [
      '11: unary: mw.ClientTimeout → ? → invoker',
      '18: unary: mw.ClientTimeout → mw.ClientTimeout → invoker',
      '23: unary: mw.ClientTimeout → ? → invoker',
    ]);
    // The hover names what the ? stands for.
    assert.equal(client[0]!.tooltip, '? extra: parameter extra of the wrapper constructor dial: each of its 2 calls has a chain of its own');
    assert.equal(client[2]!.tooltip, '? extra: nil, no interceptor');
  });

  test('clicking a constructor lens shows the chain by its id', async () => {
    const file = path.join(dir, 'cmd', 'server', 'main.go');
    const chains = await session.connection.sendRequest(ChainsRequest.type, {});
    const id = chains.find((c) => c.location.uri === uriOf(file))?.id;
    assert.ok(id);
    for (const lens of await lensesOf(session, file)) {
      assert.equal(lens.command, 'ctxlens.showChain');
      assert.deepEqual(lens.args, [id]);
    }
  });

  test('above each workspace interceptor definition: the chains it is in and where', async () => {
    const mw = await lensesOf(session, path.join(dir, 'internal', 'mw', 'mw.go'));
    assert.deepEqual(titles(mw), [
      '20: in 2 chains: 3rd of 3 in cmd/admin/main.go, 6th of 6 in cmd/server/main.go',
      '27: in 1 chain: 2nd of 2 in cmd/server/main.go',
      '31: in 3 chains: 1st of 2 in cmd/client/main.go, 2nd of 2 in cmd/client/main.go',
    ]);
    const chains = await session.connection.sendRequest(ChainsRequest.type, {});
    assert.deepEqual(mw[0]!.args, [chains.find((c) => c.relativePath === 'cmd/admin/main.go')?.id], 'clicking shows the first chain using it');
    // A func literal held by a package variable is a definition too.
    assert.deepEqual(titles(await lensesOf(session, path.join(dir, 'cmd', 'server', 'options.go'))), ['29: in 1 chain: 5th of 6 in cmd/server/main.go']);
  });

  test('an edit to the file that builds the options refreshes the lenses of the constructor in another file', async () => {
    const options = path.join(dir, 'cmd', 'server', 'options.go');
    const text = fs.readFileSync(options, 'utf8');
    const line = text.split('\n').indexOf('\t\t\tmw.Timing,');
    assert.ok(line > 0);
    await session.open(options, text);
    await session.change(options, 2, [{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' }]);
    // The refresh is sent (debounced) after the edit's diagnostics are published.
    await session.waitForDiagnostics(options, (p) => p.version === 2);
    await refreshes.reach(refreshes.count + 1);
    assert.deepEqual(titles(await lensesOf(session, path.join(dir, 'cmd', 'server', 'main.go'))), [
      '7: stream: recovery → mw.StreamAudit → handler',
      '7: unary: recovery → otelgrpc → auth → logging → audit → handler · 1 finding',
    ]);
    assert.deepEqual(titles(await lensesOf(session, path.join(dir, 'internal', 'mw', 'mw.go')))[0], '20: in 1 chain: 3rd of 3 in cmd/admin/main.go');
  });
});

describe('chain code lenses above connect-go constructors', () => {
  let root: string;
  let dir: string;
  let session: LspSession;

  before(async () => {
    // Copied where its go.mod's ../../_stubs replacements still point at the stubs.
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'ctxlens-connect-lens-'));
    fs.cpSync(STUBS, path.join(root, '_stubs'), { recursive: true });
    dir = path.join(root, 'chains', 'connect');
    fs.cpSync(path.join(FIXTURES, '_chains', 'connect'), dir, { recursive: true });
    session = await LspSession.start(dir);
    await session.waitForReady();
  });
  after(async () => {
    await session.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('each handler and client constructor: its unary chain, and the stream chain without the unary-only entries', async () => {
    assert.deepEqual(titles(await lensesOf(session, path.join(dir, 'main.go'))), [
      '22: stream: connect.WithRecover → otelconnect → newAuth → handler',
      '22: unary: connect.WithRecover → otelconnect → newAuth → logCalls → handler',
      '29: stream: newAuth → handler',
      '29: unary: newTiming → newAuth → handler',
      '40: stream: newAuth → handler',
      '40: unary: newAuth → logCalls → handler',
      '45: stream: connect.WithRecover → newAuth → handler',
      '45: unary: connect.WithRecover → newAuth → handler',
      '49: stream: newAuth → streamer',
      '49: unary: newAuth → newTiming → invoker',
      '68: stream: authInterceptor → authInterceptor → handler',
      '68: unary: authInterceptor → authInterceptor → handler',
    ]);
  });
});
