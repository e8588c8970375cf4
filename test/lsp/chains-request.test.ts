// The ctxlens/chains request and the ctxlens/chainsChanged notification through the LSP.
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ChainsChangedNotification, ChainsRequest, type ChainEntryView, type ChainView } from '../../server/src/protocol';
import { LspSession, uriOf } from './harness';
import { copyLensWorkspace, MessageCounter } from './lens-workspace';

const entries = (list: readonly ChainEntryView[]) =>
  list.map((e) => `${e.name} ${e.class}${e.outsideRecovery ? ' outside-recovery' : ''}${e.resolved ? '' : ' unresolved'}`);

describe('ctxlens/chains', () => {
  let root: string;
  let dir: string;
  let session: LspSession;
  let changes: MessageCounter;
  let chains: ChainView[];

  before(async () => {
    ({ root, dir } = copyLensWorkspace());
    session = await LspSession.start(dir);
    changes = new MessageCounter('chainsChanged');
    session.connection.onNotification(ChainsChangedNotification.method, () => changes.hit());
    await session.waitForReady();
    chains = await session.connection.sendRequest(ChainsRequest.type, {});
  });
  after(async () => {
    await session.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('every chain of the workspace, in order, with its entries outermost first', () => {
    assert.deepEqual(
      chains.map((c) => `${c.relativePath}:${c.location.range.start.line + 1} ${c.kind} ${c.constructor}`),
      [
        'cmd/admin/main.go:12 server grpc.NewServer',
        'cmd/client/main.go:11 client grpc.NewClient',
        // dial's parameter is in its chain: each of its calls has a chain of its own.
        'cmd/client/main.go:18 client dial',
        'cmd/client/main.go:23 client dial',
        'cmd/server/main.go:7 server grpc.NewServer',
      ],
    );
    const [admin, client, firstDial, secondDial, server] = chains as [ChainView, ChainView, ChainView, ChainView, ChainView];
    assert.deepEqual(entries(admin.unary), ['logging.UnaryServerInterceptor logging', 'recovery.UnaryServerInterceptor recovery', 'mw.Timing other']);
    assert.deepEqual(entries(client.unary), ['mw.ClientTimeout timeout', 'extra other unresolved']);
    assert.deepEqual(entries(firstDial.unary), ['mw.ClientTimeout timeout', 'mw.ClientTimeout timeout']);
    assert.deepEqual(entries(secondDial.unary), ['mw.ClientTimeout timeout', 'extra other unresolved']);
    assert.deepEqual(entries(server.unary), [
      'recovery.UnaryServerInterceptor recovery',
      'otelgrpc.UnaryServerInterceptor tracing',
      'auth.UnaryServerInterceptor auth',
      'logging.UnaryServerInterceptor logging',
      'audit other',
      'mw.Timing other',
    ]);
    assert.deepEqual(entries(server.stream), ['recovery.StreamServerInterceptor recovery', 'mw.StreamAudit other']);
    assert.deepEqual(admin.stream, []);
  });

  test('locations, definitions and body facts of the entries', () => {
    const server = chains[4]!;
    assert.equal(server.location.uri, uriOf(path.join(dir, 'cmd', 'server', 'main.go')));
    const timing = server.unary[5]!;
    assert.equal(timing.registered.uri, uriOf(path.join(dir, 'cmd', 'server', 'options.go')));
    assert.equal(timing.registered.range.start.line + 1, 22);
    assert.equal(timing.defined?.uri, uriOf(path.join(dir, 'internal', 'mw', 'mw.go')));
    assert.equal(timing.defined?.range.start.line + 1, 20);
    assert.deepEqual(timing.body, { callsNextOnEveryPath: true, passesContext: true, mayPanic: false, recovers: false });
    const recovery = server.unary[0]!;
    assert.equal(recovery.defined, null);
    assert.equal(recovery.library, 'github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/recovery');
    assert.equal(server.unary[4]!.body?.mayPanic, true);
    assert.equal(server.builtOutsideWorkspace, false);
  });

  test('findings sit on the entries they concern and are counted per chain', () => {
    const [admin, client, , , server] = chains as [ChainView, ChainView, ChainView, ChainView, ChainView];
    assert.deepEqual([admin.findingCount, client.findingCount, server.findingCount], [0, 0, 1]);
    const audit = server.unary[4]!;
    assert.deepEqual(
      audit.findings.map((f) => `${f.rule} ${f.severity} ${f.location.range.start.line + 1}`),
      ['interceptor-panics warning 31'],
    );
    assert.equal(audit.findings[0]!.location.uri, uriOf(path.join(dir, 'cmd', 'server', 'options.go')));
    assert.deepEqual(server.findings, [], 'no finding at the constructor itself');
    for (const entry of server.unary.filter((e) => e !== audit)) assert.deepEqual(entry.findings, []);
  });

  test('one chain by id', async () => {
    const one = await session.connection.sendRequest(ChainsRequest.type, { id: chains[1]!.id });
    assert.deepEqual(one, [chains[1]]);
    assert.deepEqual(await session.connection.sendRequest(ChainsRequest.type, { id: 'nowhere.go:1:1' }), []);
  });

  test('the scan and an edit to a contributing file announce that chains changed', async () => {
    await changes.reach(1);
    const options = path.join(dir, 'cmd', 'server', 'options.go');
    const text = fs.readFileSync(options, 'utf8');
    await session.open(options, text);
    // Recovery removed from the unary chain: every other entry now runs outside no recovery.
    const line = text.split('\n').indexOf('\t\t\trecovery.UnaryServerInterceptor(),');
    assert.ok(line > 0);
    await session.change(options, 2, [{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' }]);
    await session.waitForDiagnostics(options, (p) => p.version === 2);
    await changes.reach(changes.count + 1);
    const [server] = await session.connection.sendRequest(ChainsRequest.type, { id: chains[4]!.id });
    assert.ok(server);
    assert.equal(server.unary[0]!.name, 'otelgrpc.UnaryServerInterceptor');
    assert.ok(
      server.unary.every((e) => !e.outsideRecovery),
      'no recovery, so nothing is outside it',
    );
  });
});
