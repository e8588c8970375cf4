// The chain model: the exact effective order (outermost first) for every shape options and
// interceptors reach a constructor in, across files and packages.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { chainAt, chainsOf, definitions, describe } from './support';

test('literal arguments, whatever the grpc import alias; library interceptors by import path', async () => {
  const { chains, dir } = await chainsOf('literal');
  const chain = chainAt(chains, dir, 'main.go', 24);
  assert.equal(chain.kind, 'server');
  assert.equal(chain.constructor, 'grpc.NewServer');
  assert.deepEqual(describe(chain.unary), [
    'recovery.UnaryServerInterceptor recovery',
    'otelgrpc.UnaryServerInterceptor tracing',
    'auth.UnaryServerInterceptor auth',
    'logging.UnaryServerInterceptor logging',
    'withTraceHeader tracing',
  ]);
  assert.deepEqual(
    chain.unary.map((e) => e.library),
    [
      'github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/recovery',
      'go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc',
      'github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/auth',
      'github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/logging',
      null,
    ],
  );
  assert.deepEqual(definitions(chain.unary, dir), ['-', '-', '-', '-', 'main.go:19']);
  assert.deepEqual(describe(chain.stream), ['recovery.StreamServerInterceptor recovery', 'auth.StreamServerInterceptor auth']);
  assert.equal(chain.unary[4]!.body?.kind, 'unary-server');
  assert.equal(chain.unary[4]!.body?.callsNextOnEveryPath, true);
});

test('method values of a library value (v2 prometheus provider) are that library', async () => {
  const { chains, dir } = await chainsOf('literal');
  const chain = chainAt(chains, dir, 'metrics.go', 12);
  assert.deepEqual(describe(chain.unary), ['srvMetrics.UnaryServerInterceptor metrics', 'recovery.UnaryServerInterceptor recovery']);
  assert.equal(chain.unary[0]!.library, 'github.com/grpc-ecosystem/go-grpc-middleware/providers/prometheus');
});

test('the single interceptor runs first wherever it stands; chains follow in option order', async () => {
  const { chains, dir } = await chainsOf('order');
  const mixed = chainAt(chains, dir, 'main.go', 35);
  assert.deepEqual(describe(mixed.unary), ['third other', 'first other', 'second other', 'fourth other']);
  assert.deepEqual(describe(mixed.stream), ['streamOne other', 'streamTwo other']);
  assert.deepEqual(definitions(mixed.unary, dir), ['main.go:17', 'main.go:9', 'main.go:13', 'main.go:21']);

  const singleFirst = chainAt(chains, dir, 'main.go', 42);
  assert.deepEqual(describe(singleFirst.unary), ['fourth other', 'first other']);
});

test('every single server interceptor is recorded; the first is the one set before the panic', async () => {
  const { chains, dir } = await chainsOf('order');
  const twice = chainAt(chains, dir, 'main.go', 44);
  assert.deepEqual(
    twice.singles.unary.map((s) => [s.option, s.registered.range.start.line + 1, describe(s.entries)]),
    [
      ['grpc.UnaryInterceptor', 44, ['first other']],
      ['grpc.UnaryInterceptor', 44, ['second other']],
    ],
  );
  assert.deepEqual(describe(twice.unary), ['first other']);
});

test('opts... from a slice literal with appends, a conditional append and a spread slice', async () => {
  const { chains, dir } = await chainsOf('slice');
  const chain = chainAt(chains, dir, 'main.go', 41);
  assert.deepEqual(describe(chain.unary), [
    'tagRequest other',
    'recovery.UnaryServerInterceptor recovery',
    'logCalls logging',
    'auth.UnaryServerInterceptor auth if',
  ]);
  assert.deepEqual(
    chain.unary.map((e) => e.registered.range.start.line + 1),
    [39, 33, 35, 37],
  );
  assert.deepEqual(chain.stream, []);
});

