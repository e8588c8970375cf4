// Struct fields: every write in the workspace (composite literals, assignments, appends in
// methods and in functional options' closures) is what a read of the field holds.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { chainAt, chainsOf, describe } from './support';

test('a field set by the constructor and appended by setup methods holds all of it, appends only sometimes', async () => {
  const { chains, dir } = await chainsOf('fields');
  const chain = chainAt(chains, dir, 'server.go', 39);
  assert.deepEqual(describe(chain.unary), ['recovery.UnaryServerInterceptor recovery', 'interceptors other if ?', 'audit other if']);
  assert.equal(chain.unary[1]!.reason, 'parameter interceptors of Server.AddUnaryInterceptors');
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
  assert.deepEqual(describe(chain.unary), ['recovery.UnaryServerInterceptor recovery if', 'i other if ?']);
  assert.equal(chain.unary[1]!.reason, 'parameter i of WithUnaryInterceptor');
});
