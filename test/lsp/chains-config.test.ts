// The chain panel agrees with the diagnostics: with and without `recoveryNames` in .ctxlens.json,
// the entries the ctxlens/chains request draws outside recovery are exactly those the
// chain-unprotected-interceptor diagnostics name, the configured recovery shows as one, and the
// panel's Mermaid is the diagram `ctxlens chains --format mermaid` draws, and the code lens
// tooltip names the same entries.
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeLensRequest, CodeLensResolveRequest, type CodeLens } from 'vscode-languageserver-protocol/node';
import { ChainsRequest, type ChainView } from '../../server/src/protocol';
import { makeWorkspace, runCli } from '../cli/support';
import { LspSession, uriOf } from './harness';

const GO_MOD = 'module example.com/shop\n\ngo 1.22\n';

// api: tag and audit run before recovery; admin: no recovery at all (until audit is named one).
const MAIN = `package main

import (
	"context"
	"log"

	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/recovery"
	"google.golang.org/grpc"
)

func tag(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	log.Print(info.FullMethod)
	return handler(ctx, req)
}

func audit(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	log.Print("audit ", info.FullMethod)
	return handler(ctx, req)
}

func newAPI() *grpc.Server {
	return grpc.NewServer(grpc.ChainUnaryInterceptor(tag, audit, recovery.UnaryServerInterceptor()))
}

func newAdmin() *grpc.Server {
	return grpc.NewServer(grpc.ChainUnaryInterceptor(audit, tag))
}

func main() {
	_, _ = newAPI(), newAdmin()
}
`;

interface Observed {
  chains: ChainView[];
  /** `line:character` of every entry drawn outside recovery. */
  zone: string[];
  /** `line:character` of every interceptor a chain-unprotected-interceptor diagnostic names as outside recovery. */
  reported: string[];
  rules: string[];
  cliMermaid: string;
  /** The resolved constructor lenses: title and tooltip. */
  lenses: string[];
}

const at = (range: { start: { line: number; character: number } }) => `${range.start.line + 1}:${range.start.character + 1}`;

async function observe(config: string | null): Promise<Observed> {
  const dir = makeWorkspace({ 'go.mod': GO_MOD, 'main.go': MAIN, ...(config === null ? {} : { '.ctxlens.json': config }) });
  const session = await LspSession.start(dir);
  try {
    await session.waitForReady();
    const diagnostics = await session.waitForDiagnostics(path.join(dir, 'main.go'));
    const chains = await session.connection.sendRequest(ChainsRequest.type, {});
    const zone = chains.flatMap((c) => [...c.unary, ...c.stream].filter((e) => e.outsideRecovery).map((e) => at(e.registered.range)));
    const reported = diagnostics
      .filter((d) => d.code === 'chain-unprotected-interceptor')
      .flatMap((d) => (d.relatedInformation ?? []).filter((r) => r.message.endsWith('runs outside recovery')).map((r) => at(r.location.range)));
    const listed = ((await session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uriOf(path.join(dir, 'main.go')) } })) ??
      []) as CodeLens[];
    const resolved = await Promise.all(listed.map((lens) => session.connection.sendRequest(CodeLensResolveRequest.type, lens)));
    const lenses = resolved
      .filter((lens) => /^(unary|stream): /.test(lens.command?.title ?? ''))
      .map((lens) => `${lens.command?.title} | ${lens.command?.tooltip ?? ''}`);
    const cli = await runCli(['chains', '--format', 'mermaid'], dir);
    assert.equal(cli.code, 0, cli.stderr);
    const rules = diagnostics.map((d) => String(d.code)).sort();
    return { chains, zone: zone.sort(), reported: reported.sort(), rules, cliMermaid: cli.stdout, lenses };
  } finally {
    await session.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The CLI's diagram of every chain, assembled from the panel's one-chain diagrams (chain i's ids renumbered). */
function assembled(chains: readonly ChainView[]): string {
  const [header, ...rest] = chains.map((c, i) => {
    const lines = c.mermaid.trimEnd().split('\n');
    const start = lines.findIndex((l) => l.startsWith('  subgraph c0['));
    return { header: lines.slice(0, start), body: lines.slice(start).map((l) => l.replace(/\bc0(?=[_[\s]|$)/g, `c${i}`)) };
  });
  if (!header) return '';
  return `${[...header.header, ...header.body, ...rest.flatMap((r) => r.body)].join('\n')}\n`;
}

describe('the chain panel under the configuration', () => {
  test('defaults: tag and audit are drawn outside recovery, as the diagnostic says', async () => {
    const seen = await observe(null);
    assert.deepEqual(seen.rules, ['chain-missing-recovery', 'chain-unprotected-interceptor']);
    assert.deepEqual(seen.zone, seen.reported);
    assert.deepEqual(seen.zone, ['22:51', '22:56']);
    assert.equal(seen.cliMermaid, assembled(seen.chains));
    assert.deepEqual(seen.lenses, [
      'unary: tag → audit → recovery → handler · 1 finding | outside recovery: tag, audit (a panic there is not recovered)',
      'unary: audit → tag → handler · 1 finding | ',
    ]);
  });

  test('recoveryNames ["audit"]: audit is the recovery, only tag is drawn outside it, as the diagnostics say', async () => {
    const seen = await observe('{ "recoveryNames": ["audit"] }');
    assert.deepEqual(seen.rules, ['chain-unprotected-interceptor']);
    assert.deepEqual(seen.zone, seen.reported);
    assert.deepEqual(seen.zone, ['22:51']);
    assert.deepEqual(seen.lenses, [
      'unary: tag → audit → recovery → handler · 1 finding | outside recovery: tag (a panic there is not recovered)',
      'unary: audit → tag → handler | ',
    ]);
    const audits = seen.chains.flatMap((c) => [...c.unary, ...c.stream]).filter((e) => e.name === 'audit');
    assert.equal(audits.length, 2);
    for (const audit of audits) assert.deepEqual([audit.class, audit.effectiveClass, audit.outsideRecovery], ['other', 'recovery', false]);
    assert.match(seen.chains[0]!.mermaid, /audit<br\/>recovery/);
    assert.equal(seen.cliMermaid, assembled(seen.chains));
  });
});
