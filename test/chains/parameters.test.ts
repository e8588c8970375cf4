// Options and interceptors reached through parameters and workspace helpers: unknown caller options, library values.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { chainAt, chainsOf, describe } from './support';

test('appends to a variadic options parameter keep the unknown caller options first', async () => {
  const { chains, dir } = await chainsOf('params');
  assert.deepEqual(describe(chainAt(chains, dir, 'main.go', 12).unary), ['opts other ?', 'recovery.UnaryServerInterceptor recovery']);
});

test('a parameter reassigned before the appends holds only what was appended', async () => {
  const { chains, dir } = await chainsOf('params');
  assert.deepEqual(describe(chainAt(chains, dir, 'main.go', 19).unary), ['recovery.UnaryServerInterceptor recovery']);
});

test('method values on a library value returned by a workspace helper are that library', async () => {
  const { chains, dir } = await chainsOf('params');
  const chain = chainAt(chains, dir, 'metrics.go', 16);
  assert.deepEqual(describe(chain.unary), ['recovery.UnaryServerInterceptor recovery', 'm.UnaryServerInterceptor metrics']);
  assert.equal(chain.unary[1]!.library, 'github.com/grpc-ecosystem/go-grpc-middleware/providers/prometheus');
});

test('a value from a package var holding sync.OnceValue(func() T {…}) is a T: here the library’s', async () => {
  const { chains, dir } = await chainsOf('params');
  const chain = chainAt(chains, dir, 'once.go', 17);
  assert.deepEqual(describe(chain.unary), ['metrics.UnaryServerInterceptor metrics']);
  assert.equal(chain.unary[0]!.library, 'github.com/grpc-ecosystem/go-grpc-middleware/providers/prometheus');
});

test('a variable re-wrapped with itself reads its earlier value inside its own assignment', async () => {
  const { chains, dir } = await chainsOf('params');
  const chain = chainAt(chains, dir, 'rewrap.go', 24);
  assert.deepEqual(describe(chain.unary), ['retry retry if', 'measure other if']);
});

test('a slice made with make starts empty', async () => {
  const { chains, dir } = await chainsOf('params');
  assert.deepEqual(describe(chainAt(chains, dir, 'main.go', 32).unary), ['recovery.UnaryServerInterceptor recovery']);
});

test('a helper called with the caller’s interceptors holds, at each call, what that call passes', async () => {
  const { chains, dir } = await chainsOf('params');
  // The helper's own interceptor is put in front of the caller's (`append([]T{retry}, unary...)`); nil passes none.
  assert.deepEqual(describe(chainAt(chains, dir, 'percall.go', 27).unary), ['retry retry if', 'measure other if']);
  assert.deepEqual(describe(chainAt(chains, dir, 'percall.go', 31).unary), ['retry retry if', 'measure other', 'measure other if']);
});

test('options from a method of a library type say so, naming the type', async () => {
  const { chains, dir } = await chainsOf('external');
  const [entry] = chainAt(chains, dir, 'main.go', 37).unary;
  assert.equal(entry!.reason, 'built by cfg.platform.DialOptions, a method of example.com/platform/grpcx.Config, outside the workspace');
});

test('a slice reassigned under a condition holds either list: every entry only sometimes', async () => {
  const { chains, dir } = await chainsOf('params');
  assert.deepEqual(describe(chainAt(chains, dir, 'percall.go', 40).unary), ['retry retry if', 'measure other if']);
});

test('a two-value call given as all the arguments binds each parameter to its result', async () => {
  const { chains, dir } = await chainsOf('params');
  const chain = chainAt(chains, dir, 'percall.go', 59);
  assert.deepEqual(describe(chain.unary), ['measure other']);
  assert.deepEqual(describe(chain.stream), ['traceStream tracing']);
});

test('an exported function of an internal package: its one call binds its parameters, an unwritten field is empty', async () => {
  const { chains, dir } = await chainsOf('params');
  assert.deepEqual(describe(chainAt(chains, dir, 'internal/dialer/dialer.go', 13).unary), ['traceClient tracing']);
  // The same in a package other modules can import: callers ctxlens does not read may pass others.
  const exported = chainAt(chains, dir, 'dialpub/dialpub.go', 12);
  assert.deepEqual(describe(exported.unary), ['opts other ?', 's.Interceptors other ?']);
  assert.equal(exported.unary[0]!.reason, 'parameter opts of the wrapper constructor Dial: its call has a chain of its own');
  assert.equal(exported.unary[1]!.reason, 'field Settings.Interceptors is written nowhere in the workspace');
});
