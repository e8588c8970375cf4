// The chain formatters: the lens title, `ctxlens chains` text, JSON (exact shape) and mermaid.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { chainLensTitle, chainLensTitles, chainsJson, formatChainsJson, formatChainsMermaid, formatChainsText } from '../../server/src/engine/chains';
import { chainAt, chainsOf, modelsOf } from './support';

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
  assert.equal(formatChainsText(modelsOf(chains), dir), 'main.go:24 server grpc.NewServer\n  unary: recovery → auth → logCalls → handler\n');
});

test('JSON output has exactly the documented shape', async () => {
  const { chains, dir } = await chainsOf('order');
  const chain = chainAt(chains, dir, 'main.go', 42);
  const [model] = modelsOf([chain]);
  const json = chainsJson([{ ...model!, findingCount: 2 }], dir);
  assert.deepEqual(json, {
    version: 1,
    chains: [
      {
        file: 'main.go',
        line: 42,
        endLine: 42,
        kind: 'server',
        framework: 'grpc',
        constructor: 'grpc.NewServer',
        unary: [
          {
            name: 'fourth',
            class: 'other',
            file: 'main.go',
            line: 21,
            conditional: false,
            resolved: true,
            reason: null,
            effectiveClass: 'other',
            outsideRecovery: false,
            unaryOnly: false,
          },
          {
            name: 'first',
            class: 'other',
            file: 'main.go',
            line: 9,
            conditional: false,
            resolved: true,
            reason: null,
            effectiveClass: 'other',
            outsideRecovery: false,
            unaryOnly: false,
          },
        ],
        stream: [],
        findings: 2,
        testCode: false,
      },
    ],
  });
  assert.deepEqual(JSON.parse(formatChainsJson(modelsOf([chain]), dir)), { ...json, chains: [{ ...json.chains[0]!, findings: 0 }] });
});

test('JSON output: library and unresolved entries have no file or line, unresolved ones a reason; multi-line calls span lines', async () => {
  const { chains, dir } = await chainsOf('external');
  const [entry] = chainsJson(modelsOf([chainAt(chains, dir, 'main.go', 15)]), dir).chains;
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
      effectiveClass: 'other',
      outsideRecovery: false,
      unaryOnly: false,
    },
    {
      name: 'recovery.UnaryServerInterceptor',
      class: 'recovery',
      file: null,
      line: null,
      conditional: false,
      resolved: true,
      reason: null,
      effectiveClass: 'recovery',
      outsideRecovery: false,
      unaryOnly: false,
    },
    {
      name: 'grpcx.Tracing',
      class: 'other',
      file: null,
      line: null,
      conditional: false,
      resolved: false,
      reason: 'built by grpcx.Tracing, outside the workspace',
      effectiveClass: 'other',
      outsideRecovery: false,
      unaryOnly: false,
    },
  ]);
});

test('text output: every ? is named with its reason under its line', async () => {
  const { chains, dir } = await chainsOf('fields');
  const chain = chainAt(chains, dir, 'options.go', 41);
  assert.equal(
    formatChainsText(modelsOf([chain]), dir),
    'options.go:41 server grpc.NewServer\n  unary: limit → ? → handler\n    ? extra: parameter extra of the wrapper constructor newLimitedServer: each of its 2 calls has a chain of its own\n',
  );
});

test('mermaid output: a subgraph per chain holding one per stream kind, dotted arrows into and out of conditional entries', async () => {
  const { chains, dir } = await chainsOf('selector');
  assert.equal(
    formatChainsMermaid(modelsOf(chains), dir),
    [
      'flowchart TB',
      '  classDef outside fill:#fde8e8,stroke:#c53030',
      '  classDef unknown stroke-dasharray:4 3',
      '  classDef conditional stroke-dasharray:2 2',
      '  classDef finding stroke:#c53030,stroke-width:2px',
      '  subgraph c0["server grpc.NewServer main.go:24"]',
      '    direction TB',
      '    subgraph c0_u["unary"]',
      '      direction TB',
      '      c0_u_in(["client"])',
      '      c0_u0["recovery.UnaryServerInterceptor<br/>recovery"]',
      '      c0_u1["auth.UnaryServerInterceptor<br/>auth · conditional · via selector.UnaryServerInterceptor"]',
      '      c0_u2["logCalls<br/>logging"]',
      '      c0_u_out(["handler"])',
      '      c0_u_in --> c0_u0',
      '      c0_u0 -.-> c0_u1',
      '      c0_u1 -.-> c0_u2',
      '      c0_u2 --> c0_u_out',
      '      class c0_u1 conditional',
      '    end',
      '  end',
      '',
    ].join('\n'),
  );
});
