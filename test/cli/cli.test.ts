// The CLI end to end: dist/cli.js spawned on small workspaces; exit codes, output shapes, paths.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli as runCliInProcess } from '../../server/src/cli/run';
import { REPO_ROOT } from '../support/fixtures';
import { CLEAN, DISCARDED_CANCEL, DISCARDED_CANCEL_COLUMN, DISCARDED_CANCEL_LINE, GO_MOD, assertNoStackTrace, makeWorkspace, runCli } from './support';

const FINDING_KEYS = ['file', 'line', 'column', 'endLine', 'endColumn', 'rule', 'severity', 'message'];

function discardedCancelFinding(file: string, severity = 'error') {
  return {
    file,
    line: DISCARDED_CANCEL_LINE,
    column: DISCARDED_CANCEL_COLUMN,
    endLine: DISCARDED_CANCEL_LINE,
    endColumn: DISCARDED_CANCEL_COLUMN + 1,
    rule: 'ctx-cancel-discarded',
    severity,
  };
}

function parseJson(stdout: string): { version: number; findings: Record<string, unknown>[] } {
  return JSON.parse(stdout) as { version: number; findings: Record<string, unknown>[] };
}

test('exit 0 and an empty findings list on clean code', async () => {
  const ws = makeWorkspace({ 'go.mod': GO_MOD, 'add.go': CLEAN });
  const run = await runCli(['check', '--format', 'json'], ws);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, '{"version":1,"findings":[]}\n');
  assert.equal(run.stderr, '');
});

test('exit 1 with an error finding; JSON has exactly the documented keys in order', async () => {
  const ws = makeWorkspace({ 'go.mod': GO_MOD, 'fetch.go': DISCARDED_CANCEL, 'add.go': CLEAN });
  const run = await runCli(['check', '.', '--format=json'], ws);
  assert.equal(run.code, 1, run.stderr);
  const out = parseJson(run.stdout);
  assert.deepEqual(Object.keys(out), ['version', 'findings']);
  assert.equal(out.version, 1);
  assert.equal(out.findings.length, 1);
  const finding = out.findings[0]!;
  assert.deepEqual(Object.keys(finding), FINDING_KEYS);
  const { message, ...rest } = finding;
  assert.deepEqual(rest, discardedCancelFinding('fetch.go'));
  assert.equal(typeof message, 'string');
  assert.ok((message as string).length > 0);
});

test('paths are relative to the working folder, with / separators, however the path was given', async () => {
  const ws = makeWorkspace({ 'svc/go.mod': GO_MOD, 'svc/internal/api/fetch.go': DISCARDED_CANCEL });
  for (const arg of ['svc', './svc/...', path.join(ws, 'svc'), 'svc/internal/api/fetch.go']) {
    const run = await runCli(['check', arg, '--format', 'json'], ws);
    assert.equal(run.code, 1, `${arg}: ${run.stderr}`);
    assert.deepEqual(
      parseJson(run.stdout).findings.map((f) => f.file),
      ['svc/internal/api/fetch.go'],
      arg,
    );
  }
  const inside = await runCli(['check', '--format', 'json'], path.join(ws, 'svc', 'internal'));
  assert.deepEqual(
    parseJson(inside.stdout).findings.map((f) => f.file),
    ['api/fetch.go'],
  );
});

test('text output: path:line:col: severity rule-id: message, then a summary', async () => {
  const ws = makeWorkspace({ 'go.mod': GO_MOD, 'fetch.go': DISCARDED_CANCEL, 'add.go': CLEAN });
  const run = await runCli(['check'], ws);
  assert.equal(run.code, 1, run.stderr);
  const lines = run.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 2);
  assert.ok(lines[0]!.startsWith(`fetch.go:${DISCARDED_CANCEL_LINE}:${DISCARDED_CANCEL_COLUMN}: error ctx-cancel-discarded: `), lines[0]);
  assert.equal(lines[1], '1 finding (1 error) in 2 files.');

  const clean = await runCli(['check'], makeWorkspace({ 'go.mod': GO_MOD, 'add.go': CLEAN }));
  assert.equal(clean.code, 0);
  assert.equal(clean.stdout, 'No findings in 1 file.\n');
});

