// Classification: libraries by import path, workspace interceptors by body then by name words.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { classByName, libraryClass, workspaceClass } from '../../server/src/engine/chains/classify';

test('known libraries by import path, sub-packages included; unknown ones are null', () => {
  assert.equal(libraryClass('github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/recovery'), 'recovery');
  assert.equal(libraryClass('github.com/grpc-ecosystem/go-grpc-middleware/logging/zap'), 'logging');
  assert.equal(libraryClass('github.com/grpc-ecosystem/go-grpc-middleware/providers/prometheus'), 'metrics');
  assert.equal(libraryClass('go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc'), 'tracing');
  assert.equal(libraryClass('github.com/grpc-ecosystem/go-grpc-prometheus'), 'metrics');
  assert.equal(libraryClass('github.com/grpc-ecosystem/grpc-opentracing/go/otgrpc'), 'tracing');
  assert.equal(libraryClass('github.com/grpc-ecosystem/go-grpc-middleware'), null);
  assert.equal(libraryClass('example.com/recovery'), null);
});

test('names by whole-word prefixes, not substrings', () => {
  assert.equal(classByName('withTraceHeader'), 'tracing');
  assert.equal(classByName('s.authInterceptor'), 'auth');
  assert.equal(classByName('mw.JWT'), 'auth');
  assert.equal(classByName('tokenLimiter'), 'ratelimit');
  assert.equal(classByName('RateLimit'), 'ratelimit');
  assert.equal(classByName('logCalls'), 'logging');
  assert.equal(classByName('collectMetrics'), 'metrics');
  assert.equal(classByName('validateRequest'), 'validation');
  assert.equal(classByName('withDeadline'), 'timeout');
  assert.equal(classByName('catalogInterceptor'), 'other');
  assert.equal(classByName('tagRequest'), 'other');
});

test('a body that recovers makes a recovery interceptor whatever its name', () => {
  const body = { kind: 'unary-server' as const, callsNextOnEveryPath: true, passesContext: true, mayPanic: false, doesWork: true, recovers: true };
  assert.equal(workspaceClass('logCalls', body), 'recovery');
  assert.equal(workspaceClass('logCalls', { ...body, recovers: false }), 'logging');
});
