// The chain formatters: the lens title, `ctxlens chains` text, JSON (exact shape) and mermaid.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { chainLensTitle, chainLensTitles, chainsJson, formatChainsJson, formatChainsMermaid, formatChainsText } from '../../server/src/engine/chains';
import { chainAt, chainsOf } from './support';

test('the lens title: short names, library ones by package, unknown ones as ?', async () => {
  const literal = await chainsOf('literal');
  const main = chainAt(literal.chains, literal.dir, 'main.go', 24);
  assert.equal(chainLensTitle(main), 'unary: recovery → otelgrpc → auth → logging → withTraceHeader → handler');
  assert.deepEqual(chainLensTitles(main), ['unary: recovery → otelgrpc → auth → logging → withTraceHeader → handler', 'stream: recovery → auth → handler']);
  const metrics = chainAt(literal.chains, literal.dir, 'metrics.go', 12);
  assert.deepEqual(chainLensTitles(metrics), ['unary: prometheus → recovery → handler']);

  const external = await chainsOf('external');
  assert.equal(chainLensTitle(chainAt(external.chains, external.dir, 'main.go', 15)), 'unary: ? → recovery → ? → handler');

  const client = await chainsOf('client');
  assert.deepEqual(chainLensTitles(chainAt(client.chains, client.dir, 'main.go', 24)), [
    'unary: retryCall → otelgrpc → logging → invoker',
    'stream: otelgrpc → streamer',
  ]);
});

test('text output: a header per chain, then its lines', async () => {
  const { chains, dir } = await chainsOf('selector');
  assert.equal(formatChainsText(chains, dir), 'main.go:24 server grpc.NewServer\n  unary: recovery → auth → logCalls → handler\n');
});

test('JSON output has exactly the documented shape', async () => {
  const { chains, dir } = await chainsOf('order');
  const chain = chainAt(chains, dir, 'main.go', 42);
  const json = chainsJson([chain], dir, new Map([[chain.id, 2]]));
  assert.deepEqual(json, {
    version: 1,
    chains: [
      {
        file: 'main.go',
        line: 42,
        endLine: 42,
        kind: 'server',
        constructor: 'grpc.NewServer',
        unary: [
          { name: 'fourth', class: 'other', file: 'main.go', line: 21, conditional: false, resolved: true, reason: null },
          { name: 'first', class: 'other', file: 'main.go', line: 9, conditional: false, resolved: true, reason: null },
        ],
        stream: [],
        findings: 2,
      },
    ],
  });
  assert.deepEqual(JSON.parse(formatChainsJson([chain], dir)), { ...json, chains: [{ ...json.chains[0]!, findings: 0 }] });
});

test('JSON output: library and unresolved entries have no file or line, unresolved ones a reason; multi-line calls span lines', async () => {
  const { chains, dir } = await chainsOf('external');
  const [entry] = chainsJson([chainAt(chains, dir, 'main.go', 15)], dir).chains;
  assert.equal(entry!.endLine, 19);
  assert.deepEqual(entry!.unary, [
    {
      name: 'grpcx.DefaultInterceptors',
      class: 'other',
      file: null,
      line: null,
      conditional: false,
      resolved: false,
      reason: 'built by grpcx.DefaultInterceptors, outside the workspace',
    },
    { name: 'recovery.UnaryServerInterceptor', class: 'recovery', file: null, line: null, conditional: false, resolved: true, reason: null },
    {
      name: 'grpcx.Tracing',
      class: 'other',
      file: null,
      line: null,
      conditional: false,
      resolved: false,
      reason: 'built by grpcx.Tracing, outside the workspace',
    },
  ]);
});

test('text output: every ? is named with its reason under its line', async () => {
  const { chains, dir } = await chainsOf('fields');
  const chain = chainAt(chains, dir, 'options.go', 41);
  assert.equal(
    formatChainsText([chain], dir),
    'options.go:41 server grpc.NewServer\n  unary: limit → ? → handler\n    ? extra: parameter extra of the wrapper constructor newLimitedServer: each of its 2 calls has a chain of its own\n',
  );
});

test('mermaid output: one subgraph per chain and kind, dotted arrows into conditional entries', async () => {
  const { chains, dir } = await chainsOf('selector');
  assert.equal(
    formatChainsMermaid(chains, dir),
    [
      'flowchart LR',
      '  subgraph c0_unary["main.go:24 grpc.NewServer unary"]',
      '    direction LR',
      '    c0_unary_0["recovery"] -.-> c0_unary_1["auth"]',
      '    c0_unary_1["auth"] -.-> c0_unary_2["logCalls"]',
      '    c0_unary_2["logCalls"] --> c0_unary_end(["handler"])',
      '  end',
      '',
    ].join('\n'),
  );
});
