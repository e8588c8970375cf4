// The "gRPC Chains" Explorer view's data: ordered chains (chain-order.test.ts), chain → stream → interceptors,
// with descriptions, finding counts, icons and what a click reveals.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { chainTree, type ChainTreeNode } from '../../client/src/chain-tree-model';
import { EXAMPLE_CHAINS } from '../view/example-chains';
import { richChain } from '../view/sample-chains';

/** `label — description` per node, indented by depth. */
function outline(nodes: readonly ChainTreeNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.label} — ${n.description}`, ...outline(n.children, depth + 1)]);
}

test('the example workspace: the server first, then clients by path and line; streams only when both exist', () => {
  const clientsFirst = [...EXAMPLE_CHAINS].reverse();
  assert.deepEqual(outline(chainTree(clientsFirst)), [
    'grpc.NewServer — cmd/server/main.go:50 · 3 interceptors · 3 findings',
    '  unary — 2 interceptors · 2 findings',
    '    interceptors.Logging — logging · 1 finding',
    '    interceptors.Auth — auth · 1 finding',
    '  stream — 1 interceptor',
    '    interceptors.StreamLogging — logging',
    'grpc.NewClient — internal/gateway/http.go:28 · 1 interceptor',
    '  forwardRequestID — other',
    'grpc.Dial — internal/gateway/http.go:48 · 0 interceptors · 1 finding',
    'grpc.NewClient — internal/inventory/client.go:19 · 0 interceptors',
    'grpc.NewClient — internal/inventory/client.go:44 · 0 interceptors · 1 finding',
  ]);
});

test('ids are unique and carry the chain id; a click reveals the definition, else the registration', () => {
  const chain = richChain();
  const [root] = chainTree([chain]);
  assert.ok(root);
  const all = [root, ...root.children, ...root.children.flatMap((c) => c.children)];
  assert.equal(new Set(all.map((n) => n.id)).size, all.length);
  assert.ok(all.every((n) => n.chainId === chain.id));
  assert.deepEqual(root.location, chain.location);
  const unary = root.children[0]!.children;
  assert.deepEqual(unary[1]!.location, chain.unary[1]!.defined);
  assert.deepEqual(unary[0]!.location, chain.unary[0]!.registered);
});

test('entries say unknown, conditional and selector; icons follow findings, recovery and unknown', () => {
  const [root] = chainTree([richChain()]);
  const unary = root!.children[0]!.children;
  assert.deepEqual(
    unary.map((n) => [n.label, n.description, n.icon]),
    [
      ['otelgrpc.UnaryServerInterceptor', 'tracing', 'symbol-function'],
      ['tagRequest', 'other · 1 finding', 'warning'],
      ['recovery.UnaryServerInterceptor', 'recovery', 'shield'],
      ['s.auth', 'auth · via selector.UnaryServerInterceptor · 1 finding', 'warning'],
      ['limiter', 'ratelimit · conditional', 'symbol-function'],
      ['opts.Extra', 'other · unknown', 'question'],
    ],
  );
  assert.equal(root!.icon, 'server');
  assert.match(unary[1]!.tooltip, /outside recovery/);
  assert.match(unary[1]!.tooltip, /chain-unprotected-interceptor: tagRequest may panic/);
});
