// connect-go chains: generated handler and client constructors, their WithInterceptors options
// in connect-go's order, bundles, slices and helpers, WithRecover, and UnaryInterceptorFunc
// entries left out of the stream side.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { chainLensTitles, chainsJson } from '../../server/src/engine/chains';
import { chainAt, chainsOf, definitions, describe, modelsOf } from './support';

const unaryOnly = (chain: { unary: readonly { unaryOnly?: boolean }[] }) => chain.unary.map((e) => e.unaryOnly === true);

test('WithRecover and WithInterceptors in option order, the first interceptor outermost; UnaryInterceptorFunc only on unary', async () => {
  const { chains, dir } = await chainsOf('connect');
  const chain = chainAt(chains, dir, 'main.go', 22);
  assert.equal(chain.framework, 'connect');
  assert.equal(chain.kind, 'server');
  assert.equal(chain.constructor, 'greetv1connect.NewGreetServiceHandler');
  assert.deepEqual(describe(chain.unary), ['connect.WithRecover recovery', 'otelconnect.NewInterceptor tracing', 'newAuth auth', 'logCalls logging']);
  assert.deepEqual(unaryOnly(chain), [false, false, false, true]);
  assert.deepEqual(definitions(chain.unary, dir), ['-', '-', 'interceptors.go:40', 'interceptors.go:12']);
  assert.deepEqual(describe(chain.stream), ['connect.WithRecover recovery', 'otelconnect.NewInterceptor tracing', 'newAuth auth']);
  assert.equal(chain.unary[0]!.library, 'connectrpc.com/connect');
});

test('two WithInterceptors options add on in order; a helper returning connect.UnaryInterceptorFunc is unary only', async () => {
  const { chains, dir } = await chainsOf('connect');
  const chain = chainAt(chains, dir, 'main.go', 29);
  assert.deepEqual(describe(chain.unary), ['newTiming other', 'newAuth auth']);
  assert.deepEqual(unaryOnly(chain), [true, false]);
  assert.deepEqual(describe(chain.stream), ['newAuth auth']);
});

test('options in a slice spread into the constructor, a conditional append included', async () => {
  const { chains, dir } = await chainsOf('connect');
  const chain = chainAt(chains, dir, 'main.go', 40);
  assert.deepEqual(describe(chain.unary), ['newAuth auth', 'logCalls logging if']);
  assert.deepEqual(describe(chain.stream), ['newAuth auth']);
});

test('options from a helper function, through WithHandlerOptions; options without interceptors add nothing', async () => {
  const { chains, dir } = await chainsOf('connect');
  const chain = chainAt(chains, dir, 'main.go', 45);
  assert.deepEqual(describe(chain.unary), ['connect.WithRecover recovery', 'newAuth auth']);
  assert.deepEqual(describe(chain.stream), ['connect.WithRecover recovery', 'newAuth auth']);
  assert.deepEqual(
    chain.unary.map((e) => e.registered.range.start.line + 1),
    [49, 50],
  );
});

test('a generated client constructor: its options after the HTTP client and base URL', async () => {
  const { chains, dir } = await chainsOf('connect');
  const chain = chainAt(chains, dir, 'main.go', 49);
  assert.equal(chain.kind, 'client');
  assert.equal(chain.framework, 'connect');
  assert.equal(chain.constructor, 'greetv1connect.NewGreetServiceClient');
  assert.deepEqual(describe(chain.unary), ['newAuth auth', 'newTiming other']);
  assert.deepEqual(describe(chain.stream), ['newAuth auth']);
});

test('interceptor structs written in place (&T{}, T{} through a variable): named by their type, defined at its WrapUnary', async () => {
  const { chains, dir } = await chainsOf('connect');
  const chain = chainAt(chains, dir, 'main.go', 68);
  assert.deepEqual(describe(chain.unary), ['authInterceptor auth', 'authInterceptor auth']);
  assert.deepEqual(definitions(chain.unary, dir), ['interceptors.go:30', 'interceptors.go:30']);
  assert.deepEqual(describe(chain.stream), ['authInterceptor auth', 'authInterceptor auth']);
});

test('the legacy module path github.com/bufbuild/connect-go', async () => {
  const { chains, dir } = await chainsOf('connect-legacy');
  const chain = chainAt(chains, dir, 'main.go', 21);
  assert.equal(chain.framework, 'connect');
  assert.deepEqual(describe(chain.unary), ['connect.WithRecover recovery', 'logCalls logging']);
  assert.deepEqual(describe(chain.stream), ['connect.WithRecover recovery']);
});

test('JSON: framework on every chain, unaryOnly on every entry', async () => {
  const { chains, dir } = await chainsOf('connect');
  const json = chainsJson(modelsOf([chainAt(chains, dir, 'main.go', 29)]), dir).chains[0]!;
  assert.equal(json.framework, 'connect');
  assert.equal(json.constructor, 'greetv1connect.NewGreetServiceHandler');
  assert.deepEqual(
    json.unary.map((e) => [e.name, e.unaryOnly]),
    [
      ['newTiming', true],
      ['newAuth', false],
    ],
  );
  assert.deepEqual(
    json.stream.map((e) => [e.name, e.unaryOnly]),
    [['newAuth', false]],
  );
  const grpc = await chainsOf('literal');
  assert.ok(chainsJson(modelsOf(grpc.chains), grpc.dir).chains.every((c) => c.framework === 'grpc'));
});

test('the chain rules and the outside-recovery zone read grpc chains only', async () => {
  const { chains } = await chainsOf('connect');
  for (const model of modelsOf(chains)) {
    assert.ok([...model.unary, ...model.stream].every((e) => !e.outsideRecovery));
  }
});

test("the code lens above a connect constructor: connect-go's own entries by name, unary-only ones on the unary line only", async () => {
  const { chains, dir } = await chainsOf('connect');
  assert.deepEqual(chainLensTitles(chainAt(chains, dir, 'main.go', 22)), [
    'unary: connect.WithRecover → otelconnect → newAuth → logCalls → handler',
    'stream: connect.WithRecover → otelconnect → newAuth → handler',
  ]);
  assert.deepEqual(chainLensTitles(chainAt(chains, dir, 'main.go', 49)), ['unary: newAuth → newTiming → invoker', 'stream: newAuth → streamer']);
});
