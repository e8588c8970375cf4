// Unary and stream otelgrpc interceptors in one constructor call: each finding's fix, applied
// alone, gives the same code with one stats handler, and that code builds and vets.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPaths } from '../../server/src/engine/run/check';
import { defaultConfig } from '../../server/src/engine/config/config';
import { applyEdits } from '../support/apply-edits';
import { copyFixturesTo } from '../support/fixtures';
import { runGo } from '../support/go-toolchain';

const RULE = 'chain-deprecated-otel-interceptor';

test('each fix alone replaces both interceptors with one stats handler', async () => {
  const root = path.join(copyFixturesTo(RULE), RULE);
  const file = path.join(root, 'both', 'both.go');
  const source = fs.readFileSync(file, 'utf8');
  const { findings } = await checkPaths([path.dirname(file)], defaultConfig(), root);
  const otel = findings.filter((f) => f.rule === RULE);
  assert.equal(otel.length, 2);
  const results = otel.map((f) => applyEdits(source, f.fixes[0]!.edits));
  assert.equal(results[0], results[1]);
  const fixed = results[0]!;
  assert.ok(fixed.includes('\t\tgrpc.StatsHandler(otelgrpc.NewServerHandler()),\n\t\tgrpc.ChainUnaryInterceptor(recovery.UnaryServerInterceptor()),'), fixed);
  assert.ok(fixed.includes('grpc.ChainStreamInterceptor(recovery.StreamServerInterceptor()),'), fixed);
  assert.equal(fixed.split('otelgrpc.').length - 1, 1, 'one otelgrpc reference left: the handler');
  fs.writeFileSync(file, fixed);
  const vet = runGo(['vet', '.'], path.dirname(file));
  assert.ok(vet.ok, vet.output);
});
