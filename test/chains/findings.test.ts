// findingsOfChain: the findings that start in a chain's constructor call or in one of its
// interceptors' registrations or definitions (for the lens count and `ctxlens chains`).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Chain, ChainEntry } from '../../server/src/engine/chains';
import { findingsOfChain } from '../../server/src/engine/chains/findings';
import type { Finding, Range } from '../../server/src/engine/types';

const range = (line: number, from: number, toLine: number, to: number): Range => ({ start: { line, character: from }, end: { line: toLine, character: to } });

function finding(file: string, line: number, character: number): Finding {
  return { rule: 'r', severity: 'warning', message: 'm', file, range: range(line, character, line, character + 1), fixes: [], related: [] };
}

const entry: ChainEntry = {
  name: 'audit',
  class: 'other',
  registered: { file: '/w/main.go', range: range(12, 2, 12, 7) },
  defined: { file: '/w/mw.go', range: range(3, 5, 3, 10), extent: range(3, 0, 9, 1) },
  conditional: false,
  resolved: true,
  body: null,
  library: null,
};

const chain: Chain = {
  id: '/w/main.go:10:8',
  file: '/w/main.go',
  range: range(10, 8, 14, 2),
  kind: 'server',
  framework: 'grpc',
  constructor: 'grpc.NewServer',
  unary: [entry],
  stream: [],
  singles: { unary: [], stream: [] },
  builtOutsideWorkspace: false,
  blockingDialOptions: [],
  files: ['/w/main.go', '/w/mw.go'],
};

test('findings in the constructor call and in an interceptor definition belong to the chain', () => {
  const inCall = finding('/w/main.go', 11, 3);
  const inBody = finding('/w/mw.go', 6, 1);
  const outside = [finding('/w/main.go', 15, 0), finding('/w/mw.go', 10, 0), finding('/w/other.go', 11, 3)];
  assert.deepEqual(findingsOfChain(chain, [inCall, ...outside, inBody]), [inCall, inBody]);
});

test('an entry registered outside the call (an options slice) counts its registration', () => {
  const registeredElsewhere: ChainEntry = { ...entry, registered: { file: '/w/opts.go', range: range(4, 2, 4, 20) } };
  const atRegistration = finding('/w/opts.go', 4, 2);
  assert.deepEqual(findingsOfChain({ ...chain, unary: [registeredElsewhere] }, [atRegistration]), [atRegistration]);
});
