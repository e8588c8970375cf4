// The chain rules beyond their fixtures: where no fix is offered, what titles and related
// locations say, and how the order policy and the recovery/auth names change the findings.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkPaths } from '../../server/src/engine/run/check';
import { defaultConfig, type Config } from '../../server/src/engine/config/config';
import type { Finding } from '../../server/src/engine/types';
import { FIXTURES } from '../support/fixtures';

async function findings(ruleDir: string, rule: string, config: Config = defaultConfig()): Promise<Finding[]> {
  const dir = path.join(FIXTURES, ruleDir);
  const result = await checkPaths([dir], config, dir);
  assert.deepEqual(result.problems, []);
  return result.findings.filter((f) => f.rule === rule);
}

function inFile(list: Finding[], relative: string): Finding[] {
  return list.filter((f) => f.file === path.join(FIXTURES, relative));
}

test('chain-missing-recovery: no fix where it could reorder the chain, has no place to go or gofmt would realign comments', async () => {
  const list = inFile(await findings('chain-missing-recovery', 'chain-missing-recovery'), 'chain-missing-recovery/v2/nofix.go');
  assert.equal(list.length, 3);
  for (const finding of list) assert.deepEqual(finding.fixes, []);
});

test('chain-missing-recovery: without go-grpc-middleware in go.mod the fix writes v2 and says go.mod needs it', async () => {
  const [finding] = inFile(await findings('chain-missing-recovery', 'chain-missing-recovery'), 'chain-missing-recovery/none/main.go');
  assert.ok(finding);
  const fix = finding.fixes[0]!;
  assert.equal(fix.title, 'Add recovery.UnaryServerInterceptor() first (go.mod needs github.com/grpc-ecosystem/go-grpc-middleware/v2)');
  assert.ok(fix.edits.some((e) => e.newText.includes('"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/recovery"')));
  assert.ok(fix.edits.some((e) => e.newText === 'grpc.ChainUnaryInterceptor'));
  assert.match(finding.message, /kills the whole process/);
});

test('chain-missing-recovery: a go-grpc-middleware v1 that go.mod marks // indirect does not count: the fix writes v2', async () => {
  const [finding] = inFile(await findings('chain-missing-recovery', 'chain-missing-recovery'), 'chain-missing-recovery/v1indirect/main.go');
  assert.ok(finding);
  const fix = finding.fixes[0]!;
  assert.equal(fix.title, 'Add recovery.UnaryServerInterceptor() first (go.mod needs github.com/grpc-ecosystem/go-grpc-middleware/v2)');
  assert.ok(fix.edits.some((e) => e.newText.includes('"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/recovery"')));
  assert.ok(!fix.edits.some((e) => e.newText.includes('grpc_recovery')));
});

test('chain-missing-recovery: the fix title says which library interceptor recovery follows', async () => {
  const list = inFile(await findings('chain-missing-recovery', 'chain-missing-recovery'), 'chain-missing-recovery/v2/observability.go');
  const titles = list.map((f) => f.fixes[0]?.title).sort();
  assert.deepEqual(titles, [
    'Add recovery.StreamServerInterceptor() after srvMetrics.StreamServerInterceptor',
    'Add recovery.UnaryServerInterceptor() after logging.UnaryServerInterceptor',
    'Add recovery.UnaryServerInterceptor() after logging.UnaryServerInterceptor',
    'Add recovery.UnaryServerInterceptor() after otelgrpc.UnaryServerInterceptor',
    'Add recovery.UnaryServerInterceptor() after otelgrpc.UnaryServerInterceptor',
    'Add recovery.UnaryServerInterceptor() after srvMetrics.UnaryServerInterceptor',
  ]);
});

test('chain-missing-recovery: recoveryNames make workspace interceptors count as recovery', async () => {
  const config = { ...defaultConfig(), recoveryNames: ['audit'] };
  const list = await findings('chain-missing-recovery', 'chain-missing-recovery', config);
  assert.deepEqual(inFile(list, 'chain-missing-recovery/v1/main.go'), []);
  assert.deepEqual(inFile(list, 'chain-missing-recovery/none/main.go'), []);
  // bothChains still lacks recovery in its stream chain.
  assert.equal(inFile(list, 'chain-missing-recovery/v2/already.go').length, 1);
});

test('chain-unprotected-interceptor: no fix for interceptors kept in variables or slices, nor where comments would move; a chain from another file points there', async () => {
  const list = inFile(await findings('chain-unprotected-interceptor', 'chain-unprotected-interceptor'), 'chain-unprotected-interceptor/server/nofix.go');
  assert.equal(list.length, 4);
  for (const finding of list) assert.deepEqual(finding.fixes, []);
  const crossFile = list.find((f) => f.related.some((r) => r.file.endsWith('interceptors.go') && r.message === 'audit runs outside recovery'));
  assert.ok(crossFile, 'the constructor finding points to the registration');
});

test('chain-unprotected-interceptor: one finding per chain and kind, naming every interceptor outside recovery', async () => {
  const list = inFile(await findings('chain-unprotected-interceptor', 'chain-unprotected-interceptor'), 'chain-unprotected-interceptor/server/fix.go');
  const observability = list.find((f) => f.message.startsWith('audit and tenant run before (outside) recovery.UnaryServerInterceptor in the unary chain'));
  assert.ok(observability, list.map((f) => f.message).join('\n'));
  assert.deepEqual(
    observability.related.map((r) => r.message),
    ['audit runs outside recovery', 'tenant runs outside recovery', 'the recovery interceptor recovery.UnaryServerInterceptor'],
  );
  assert.equal(observability.fixes[0]!.title, 'Move audit, tenant after recovery.UnaryServerInterceptor');
  // newServer: unary and stream are two chains of one constructor.
  assert.equal(list.filter((f) => f.message.includes('stream chain')).length, 2);
  assert.equal(list.length, 7);
});

test('chain-order: no fix across chain options; a chain from another file points there', async () => {
  const list = inFile(await findings('chain-order', 'chain-order'), 'chain-order/server/nofix.go');
  assert.equal(list.length, 2);
  for (const finding of list) assert.deepEqual(finding.fixes, []);
  assert.ok(list.some((f) => f.related.some((r) => r.file.endsWith('interceptors.go'))));
  assert.ok(list.every((f) => f.message.includes('lack trace ids')));
});

test('chain-order: the configured policy replaces the default', async () => {
  const none = await findings('chain-order', 'chain-order', { ...defaultConfig(), order: [] });
  assert.deepEqual(none, []);
  const reversed = await findings('chain-order', 'chain-order', { ...defaultConfig(), order: [['logging', 'tracing']] });
  // Only the clean look-alikes put tracing first: recommended (unary, stream), singleRunsFirst, client.
  assert.equal(reversed.length, 4);
  assert.deepEqual(inFile(reversed, 'chain-order/server/clean.go').length, 4);
  assert.ok(reversed.every((f) => f.message.includes('the order policy wants every logging interceptor to run before every tracing one')));
});

test('chain-order: authNames classify workspace interceptors as auth', async () => {
  const config: Config = { ...defaultConfig(), order: [['auth', 'logging']], authNames: ['traceCalls'] };
  const list = await findings('chain-order', 'chain-order', config);
  // twoOptions: traceCalls (auth by name now) runs after logCalls.
  assert.equal(inFile(list, 'chain-order/server/nofix.go').length, 1);
});
