// Types of workspace values under the chains: parameters and fields of interface types resolved
// to the one workspace type implementing them, locals set from workspace calls, variables
// declared with a library's type; an interface two types implement stays unknown, with why.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { chainAt, chainsOf, describe } from './support';

test('a parameter named like its package, of an interface one workspace type implements: its method is followed', async () => {
  const { chains, dir } = await chainsOf('types');
  assert.deepEqual(describe(chainAt(chains, dir, 'server/server.go', 21).unary), ['audit other', 'm.server.UnaryServerInterceptor metrics']);
});

test('a field of an interface type and a local made by a workspace function returning it', async () => {
  const { chains, dir } = await chainsOf('types');
  assert.deepEqual(describe(chainAt(chains, dir, 'server/server.go', 33).unary), [
    'm.server.UnaryServerInterceptor metrics',
    'm.server.UnaryServerInterceptor metrics',
  ]);
});

test('an interface two workspace types implement: unknown, and the reason says so', async () => {
  const { chains, dir } = await chainsOf('types');
  const chain = chainAt(chains, dir, 'server/server.go', 38);
  assert.deepEqual(describe(chain.unary), ['s.tel.Interceptor other ?']);
  assert.equal(chain.unary[0]!.reason, 'built by s.tel.Interceptor: s.tel is a Telemetry interface with 2 implementations in the workspace');
});

test('a method value on a field whose interface two workspace types implement: unknown, and the reason says so', async () => {
  const { chains, dir } = await chainsOf('types');
  const [entry] = chainAt(chains, dir, 'server/server.go', 43).unary;
  assert.equal(entry!.reason, 's.aud is an Auditor interface with 2 implementations in the workspace');
});

test('a variable declared with a library type and set by a type assertion is that library’s value', async () => {
  const { chains, dir } = await chainsOf('types');
  assert.deepEqual(describe(chainAt(chains, dir, 'server/server.go', 50).unary), ['pm.UnaryServerInterceptor metrics', 'audit other']);
});

test('an implementation with a method promoted from an embedded struct still implements the interface', async () => {
  const { chains, dir } = await chainsOf('types');
  assert.deepEqual(describe(chainAt(chains, dir, 'server/server.go', 57).unary), ['r.m.UnaryServerInterceptor metrics']);
});

test('a method value on a field of another package’s type is that type’s method, though another type has one of the name', async () => {
  const { chains, dir } = await chainsOf('types');
  const [entry] = chainAt(chains, dir, 'server/server.go', 68).unary;
  assert.deepEqual(describe([entry!]), ['g.guard.Check other']);
  // Guard's Check, on line 34 of registry.go (0-based 33).
  assert.deepEqual([entry!.defined?.file.endsWith('registry/registry.go'), entry!.defined?.range.start.line], [true, 33]);
});