test('.ctxlens.json in the working folder: a rule set to warning gives exit 0, off removes it', async () => {
  const ws = makeWorkspace({ 'go.mod': GO_MOD, 'fetch.go': DISCARDED_CANCEL });
  fs.writeFileSync(path.join(ws, '.ctxlens.json'), '{"rules":{"ctx-cancel-discarded":"warning"}}');
  const warned = await runCli(['check', '--format', 'json'], ws);
  assert.equal(warned.code, 0, warned.stderr);
  assert.deepEqual(
    parseJson(warned.stdout).findings.map((f) => f.severity),
    ['warning'],
  );

  fs.writeFileSync(path.join(ws, 'off.json'), '{"rules":{"ctx-cancel-discarded":"off"}}');
  const off = await runCli(['check', '--config', 'off.json', '--format', 'json'], ws);
  assert.equal(off.code, 0, off.stderr);
  assert.deepEqual(parseJson(off.stdout).findings, []);
});

const DIAL_GO_MOD = 'module example.com/shop\n\ngo 1.22\n\nrequire google.golang.org/grpc v1.64.0\n';

/** A root context beside its caller's ctx (off the request path) and a deprecated grpc.Dial: both off by default. */
const OFF_BY_DEFAULT = `package shop

import (
	"context"

	"google.golang.org/grpc"
)

func warm(ctx context.Context, load func(context.Context)) {
	load(context.Background())
}

func connect() (*grpc.ClientConn, error) {
	return grpc.Dial("shop:443")
}
`;

test('rules and variants off by default: nothing by default; turned on, hints in every format and exit 0', async () => {
  const ws = makeWorkspace({ 'go.mod': DIAL_GO_MOD, 'warm.go': OFF_BY_DEFAULT });
  const quiet = await runCli(['check', '--format', 'json'], ws);
  assert.equal(quiet.code, 0, quiet.stderr);
  assert.deepEqual(parseJson(quiet.stdout).findings, []);

  fs.writeFileSync(path.join(ws, '.ctxlens.json'), '{"rules":{"grpc-deprecated-dial":"hint","ctx-background-in-request/callers-context":"hint"}}');
  const json = await runCli(['check', '--format', 'json'], ws);
  assert.equal(json.code, 0, json.stderr);
  assert.deepEqual(
    parseJson(json.stdout).findings.map(({ line, rule, variant, severity }) => ({ line, rule, variant, severity })),
    [
      { line: 10, rule: 'ctx-background-in-request', variant: 'callers-context', severity: 'hint' },
      { line: 14, rule: 'grpc-deprecated-dial', variant: undefined, severity: 'hint' },
    ],
  );
  const text = await runCli(['check'], ws);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /^warm\.go:10:7: hint ctx-background-in-request: context\.Background\(\) ignores the caller's context/m);
  assert.match(text.stdout, /^warm\.go:14:9: hint grpc-deprecated-dial: grpc\.Dial is deprecated/m);
  const sarif = JSON.parse((await runCli(['check', '--format', 'sarif'], ws)).stdout) as {
    runs: { results: { ruleId: string; level: string; properties?: { variant: string } }[] }[];
  };
  assert.deepEqual(
    sarif.runs[0]!.results.map((r) => [r.ruleId, r.level, r.properties?.variant]),
    [
      ['ctx-background-in-request', 'note', 'callers-context'],
      ['grpc-deprecated-dial', 'note', undefined],
    ],
  );
});

test('config excludes are relative to the config file', async () => {
  const ws = makeWorkspace({ 'go.mod': GO_MOD, 'gen/fetch.go': DISCARDED_CANCEL, '.ctxlens.json': '{"exclude":["gen/**"]}' });
  const run = await runCli(['check', '--format', 'json'], ws);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(parseJson(run.stdout).findings, []);
});

test('a broken config file: one message on stderr, the defaults, and the check still runs', async () => {
  const ws = makeWorkspace({ 'go.mod': GO_MOD, 'fetch.go': DISCARDED_CANCEL, '.ctxlens.json': '{"rules": {' });
  const run = await runCli(['check', '--format', 'json'], ws);
  assert.equal(run.code, 1);
  assert.equal(parseJson(run.stdout).findings.length, 1);
  assertNoStackTrace(run.stderr);
  assert.equal(run.stderr.trimEnd().split('\n').length, 1);
  assert.match(run.stderr, /\.ctxlens\.json:1:\d+: not valid JSON/);
});