test('a slice of interceptors spread into ChainUnaryInterceptor, with a conditional append', async () => {
  const { chains, dir } = await chainsOf('slice');
  const chain = chainAt(chains, dir, 'main.go', 48);
  assert.deepEqual(describe(chain.unary), ['recovery.UnaryServerInterceptor recovery', 'dumpRequest other if', 'logCalls logging']);
});

test('options from a helper in another file of the package, and interceptors from another package', async () => {
  const { chains, dir } = await chainsOf('helpers');
  const chain = chainAt(chains, dir, 'main.go', 22);
  assert.deepEqual(describe(chain.unary), ['recovery.UnaryServerInterceptor recovery', 'mw.Auth auth', 'Logging logging', 'collectMetrics metrics']);
  assert.deepEqual(definitions(chain.unary, dir), ['-', 'internal/mw/mw.go:15', 'internal/mw/mw.go:32', 'internal/mw/mw.go:36']);
  assert.deepEqual(
    chain.unary.map((e) => `${path.relative(dir, e.registered.file)}:${e.registered.range.start.line + 1}`),
    ['options.go:13', 'options.go:13', 'internal/mw/mw.go:41', 'internal/mw/mw.go:41'],
  );
  assert.ok(chain.files.includes(path.join(dir, 'internal/mw/mw.go')), 'the chain depends on the helper package');
});

test('options built with appends inside a helper of another package', async () => {
  const { chains, dir } = await chainsOf('helpers');
  const chain = chainAt(chains, dir, 'main.go', 25);
  assert.deepEqual(describe(chain.unary), ['recovery.UnaryServerInterceptor recovery', 'collectMetrics metrics if', 'Logging logging']);
});

test('interceptor variables (local and package-level) and factories', async () => {
  const { chains, dir } = await chainsOf('helpers');
  const chain = chainAt(chains, dir, 'main.go', 29);
  assert.deepEqual(describe(chain.unary), ['mw.Auth auth', 'withTrace tracing', 'mw.Timeout timeout']);
  assert.deepEqual(definitions(chain.unary, dir), ['internal/mw/mw.go:15', 'options.go:18', 'internal/mw/mw.go:24']);
  // Registered where the variable is passed, not where it is assigned.
  assert.deepEqual(
    chain.unary.map((e) => e.registered.range.start.line + 1),
    [29, 29, 29],
  );
  // A factory's body facts are those of the closure it returns.
  assert.equal(chain.unary[0]!.body?.kind, 'unary-server');
});

test('method values: of a local type (by the receiver type) and of another package type', async () => {
  const { chains, dir } = await chainsOf('helpers');
  const values = chainAt(chains, dir, 'main.go', 34);
  assert.deepEqual(describe(values.unary), ['s.authInterceptor auth', 'c.Unary other']);
  assert.deepEqual(definitions(values.unary, dir), ['options.go:22', 'internal/cache/cache.go:14']);
  const inMethod = chainAt(chains, dir, 'main.go', 17);
  assert.deepEqual(describe(inMethod.unary), ['s.authInterceptor auth']);
  assert.deepEqual(definitions(inMethod.unary, dir), ['options.go:22']);
});

test('selector-wrapped interceptors are shown as the inner one, conditional', async () => {
  const { chains, dir } = await chainsOf('selector');
  const chain = chainAt(chains, dir, 'main.go', 24);
  assert.deepEqual(describe(chain.unary), ['recovery.UnaryServerInterceptor recovery', 'auth.UnaryServerInterceptor auth if', 'logCalls logging']);
  assert.equal(chain.unary[1]!.wrappedBy, 'selector.UnaryServerInterceptor');
});

test('go-grpc-middleware v1: ChainUnaryServer expands; WithUnaryServerChain is a chain option since v1.4.0', async () => {
  const { chains, dir } = await chainsOf('v1');
  const chain = chainAt(chains, dir, 'main.go', 21);
  assert.deepEqual(describe(chain.unary), ['second other', 'first other', 'grpc_recovery.UnaryServerInterceptor recovery', 'first other']);
  assert.deepEqual(describe(chain.stream), ['grpc_recovery.StreamServerInterceptor recovery']);
  assert.equal(chain.singles.unary.length, 1);
});

