// The order the chain quick pick and the Explorer tree list chains in: production servers,
// production clients, then test code (servers, then clients), each by path and line.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { orderChains } from '../../client/src/chain-view/chain-order';
import { chainTree } from '../../client/src/chain-tree-model';
import type { ChainView } from '../../server/src/protocol';
import { at, completed } from '../view/sample-chains';

function chain(kind: ChainView['kind'], file: string, line: number, testCode: boolean): ChainView {
  return completed({
    id: `/workspace/${file}:${line}:1`,
    kind,
    framework: 'grpc',
    constructor: kind === 'server' ? 'grpc.NewServer' : 'grpc.NewClient',
    location: at(file, line - 1),
    relativePath: file,
    unary: [],
    stream: [],
    findings: [],
    findingCount: 0,
    builtOutsideWorkspace: false,
    testCode,
  });
}

const CHAINS = [
  chain('client', 'internal/billing/client.go', 12, false),
  chain('server', 'internal/api/server_test.go', 30, true),
  chain('client', 'internal/api/server_test.go', 41, true),
  chain('server', 'cmd/api/main.go', 40, false),
  chain('server', 'internal/testutil/server.go', 8, true),
  chain('client', 'cmd/api/main.go', 61, false),
  chain('server', 'cmd/admin/main.go', 22, false),
  chain('server', 'cmd/api/main.go', 18, false),
];

const EXPECTED = [
  'server cmd/admin/main.go:22',
  'server cmd/api/main.go:18',
  'server cmd/api/main.go:40',
  'client cmd/api/main.go:61',
  'client internal/billing/client.go:12',
  'server internal/api/server_test.go:30 (test)',
  'server internal/testutil/server.go:8 (test)',
  'client internal/api/server_test.go:41 (test)',
];

const label = (c: ChainView) => `${c.kind} ${c.relativePath}:${c.location.range.start.line + 1}${c.testCode ? ' (test)' : ''}`;

test('production servers, then production clients, then test code; each by path and line', () => {
  assert.deepEqual(orderChains(CHAINS).map(label), EXPECTED);
  assert.deepEqual(orderChains([...CHAINS].reverse()).map(label), EXPECTED, 'whatever order the server sends');
  assert.deepEqual(CHAINS.map(label)[0], 'client internal/billing/client.go:12', 'the input is left as it was');
});

test('the Explorer tree lists its roots in that order, test code said so', () => {
  const byId = new Map(CHAINS.map((c) => [c.id, c]));
  const roots = chainTree(CHAINS);
  assert.deepEqual(
    roots.map((node) => label(byId.get(node.chainId)!)),
    EXPECTED,
  );
  assert.equal(roots[0]!.description, 'cmd/admin/main.go:22 · 0 interceptors');
  assert.equal(roots[5]!.description, 'internal/api/server_test.go:30 · test code · 0 interceptors');
});
