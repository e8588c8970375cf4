// Named types read from qualified type text: what the semantic index can look up and what it cannot.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { namedType } from '../../server/src/engine/index/types';

test('a qualified type text names its package and type, pointers and type arguments taken off', () => {
  assert.deepEqual(namedType('*example.com/shop/metrics.Metrics', 'example.com/shop/server'), { pkg: 'example.com/shop/metrics', name: 'Metrics' });
  assert.deepEqual(namedType('gopkg.in/yaml.v3.Node', 'p'), { pkg: 'gopkg.in/yaml.v3', name: 'Node' });
  assert.deepEqual(namedType('**Server', 'example.com/shop'), { pkg: 'example.com/shop', name: 'Server' });
  assert.deepEqual(namedType('example.com/list.List[example.com/pb.Item]', 'p'), { pkg: 'example.com/list', name: 'List' });
});

test('slices, maps, channels, funcs, literal and predeclared types have no named type', () => {
  for (const text of [
    '[]google.golang.org/grpc.ServerOption',
    'map[string]int',
    'chan int',
    'func() error',
    'struct{}',
    'interface{ M() }',
    'error',
    'string',
    'any',
  ]) {
    assert.equal(namedType(text, 'p'), null, text);
  }
});
