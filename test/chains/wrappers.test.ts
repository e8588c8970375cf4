// Wrapper constructors: a workspace function whose parameters reach a grpc constructor's
// interceptors gives each of its calls a chain of its own; its own chain names its callers.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { chainsJson } from '../../server/src/engine/chains';
import { chainAt, chainsOf, describe, modelsOf } from './support';

test('each call of a wrapper has the chain its arguments make, the wrapper’s own options first', async () => {
  const { chains, dir } = await chainsOf('wrappers');
  const publicServer = chainAt(chains, dir, 'main.go', 17);
  assert.equal(publicServer.constructor, 'server.New');
  assert.deepEqual(describe(publicServer.unary), ['Audit other', 'recovery.UnaryServerInterceptor recovery', 'auth auth']);
  assert.deepEqual(describe(chainAt(chains, dir, 'main.go', 21).unary), ['Audit other', 'auth auth']);
  assert.equal(publicServer.via?.grpcConstructor, 'grpc.NewServer');
  assert.equal(publicServer.via?.at.file, path.join(dir, 'server', 'server.go'));
  assert.equal(publicServer.via?.callee.text, 'server.New');
});

test('the wrapper’s own chain keeps its callers’ options unknown and lists the calls', async () => {
  const { chains, dir } = await chainsOf('wrappers');
  const wrapper = chainAt(chains, dir, 'server/server.go', 17);
  assert.deepEqual(describe(wrapper.unary), ['Audit other', 'opts other ?']);
  assert.equal(wrapper.unary[1]!.reason, 'parameter opts of the wrapper constructor New: each of its 3 calls has a chain of its own');
  assert.deepEqual(
    wrapper.callers?.map((c) => `${path.relative(dir, c.file)}:${c.range.start.line + 1}`),
    ['main.go:17', 'main.go:21', 'main.go:26'],
  );
});

test('a wrapper of a wrapper: each outer call has a chain, the inner call names its callers', async () => {
  const { chains, dir } = await chainsOf('wrappers');
  const inner = chainAt(chains, dir, 'main.go', 26);
  assert.deepEqual(describe(inner.unary), ['Audit other', 'extra other ?']);
  assert.equal(inner.unary[1]!.reason, 'parameter extra of the wrapper constructor newInternal: each of its 2 calls has a chain of its own');
  assert.deepEqual(describe(chainAt(chains, dir, 'main.go', 31).unary), ['Audit other', 'recovery.UnaryServerInterceptor recovery']);
  assert.deepEqual(describe(chainAt(chains, dir, 'main.go', 32).unary), ['Audit other']);
  assert.equal(chainAt(chains, dir, 'main.go', 32).via?.inner, inner.id);
});

test('no chains at the calls of a function whose parameters install no interceptor, or of one bound at its only call', async () => {
  const { chains, dir } = await chainsOf('wrappers');
  const at = (c: { file: string; range: { start: { line: number } } }) => `${path.relative(dir, c.file)}:${c.range.start.line + 1}`;
  assert.deepEqual(chains.filter((c) => !c.via).map(at), ['main.go:38', 'server/server.go:17', 'server/server.go:22', 'server/stub.go:14']);
  assert.deepEqual(describe(chainAt(chains, dir, 'main.go', 38).unary), ['logCalls logging']);
  assert.equal(chainAt(chains, dir, 'server/server.go', 22).callers, undefined);
});

test('chains JSON: a wrapper call says which grpc call it reaches, the wrapper lists its callers', async () => {
  const { chains, dir } = await chainsOf('wrappers');
  const json = chainsJson(modelsOf(chains), dir).chains;
  const call = json.find((c) => c.file === 'main.go' && c.line === 21);
  assert.deepEqual(call?.via, { constructor: 'grpc.NewServer', file: 'server/server.go', line: 17 });
  const wrapper = json.find((c) => c.file === 'server/server.go' && c.line === 17);
  assert.deepEqual(wrapper?.callers, [
    { file: 'main.go', line: 17 },
    { file: 'main.go', line: 21 },
    { file: 'main.go', line: 26 },
  ]);
  assert.equal(wrapper?.via, undefined);
});

test('a wrapper declared once per platform: the variant its calls do not resolve to says where they go', async () => {
  const { chains, dir } = await chainsOf('variants');
  const reasons = ['server/server_linux.go', 'server/server_windows.go'].map((file) =>
    chainAt(chains, dir, file, 7 - (file.endsWith('windows.go') ? 1 : 0)).unary.map((e) => e.reason ?? null),
  );
  assert.deepEqual(reasons, [
    [null, 'parameter opts of New (exported), its calls resolve to its build variant in server_windows.go'],
    [null, 'parameter opts of the wrapper constructor New: its call has a chain of its own'],
  ]);
});

test('a call of another type’s method of the same name is no call of a wrapper method', async () => {
  const { chains, dir } = await chainsOf('wrappers');
  assert.equal(
    chains.some((c) => c.file === path.join(dir, 'node.go')),
    false,
  );
  assert.deepEqual(
    chainAt(chains, dir, 'server/stub.go', 14).callers?.map((c) => `${path.relative(dir, c.file)}:${c.range.start.line + 1}`),
    ['server/stub_test.go:10'],
  );
});

test('a function bound at its only call: the calls of the function that call is in have the chains', async () => {
  const { chains, dir } = await chainsOf('wrappers');
  const inner = chainAt(chains, dir, 'server/stub.go', 14);
  assert.equal(inner.unary[0]!.reason, 'parameter opts of the wrapper constructor Stub.Start: its call has a chain of its own');
  assert.deepEqual(describe(chainAt(chains, dir, 'server/stub_test.go', 10).unary), ['Audit other']);
});