test('go-grpc-middleware v1 before v1.4.0: WithUnaryServerChain is a single option, run first', async () => {
  const { chains, dir } = await chainsOf('v1old');
  const chain = chainAt(chains, dir, 'main.go', 17);
  assert.deepEqual(describe(chain.unary), ['grpc_recovery.UnaryServerInterceptor recovery', 'tagRequest other']);
  assert.deepEqual(
    chain.singles.unary.map((s) => s.option),
    ['grpc_middleware.WithUnaryServerChain'],
  );
});

test('clients: the single interceptor first; a later single replaces an earlier one', async () => {
  const { chains, dir } = await chainsOf('client');
  const client = chainAt(chains, dir, 'main.go', 24);
  assert.equal(client.kind, 'client');
  assert.equal(client.constructor, 'grpc.NewClient');
  assert.deepEqual(describe(client.unary), ['retryCall retry', 'otelgrpc.UnaryClientInterceptor tracing', 'logging.UnaryClientInterceptor logging']);
  assert.deepEqual(describe(client.stream), ['otelgrpc.StreamClientInterceptor tracing']);

  const dial = chainAt(chains, dir, 'main.go', 33);
  assert.equal(dial.constructor, 'grpc.DialContext');
  assert.deepEqual(describe(dial.unary), ['addHeader other']);
  assert.deepEqual(
    dial.singles.unary.flatMap((s) => describe(s.entries)),
    ['retryCall retry', 'addHeader other'],
  );
});

test('options and interceptors from outside the workspace are unknown entries, not guesses', async () => {
  const { chains, dir } = await chainsOf('external');
  const platform = chainAt(chains, dir, 'main.go', 11);
  assert.equal(platform.builtOutsideWorkspace, true);
  assert.deepEqual(describe(platform.unary), ['grpcx.ServerOptions other ?']);
  assert.deepEqual(describe(platform.stream), ['grpcx.ServerOptions other ?']);

  const mixed = chainAt(chains, dir, 'main.go', 15);
  assert.equal(mixed.builtOutsideWorkspace, true);
  assert.deepEqual(describe(mixed.unary), ['grpcx.DefaultInterceptors other ?', 'recovery.UnaryServerInterceptor recovery', 'grpcx.Tracing other ?']);

  const fromCaller = chainAt(chains, dir, 'main.go', 24);
  assert.equal(fromCaller.builtOutsideWorkspace, false);
  assert.deepEqual(describe(fromCaller.unary), ['opts other ?']);
});

test('every constructor is found once, in file order', async () => {
  const { chains, dir } = await chainsOf('helpers');
  assert.deepEqual(
    chains.map((c) => `${path.relative(dir, c.file)}:${c.range.start.line + 1}`),
    ['command.go:18', 'main.go:17', 'main.go:22', 'main.go:25', 'main.go:29', 'main.go:34'],
  );
});

test('package-level option slices and interceptor lists', async () => {
  const { chains, dir } = await chainsOf('slice');
  const chain = chainAt(chains, dir, 'vars.go', 15);
  assert.deepEqual(describe(chain.unary), ['recovery.UnaryServerInterceptor recovery', 'tagRequest other', 'logCalls logging']);
  assert.deepEqual(definitions(chain.unary, dir), ['-', 'main.go:22', 'main.go:18']);
});

test('a constructor in a package variable’s func literal: the literal’s locals are followed like a function’s', async () => {
  const { chains, dir } = await chainsOf('helpers');
  const chain = chainAt(chains, dir, 'command.go', 18);
  assert.deepEqual(describe(chain.unary), ['mw.Auth auth', 'withTrace tracing']);
});