test('bad arguments and unreadable input: exit 2, one line on stderr, nothing on stdout', async () => {
  const ws = makeWorkspace({ 'go.mod': GO_MOD, 'add.go': CLEAN, 'notes.txt': 'hello' });
  const cases: [string[], RegExp][] = [
    [[], /missing command/],
    [['lint'], /unknown command "lint"/],
    [['check', '--fromat', 'json'], /unknown option "--fromat"/],
    [['check', '--format'], /--format needs a value/],
    [['check', '--format', 'xml'], /unknown format "xml"/],
    [['check', '--config'], /--config needs a value/],
    [['check', 'no/such/dir'], /cannot read no\/such\/dir \(ENOENT\)/],
    [['check', 'notes.txt'], /neither a folder nor a \.go file/],
    [['check', '--config', 'missing.json'], /cannot read config file missing\.json/],
  ];
  for (const [args, message] of cases) {
    const run = await runCli(args, ws);
    assert.equal(run.code, 2, `${args.join(' ')}: exit ${run.code}`);
    assert.equal(run.stdout, '', args.join(' '));
    assert.equal(run.stderr.split('\n').filter(Boolean).length, 1, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, message);
    assertNoStackTrace(run.stderr);
  }
});

test('an unreadable .go file exits 2 after reporting the rest', async (t) => {
  const ws = makeWorkspace({ 'go.mod': GO_MOD, 'fetch.go': DISCARDED_CANCEL, 'locked.go': CLEAN });
  const locked = path.join(ws, 'locked.go');
  // The read error is injected (root reads any file whatever its mode); the module object
  // itself is mocked so that the engine's reads see it.
  const nodeFs = require('node:fs') as typeof fs;
  const readFileSync = nodeFs.readFileSync;
  t.mock.method(nodeFs, 'readFileSync', (...args: Parameters<typeof fs.readFileSync>) => {
    if (args[0] === locked) throw Object.assign(new Error(`EACCES: permission denied, open '${locked}'`), { code: 'EACCES' });
    return readFileSync(...args);
  });
  let stdout = '';
  let stderr = '';
  const code = await runCliInProcess(['check', '--format', 'json'], { cwd: ws, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  assert.equal(code, 2);
  assert.equal(parseJson(stdout).findings.length, 1);
  assert.equal(stderr, 'ctxlens: locked.go: cannot read: EACCES\n');
});

test('--help and --version', async () => {
  const ws = makeWorkspace({});
  const help = await runCli(['--help'], ws);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: ctxlens check \[paths…\]/);
  const checkHelp = await runCli(['check', '-h'], ws);
  assert.equal(checkHelp.stdout, help.stdout);
  const version = await runCli(['--version'], ws);
  assert.equal(version.code, 0);
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(version.stdout, `${manifest.version}\n`);
});

test('skipped files: a count on stderr in text mode only; stdout stays pure JSON', async () => {
  const generated = '// Code generated by protoc-gen-go. DO NOT EDIT.\n\npackage shop\n';
  const ws = makeWorkspace({ 'go.mod': GO_MOD, 'add.go': CLEAN, 'shop.pb.go': generated });
  const text = await runCli(['check'], ws);
  assert.equal(text.code, 0);
  assert.match(text.stderr, /^ctxlens: skipped 1 file \(/);
  const json = await runCli(['check', '--format', 'json'], ws);
  assert.equal(json.stderr, '');
  assert.deepEqual(parseJson(json.stdout).findings, []);
  const verbose = await runCli(['check', '--format', 'json', '--verbose'], ws);
  assert.equal(verbose.stderr, 'ctxlens: skipped shop.pb.go: generated code\n');
});

test('--verbose counts the findings that suppression directives hid; stdout stays the same JSON', async () => {
  const fixture = path.join(REPO_ROOT, 'test', 'fixtures', '_suppressions');
  const quiet = await runCli(['check', '--format', 'json'], fixture);
  assert.equal(quiet.stderr, '');
  const verbose = await runCli(['check', '--format', 'json', '--verbose'], fixture);
  assert.equal(verbose.stderr, 'ctxlens: 29 findings suppressed (19 by //nolint, 9 by //lint:ignore, 1 by //ctxlens:ignore)\n');
  assert.equal(verbose.stdout, quiet.stdout);
  assert.equal(verbose.code, quiet.code);
});
