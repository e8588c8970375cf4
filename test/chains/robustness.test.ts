// The chain model on half-typed and pathological input: never throws, never recurses deeply.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Analyzer } from '../../server/src/engine/run/analyzer';
import { computeChains } from '../../server/src/engine/chains';
import { extractFacts } from '../../server/src/engine/facts/extract';
import { Workspace } from '../../server/src/engine/run/workspace';
import { describe } from './support';

/** Facts only (no rules run): this tests the chain model, not every rule on odd input. */
async function chainsOfText(text: string) {
  const analyzer = await Analyzer.create();
  const workspace = new Workspace();
  const tree = analyzer.parser.parse(text);
  try {
    workspace.setFile({ facts: extractFacts(analyzer.sourceFile('/nowhere/main.go', text, tree)), reports: [] });
  } finally {
    tree.delete();
  }
  return computeChains(workspace);
}

const HEADER = 'package main\n\nimport (\n\t"context"\n\n\t"google.golang.org/grpc"\n)\n\n';
const LOG =
  'func logCalls(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {\n\treturn handler(ctx, req)\n}\n\n';

test('a file outside any module still resolves names of its own package', async () => {
  const chains = await chainsOfText(`${HEADER}${LOG}func main() {\n\t_ = grpc.NewServer(grpc.ChainUnaryInterceptor(logCalls))\n}\n`);
  assert.equal(chains.length, 1);
  assert.deepEqual(describe(chains[0]!.unary), ['logCalls logging']);
});

test('half-typed options do not throw', async () => {
  const text = `${HEADER}${LOG}func main() {\n\t_ = grpc.NewServer(grpc.ChainUnaryInterceptor(logCalls, ), grpc.UnaryInterceptor())\n\t_ = grpc.NewServer(grpc.UnaryInterceptor(\n}\n`;
  const chains = await chainsOfText(text);
  assert.equal(chains.length, 1);
  assert.deepEqual(describe(chains[0]!.unary), ['logCalls logging']);
});

test('deeply nested option expressions and self-referencing helpers stay bounded', async () => {
  const depth = 3000;
  const nested = `${'wrap('.repeat(depth)}logCalls${')'.repeat(depth)}`;
  const helper =
    'func opts() []grpc.ServerOption {\n\treturn append(opts(), grpc.ChainUnaryInterceptor(logCalls))\n}\n\n' +
    'func wrap(i grpc.UnaryServerInterceptor) grpc.UnaryServerInterceptor { return wrap(i) }\n\n';
  const chains = await chainsOfText(
    `${HEADER}${LOG}${helper}func main() {\n\t_ = grpc.NewServer(grpc.ChainUnaryInterceptor(${nested}))\n\t_ = grpc.NewServer(opts()...)\n}\n`,
  );
  assert.equal(chains.length, 2);
  assert.equal(chains[0]!.unary.length, 1);
  assert.ok(chains[1]!.unary.length > 0);
});
