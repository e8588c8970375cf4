// The chain view model agrees with the rules: its zone outside recovery is exactly what
// chain-unprotected-interceptor's check reports (before the runner's policies: a suppression
// directive or test code silences the finding, not the fact), and its classes are the ones the
// rules use, with and without recoveryNames; test code is flagged by the test-code policy.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatChainsText, type ChainModel } from '../../server/src/engine/chains';
import { defaultConfig, type Config } from '../../server/src/engine/config/config';
import { chainModels } from '../../server/src/engine/run/chain-models';
import { checkPaths } from '../../server/src/engine/run/check';
import { chainUnprotectedInterceptor } from '../../server/src/engine/rules/chain-unprotected-interceptor';
import type { RelatedLocation, Range } from '../../server/src/engine/types';
import { FIXTURES } from '../support/fixtures';

const where = (file: string, range: Range) => `${path.basename(file)}:${range.start.line + 1}:${range.start.character + 1}`;

/** The models, and what the rule's check reports as outside recovery (related locations), before any policy. */
async function analysed(dir: string, config: Config): Promise<{ models: ChainModel[]; reported: RelatedLocation[] }> {
  const { workspace, findings } = await checkPaths([dir], config, dir);
  const reported: RelatedLocation[] = [];
  chainUnprotectedInterceptor.check({ facts: workspace, config, report: (r) => reported.push(...(r.related ?? [])) });
  return { models: chainModels(workspace.chains, { facts: workspace, configOf: () => config, findingsOf: () => findings }), reported };
}

/** Where the entries drawn outside recovery are registered. */
function zoneOf(models: readonly ChainModel[]): string[] {
  const entries = models.flatMap((m) => [...m.unary, ...m.stream]);
  return [...new Set(entries.filter((e) => e.outsideRecovery).map((e) => where(e.entry.registered.file, e.entry.registered.range)))].sort();
}

/** Where the interceptors the rule names as outside recovery are registered. */
function reportedOf(related: readonly RelatedLocation[]): string[] {
  const outside = related.filter((r) => r.message.endsWith('runs outside recovery'));
  return [...new Set(outside.map((r) => where(r.file, r.range)))].sort();
}

const MODULES = ['chain-unprotected-interceptor/server', 'chain-unprotected-interceptor/librepo', 'chain-missing-recovery', 'chain-order'].map((m) =>
  path.join(FIXTURES, m),
);

test('the zone outside recovery is what chain-unprotected-interceptor reports, in every chain fixture', async () => {
  for (const dir of MODULES) {
    const { models, reported } = await analysed(dir, defaultConfig());
    assert.deepEqual(zoneOf(models), reportedOf(reported), dir);
  }
  const { models } = await analysed(MODULES[0]!, defaultConfig());
  assert.ok(zoneOf(models).length >= 3, 'the fixture has entries outside recovery');
});

test('recoveryNames moves the zone as it moves the findings, and the effective class says recovery', async () => {
  const dir = MODULES[0]!;
  const before = await analysed(dir, defaultConfig());
  // Every interceptor outside recovery, named a recovery one: each chain's first one now recovers.
  const named = [
    ...new Set(
      before.models
        .flatMap((m) => [...m.unary, ...m.stream])
        .filter((e) => e.outsideRecovery)
        .map((e) => e.entry.name),
    ),
  ];
  const config = { ...defaultConfig(), recoveryNames: named };
  const after = await analysed(dir, config);
  assert.deepEqual(zoneOf(after.models), reportedOf(after.reported));
  assert.ok(zoneOf(after.models).length < zoneOf(before.models).length, `the zone shrinks: ${zoneOf(after.models).join(', ')}`);
  const renamed = after.models.flatMap((m) => [...m.unary, ...m.stream]).filter((e) => named.includes(e.entry.name));
  assert.ok(renamed.length > 0);
  for (const e of renamed) {
    assert.equal(e.effectiveClass, 'recovery', e.entry.name);
    assert.notEqual(e.entry.class, 'recovery', `${e.entry.name}: class keeps what ctxlens recognised`);
  }
});

const GO_MOD = 'module example.com/shop\n\ngo 1.22\n';

function server(name: string, extra = ''): string {
  return `package shop

import (
	"context"
${extra}
	"google.golang.org/grpc"
)

func tag(ctx context.Context, req any, _ *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	return handler(ctx, req)
}

func ${name}() *grpc.Server {
	return grpc.NewServer(grpc.ChainUnaryInterceptor(tag))
}
`;
}

test('a chain is test code by the test-code policy: _test.go files, test folders, functions taking *testing.T', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctxlens-chain-model-'));
  try {
    fs.writeFileSync(path.join(dir, 'go.mod'), GO_MOD);
    fs.writeFileSync(path.join(dir, 'server.go'), server('New'));
    fs.writeFileSync(path.join(dir, 'server_test.go'), server('newTestServer'));
    fs.mkdirSync(path.join(dir, 'testutil'));
    fs.writeFileSync(path.join(dir, 'testutil', 'server.go'), server('NewTestServer').replace('package shop', 'package testutil'));
    const helper = server('startServer', '\t"testing"\n').replace(
      'func startServer() *grpc.Server {',
      'func startServer(t *testing.T) *grpc.Server {\n\tt.Helper()',
    );
    fs.writeFileSync(path.join(dir, 'helper.go'), helper);
    const { models } = await analysed(dir, defaultConfig());
    const flags = models.map((m) => `${path.relative(dir, m.chain.file)} ${m.testCode}`).sort();
    assert.deepEqual(flags, ['helper.go true', 'server.go false', 'server_test.go true', 'testutil/server.go true']);
    const { models: configured } = await analysed(dir, { ...defaultConfig(), testCode: [] });
    assert.deepEqual(configured.map((m) => `${path.relative(dir, m.chain.file)} ${m.testCode}`).sort(), [
      'helper.go true',
      'server.go false',
      'server_test.go true',
      'testutil/server.go false',
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('ctxlens chains text names the entries outside recovery under their line', async () => {
  const dir = MODULES[0]!;
  const { models } = await analysed(dir, defaultConfig());
  const atLine = models.filter((m) => path.basename(m.chain.file) === 'fix.go' && m.chain.range.start.line + 1 === 13);
  assert.equal(
    formatChainsText(atLine, dir),
    [
      'fix.go:13 server grpc.NewServer',
      '  unary: logging → audit → tenant → recovery → handler',
      '    outside recovery: audit, tenant (a panic there is not recovered)',
      '  stream: auditStream → recovery → handler',
      '    outside recovery: auditStream (a panic there is not recovered)',
      '',
    ].join('\n'),
  );
});
