// `ctxlens chains` end to end: dist/cli.js on a small service; exact JSON, text and mermaid; bad arguments.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { makeWorkspace, runCli } from './support';

const GO_MOD = `module example.com/shop

go 1.22

require (
	github.com/grpc-ecosystem/go-grpc-middleware/v2 v2.1.0
	google.golang.org/grpc v1.64.0
)
`;

// audit discards a cancel func (one finding inside the server chain); the client chain is clean.
const MAIN = `package main

import (
	"context"
	"time"

	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/recovery"
	"google.golang.org/grpc"
)

func audit(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	ctx, _ = context.WithTimeout(ctx, time.Second)
	return handler(ctx, req)
}

func clientLog(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
	return invoker(ctx, method, req, reply, cc, opts...)
}

func main() {
	srv := grpc.NewServer(
		grpc.ChainUnaryInterceptor(recovery.UnaryServerInterceptor(), audit),
		grpc.StreamInterceptor(recovery.StreamServerInterceptor()),
	)
	_ = srv
	conn, _ := grpc.NewClient("localhost:1", grpc.WithUnaryInterceptor(clientLog))
	_ = conn
}
`;

function service(): string {
  return makeWorkspace({ 'go.mod': GO_MOD, 'cmd/shop/main.go': MAIN });
}

const library = (name: string, cls: string) => ({
  name,
  class: cls,
  effectiveClass: cls,
  outsideRecovery: false,
  file: null,
  line: null,
  conditional: false,
  resolved: true,
  reason: null,
  unaryOnly: false,
});

test('json: the documented shape, relative paths, 1-based lines, findings located in each chain', async () => {
  const run = await runCli(['chains', '--format', 'json'], service());
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, '');
  assert.deepEqual(JSON.parse(run.stdout), {
    version: 1,
    chains: [
      {
        file: 'cmd/shop/main.go',
        line: 21,
        endLine: 24,
        kind: 'server',
        framework: 'grpc',
        constructor: 'grpc.NewServer',
        unary: [
          library('recovery.UnaryServerInterceptor', 'recovery'),
          {
            name: 'audit',
            class: 'other',
            effectiveClass: 'other',
            outsideRecovery: false,
            file: 'cmd/shop/main.go',
            line: 11,
            conditional: false,
            resolved: true,
            reason: null,
            unaryOnly: false,
          },
        ],
        stream: [library('recovery.StreamServerInterceptor', 'recovery')],
        findings: 1,
        testCode: false,
      },
      {
        file: 'cmd/shop/main.go',
        line: 26,
        endLine: 26,
        kind: 'client',
        framework: 'grpc',
        constructor: 'grpc.NewClient',
        unary: [
          {
            name: 'clientLog',
            class: 'logging',
            effectiveClass: 'logging',
            outsideRecovery: false,
            file: 'cmd/shop/main.go',
            line: 16,
            conditional: false,
            resolved: true,
            reason: null,
            unaryOnly: false,
          },
        ],
        stream: [],
        findings: 0,
        testCode: false,
      },
    ],
  });
});

test('text (the default) and mermaid, for a path argument', async () => {
  const ws = service();
  const text = await runCli(['chains', 'cmd/...'], ws);
  assert.equal(text.code, 0, text.stderr);
  assert.equal(
    text.stdout,
    [
      'cmd/shop/main.go:21 server grpc.NewServer',
      '  unary: recovery → audit → handler',
      '  stream: recovery → handler',
      'cmd/shop/main.go:26 client grpc.NewClient',
      '  unary: clientLog → invoker',
      '',
    ].join('\n'),
  );
  const mermaid = await runCli(['chains', '--format=mermaid'], ws);
  assert.equal(mermaid.code, 0, mermaid.stderr);
  assert.equal(
    mermaid.stdout,
    [
      'flowchart TB',
      '  classDef outside fill:#fde8e8,stroke:#c53030',
      '  classDef unknown stroke-dasharray:4 3',
      '  classDef conditional stroke-dasharray:2 2',
      '  classDef finding stroke:#c53030,stroke-width:2px',
      '  subgraph c0["server grpc.NewServer cmd/shop/main.go:21"]',
      '    direction TB',
      '    subgraph c0_u["unary"]',
      '      direction TB',
      '      c0_u_in(["client"])',
      '      c0_u0["recovery.UnaryServerInterceptor<br/>recovery"]',
      '      c0_u1["audit<br/>other · 1 finding"]',
      '      c0_u_out(["handler"])',
      '      c0_u_in --> c0_u0',
      '      c0_u0 --> c0_u1',
      '      c0_u1 --> c0_u_out',
      '      class c0_u1 finding',
      '    end',
      '    subgraph c0_s["stream"]',
      '      direction TB',
      '      c0_s_in(["client"])',
      '      c0_s0["recovery.StreamServerInterceptor<br/>recovery"]',
      '      c0_s_out(["handler"])',
      '      c0_s_in --> c0_s0',
      '      c0_s0 --> c0_s_out',
      '    end',
      '  end',
      '  subgraph c1["client grpc.NewClient cmd/shop/main.go:26"]',
      '    direction TB',
      '    subgraph c1_u["unary"]',
      '      direction TB',
      '      c1_u_in(["call site"])',
      '      c1_u0["clientLog<br/>logging"]',
      '      c1_u_out(["invoker"])',
      '      c1_u_in --> c1_u0',
      '      c1_u0 --> c1_u_out',
      '    end',
      '  end',
      '',
    ].join('\n'),
  );
});

test('no chains: empty text, an empty JSON list, exit 0', async () => {
  const ws = makeWorkspace({ 'go.mod': GO_MOD, 'add.go': 'package shop\n\nfunc Add(a, b int) int { return a + b }\n' });
  const text = await runCli(['chains'], ws);
  assert.deepEqual([text.code, text.stdout], [0, '']);
  const json = await runCli(['chains', '--format', 'json'], ws);
  assert.deepEqual(JSON.parse(json.stdout), { version: 1, chains: [] });
});

test('bad arguments exit 2 with a message', async () => {
  const ws = service();
  for (const args of [
    ['chains', '--format', 'sarif'],
    ['chains', '--format'],
    ['chains', '--verbose'],
    ['chains', 'missing-folder'],
    ['chains', '--config', 'missing.json'],
  ]) {
    const run = await runCli(args, ws);
    assert.equal(run.code, 2, args.join(' '));
    assert.equal(run.stdout, '', args.join(' '));
    assert.match(run.stderr, /^ctxlens: /, args.join(' '));
  }
});
