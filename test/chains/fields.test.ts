// Struct fields: every write in the workspace (composite literals, assignments, appends in
// methods and in functional options' closures) is what a read of the field holds.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { chainAt, chainsOf, describe } from './support';

test('a field set by the constructor and appended by setup methods holds all of it, appends only sometimes', async () => {
  const { chains, dir } = await chainsOf('fields');
  const chain = chainAt(chains, dir, 'server.go', 39);
  // AddUnaryInterceptors is exported, but of package main: its one call is what it is given.
  assert.deepEqual(describe(chain.unary), ['recovery.UnaryServerInterceptor recovery', 'limit other if', 'audit other if']);
});

test('options stored in a field by a constructor are read in another method', async () => {
  const { chains, dir } = await chainsOf('fields');
  assert.deepEqual(describe(chainAt(chains, dir, 'server.go', 53).unary), ['recovery.UnaryServerInterceptor recovery', 'limit other']);
});

test('an unexported field nothing writes is empty; another type’s field of the same name is not mixed in', async () => {
  const { chains, dir } = await chainsOf('fields');
  assert.deepEqual(describe(chainAt(chains, dir, 'server.go', 62).unary), []);
});

test('functional options: the closures appending to the options struct are its writes', async () => {
  const { chains, dir } = await chainsOf('fields');
  const chain = chainAt(chains, dir, 'options.go', 32);
  // WithUnaryInterceptor is exported, but of package main: its one call is what it is given.
  assert.deepEqual(describe(chain.unary), ['recovery.UnaryServerInterceptor recovery if', 'audit other if']);
});

test('a parameter with several call sites stays unknown in its own chain; each call has a chain with its argument', async () => {
  const { chains, dir } = await chainsOf('fields');
  const chain = chainAt(chains, dir, 'options.go', 41);
  assert.deepEqual(describe(chain.unary), ['limit other', 'extra other ?']);
  assert.equal(chain.unary[1]!.reason, 'parameter extra of the wrapper constructor newLimitedServer: each of its 2 calls has a chain of its own');
  const calls = chains.filter((c) => c.via?.inner === chain.id);
  assert.deepEqual(
    calls.map((c) => describe(c.unary)),
    [
      ['limit other', 'audit other'],
      ['limit other', 'limit other'],
    ],
  );
});

test('a two-value helper: the stream chain reads the second result, named after the helper like the first', async () => {
  const { chains, dir } = await chainsOf('fields');
  const chain = chainAt(chains, dir, 'results.go', 16);
  assert.deepEqual(describe(chain.unary), ['interceptors other']);
  assert.deepEqual(describe(chain.stream), ['interceptors other']);
  assert.equal(chain.unary[0]!.body?.kind, 'unary-server');
  assert.equal(chain.stream[0]!.body?.kind, 'stream-server');
});

test('an unexported function called once: its variadic parameter is what that call passes', async () => {
  const { chains, dir } = await chainsOf('fields');
  assert.deepEqual(describe(chainAt(chains, dir, 'options.go', 50).unary), ['limit other', 'audit other']);
});

test('functional options applied to a struct declared without a value (`var s settings`) are that struct’s writes', async () => {
  const { chains, dir } = await chainsOf('fields');
  const chain = chainAt(chains, dir, 'declared.go', 30);
  assert.deepEqual(describe(chain.unary), ['audit other if', 'i other if ?']);
  // withLimit's one call is a test's: not what production code passes.
  assert.equal(chain.unary[1]!.reason, 'parameter i of withLimit, called only from tests in the files that use grpc');
  // A local slice declared the same way is only what it is given.
  assert.deepEqual(describe(chainAt(chains, dir, 'declared.go', 37).unary), ['limit other']);
});

test('a name bound by a type assertion (`w, ok := o.(*T)`) has the asserted type: its field is what the workspace writes there', async () => {
  const { chains, dir } = await chainsOf('fields');
  assert.deepEqual(describe(chainAt(chains, dir, 'declared.go', 56).unary), ['limit other if']);
});

test('an unkeyed literal of a struct declared in its file sets the fields by position', async () => {
  const { chains, dir } = await chainsOf('fields');
  assert.deepEqual(describe(chainAt(chains, dir, 'declared.go', 78).unary), ['audit other if']);
});

test('a field of a field (`c.option.dialOptions`) holds what the workspace writes to the inner struct’s field', async () => {
  const { chains, dir } = await chainsOf('fields');
  assert.deepEqual(describe(chainAt(chains, dir, 'nested.go', 27).unary), ['retryCall retry if']);
});

test('a field prepended to by the code that reads it: the prepends in front, the last one first, each listed once', async () => {
  const { chains, dir } = await chainsOf('fields');
  assert.deepEqual(describe(chainAt(chains, dir, 'prepended.go', 35).unary), [
    'audit other if',
    'recovery.UnaryServerInterceptor recovery if',
    'limit other if',
  ]);
  // Spreading another field is no prepend: what the first holds follows the new head.
  assert.deepEqual(describe(chainAt(chains, dir, 'prepended.go', 51).unary), ['audit other', 'limit other']);
});

test('a field only a test writes: production code never runs with that value', async () => {
  const { chains, dir } = await chainsOf('fields');
  const chain = chainAt(chains, dir, 'configured.go', 11);
  assert.deepEqual(describe(chain.unary), ['limit other', 'cfg.Interceptors other ?']);
  assert.equal(chain.unary[1]!.reason, 'field ServerConfig.Interceptors is written only in tests');
});
