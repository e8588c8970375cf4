// Servers assembled by fx: the parameters fx fills in are `?` with fx named as the reason.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { chainAt, chainsOf, describe } from './support';

test('a parameter fx fills from a value group names the group and counts its providers (fx gives a group no order)', async () => {
  const { chains, dir } = await chainsOf('fx');
  const chain = chainAt(chains, dir, 'main.go', 21);
  assert.deepEqual(describe(chain.unary), ['interceptors other ?']);
  assert.equal(chain.unary[0]!.reason, 'parameter interceptors of newServer: filled in by fx from the value group grpc_unary, 2 providers');
});

test('a parameter of a function given to fx.Provide holds what the one provider of its type given to fx beside it returns', async () => {
  const { chains, dir } = await chainsOf('fx');
  assert.deepEqual(describe(chainAt(chains, dir, 'main.go', 26).unary), ['limit other', 'audit other']);
});

test('a function fx is not given keeps the call-site reason', async () => {
  const { chains, dir } = await chainsOf('fx');
  const chain = chainAt(chains, dir, 'main.go', 31);
  assert.equal(chain.unary[0]!.reason, 'parameter opts of newPlainServer, no call site in the files that use grpc');
});

test('two providers of the parameter’s type given to fx beside it: fx is named, no provider', async () => {
  const { chains, dir } = await chainsOf('fx');
  const chain = chainAt(chains, dir, 'debug.go', 10);
  assert.equal(chain.unary[0]!.reason, 'parameter opts of newDebugServer: filled in by fx (newDebugServer is given to fx.Provide)');
});

test('a field of an fx.In struct nothing writes says fx fills it', async () => {
  const { chains, dir } = await chainsOf('fx');
  const [entry] = chainAt(chains, dir, 'main.go', 49).unary;
  assert.equal(entry!.reason, 'field ServerParams.Extra: filled in by fx (ServerParams embeds fx.In)');
});
