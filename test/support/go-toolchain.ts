// Runs the real Go toolchain on fixtures, offline: replace directives point grpc & co at stubs.
import { spawnSync } from 'node:child_process';

const GO_ENV = {
  ...process.env,
  GOFLAGS: '-mod=mod',
  GOPROXY: 'off',
  GOTOOLCHAIN: 'local',
  GOWORK: 'off',
  GOTELEMETRY: 'off',
  GOCACHE: process.env.GOCACHE ?? '/tmp/ctxlens-gocache',
  GOPATH: process.env.GOPATH ?? '/tmp/ctxlens-gopath',
};

export interface ToolResult {
  ok: boolean;
  output: string;
}

export function runGo(args: string[], cwd: string): ToolResult {
  const result = spawnSync('go', args, { cwd, env: GO_ENV, encoding: 'utf8', timeout: 120_000 });
  if (result.error) throw new Error(`go ${args.join(' ')}: ${result.error.message} (is Go installed? run scripts/setup-tools.sh)`);
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

/** Files gofmt would change (empty when every file is gofmt-clean). */
export function gofmtList(paths: string[], cwd: string): string {
  const result = spawnSync('gofmt', ['-l', ...paths], { cwd, encoding: 'utf8' });
  if (result.error) throw new Error(`gofmt: ${result.error.message}`);
  return `${result.stdout}${result.stderr}`.trim();
}
