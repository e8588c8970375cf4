// Hostile input: files that are not tidy Go source sit beside one good file with a known
// finding. Each case runs `ctxlens check` in its own process, killed when it exceeds its time
// limit: it must not crash, no rule may fail, and the good file's finding must be reported.
import { test, type Mock } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli as runCliInProcess } from '../../server/src/cli/run';
import { GoParser, type Tree } from '../../server/src/engine/go/parser';
import { SourceFile } from '../../server/src/engine/go/source-file';
import { REPO_ROOT } from '../support/fixtures';
import {
  GENERATED_HEADER,
  deepBlocks,
  deepCancelScopes,
  deepFuncLiterals,
  deepIfs,
  deepParentheses,
  deepPointer,
  deepSwitchesWithCancel,
  invalidUtf8Source,
  junkBytes,
  largeGoFile,
  truncations,
} from './hostile-inputs';
import { DISCARDED_CANCEL, DISCARDED_CANCEL_COLUMN, DISCARDED_CANCEL_LINE, GO_MOD, assertNoStackTrace, makeWorkspace, runCli } from './support';

const DEPTH = 10_000;

interface HostileRun {
  /** Findings by file name (relative to the workspace). */
  findings: { file: string; rule: string; line: number }[];
  /** file → reason, from --verbose. */
  skipped: Map<string, string>;
}

/** Checks go.mod + good.go + files in a child process that is killed after limitMs. */
async function checkBeside(files: Record<string, string | Uint8Array>, limitMs: number): Promise<HostileRun> {
  const root = makeWorkspace({ 'go.mod': GO_MOD, 'good.go': DISCARDED_CANCEL, ...files });
  try {
    const run = await runCli(['check', '--format', 'json', '--verbose'], root, limitMs);
    assert.equal(run.signal, null, `ctxlens check was killed (${limitMs} ms of CPU time used, or ten times that waited)`);
    assert.equal(run.code, 1, run.stderr);
    assertNoStackTrace(run.stderr);
    const skipped = new Map<string, string>();
    for (const line of run.stderr.split('\n').filter(Boolean)) {
      const match = /^ctxlens: skipped (.+?): (.+)$/.exec(line);
      assert.ok(match, `unexpected message (a rule failed?): ${line}`);
      skipped.set(match[1]!, match[2]!);
    }
    const { findings } = JSON.parse(run.stdout) as HostileRun;
    const good = findings.filter((f) => f.file === 'good.go').map((f) => [f.rule, f.line]);
    assert.deepEqual(good, [['ctx-cancel-discarded', DISCARDED_CANCEL_LINE]]);
    return { findings, skipped };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const findingsIn = (run: HostileRun, file: string) => run.findings.filter((f) => f.file === file);

test('an empty .go file', { timeout: 30_000 }, async () => {
  const run = await checkBeside({ 'empty.go': '' }, 20_000);
  assert.equal(run.skipped.size, 0);
});

test('truncated files: a real service file cut at 40 points', { timeout: 90_000 }, async () => {
  const source = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'internal', 'gateway', 'http.go'), 'utf8');
  const files: Record<string, string> = {};
  for (const [i, text] of truncations(source, 40).entries()) files[`cut${String(i).padStart(2, '0')}.go`] = text;
  const run = await checkBeside(files, 60_000);
  assert.equal(run.skipped.size, 0);
});

test('binary junk named .go (with NUL bytes) is skipped, not parsed', { timeout: 30_000 }, async () => {
  const run = await checkBeside({ 'junk.go': junkBytes(256 * 1024, 7, true) }, 20_000);
  assert.equal(run.skipped.get('junk.go'), 'binary content, not Go source');
});

test('junk bytes without NUL are parsed as broken Go without harm', { timeout: 60_000 }, async () => {
  const run = await checkBeside({ 'noise.go': junkBytes(4 * 1024, 11, false) }, 45_000);
  assert.equal(run.skipped.size, 0);
});

test('invalid UTF-8 in comments, strings, identifiers and runes', { timeout: 30_000 }, async () => {
  const run = await checkBeside({ 'latin1.go': invalidUtf8Source() }, 20_000);
  assert.equal(run.skipped.size, 0);
});

test('a 10 MB generated file is skipped by its header without being parsed', { timeout: 60_000 }, async () => {
  const run = await checkBeside({ 'big.pb.go': largeGoFile(undefined, GENERATED_HEADER) }, 30_000);
  assert.equal(run.skipped.get('big.pb.go'), 'generated code');
});

test('a 10 MB hand-written-looking file is parsed and analysed, with no false findings', { timeout: 90_000 }, async () => {
  const run = await checkBeside({ 'big.go': largeGoFile() }, 60_000);
  assert.equal(run.skipped.size, 0);
  assert.deepEqual(findingsIn(run, 'big.go'), []);
});

for (const [name, make] of [
  ['parentheses', deepParentheses],
  ['blocks', deepBlocks],
  ['if statements', deepIfs],
  ['func literals passing ctx', deepFuncLiterals],
  ['func literals each deferring its own cancel', deepCancelScopes],
  ['pointer types (`*`)', deepPointer],
  ['switches around a cancel call', deepSwitchesWithCancel],
] as const) {
  test(`${DEPTH.toLocaleString('en')}-deep nested ${name}`, { timeout: 90_000 }, async () => {
    const run = await checkBeside({ 'deep.go': make(DEPTH) }, 60_000);
    assert.equal(run.skipped.size, 0);
    assert.deepEqual(findingsIn(run, 'deep.go'), []);
  });
}

test('all of it in one workspace: the rest is still analysed', { timeout: 90_000 }, async () => {
  const run = await checkBeside(
    {
      'empty.go': '',
      'junk.go': junkBytes(64 * 1024, 3, true),
      'latin1.go': invalidUtf8Source(),
      'cut.go': DISCARDED_CANCEL.slice(0, 120),
      'deep.go': deepParentheses(DEPTH),
      'big.pb.go': largeGoFile(undefined, GENERATED_HEADER),
    },
    60_000,
  );
  assert.deepEqual([...run.skipped.keys()].sort(), ['big.pb.go', 'junk.go']);
});

test('a file whose analysis throws is reported and its tree deleted; every other file keeps its findings', { timeout: 30_000 }, async (t) => {
  // A throw in fact extraction (outside the per-rule try), injected for one file only.
  const nodesAt = SourceFile.prototype.nodesAt;
  t.mock.method(SourceFile.prototype, 'nodesAt', function (this: SourceFile, ...args: Parameters<SourceFile['nodesAt']>) {
    if (this.path.endsWith('bad.go')) throw new RangeError('Maximum call stack size exceeded');
    return nodesAt.apply(this, args);
  });
  const trees: Tree[] = [];
  const parse = GoParser.prototype.parse;
  t.mock.method(GoParser.prototype, 'parse', function (this: GoParser, ...args: Parameters<GoParser['parse']>) {
    const tree = parse.apply(this, args);
    t.mock.method(tree, 'delete');
    trees.push(tree);
    return tree;
  });
  const root = makeWorkspace({
    'go.mod': GO_MOD,
    'a.go': DISCARDED_CANCEL,
    'bad.go': DISCARDED_CANCEL.replace('Fetch', 'Bad'),
    'z.go': DISCARDED_CANCEL.replace('Fetch', 'Last'),
  });
  try {
    let stdout = '';
    let stderr = '';
    const code = await runCliInProcess(['check', '--format', 'json'], { cwd: root, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
    assert.equal(code, 1, stderr);
    assert.equal(stderr, 'ctxlens: could not analyse bad.go: analysis failed: Maximum call stack size exceeded\n');
    const { findings } = JSON.parse(stdout) as HostileRun;
    assert.deepEqual(
      findings.map((f) => [f.file, f.rule]),
      [
        ['a.go', 'ctx-cancel-discarded'],
        ['z.go', 'ctx-cancel-discarded'],
      ],
    );
    assert.equal(trees.length, 3);
    for (const tree of trees) assert.equal((tree.delete as unknown as Mock<() => void>).mock.callCount(), 1);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

/** Runs `ctxlens check` in this process (so that fs can be mocked), collecting its output. */
async function checkInProcess(args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCliInProcess(['check', ...args], { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

test('an unreadable folder is named on stderr and exits 2, after the rest is reported', { timeout: 30_000 }, async (t) => {
  const root = makeWorkspace({ 'go.mod': GO_MOD, 'good.go': DISCARDED_CANCEL, 'locked/inner.go': DISCARDED_CANCEL });
  const locked = path.join(root, 'locked');
  // Injected: root lists any folder whatever its mode. The module object itself is mocked so the engine sees it.
  const nodeFs = require('node:fs') as typeof fs;
  const readdirSync = nodeFs.readdirSync;
  t.mock.method(nodeFs, 'readdirSync', (...args: Parameters<typeof fs.readdirSync>) => {
    if (args[0] === locked) throw Object.assign(new Error(`EACCES: permission denied, scandir '${locked}'`), { code: 'EACCES' });
    return readdirSync(...args);
  });
  try {
    const run = await checkInProcess(['--format', 'json'], root);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'ctxlens: locked: cannot read: EACCES\n');
    assert.deepEqual(
      (JSON.parse(run.stdout) as HostileRun).findings.map((f) => f.file),
      ['good.go'],
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a .go symbolic link is followed inside the folders analysed, and skipped with its reason outside them', { timeout: 30_000 }, async () => {
  const outside = makeWorkspace({ 'elsewhere.go': DISCARDED_CANCEL });
  const root = makeWorkspace({ 'go.mod': GO_MOD, 'real/fetch.go': DISCARDED_CANCEL });
  try {
    fs.symlinkSync(path.join(root, 'real', 'fetch.go'), path.join(root, 'inside.go'));
    fs.symlinkSync(path.join(outside, 'elsewhere.go'), path.join(root, 'outside.go'));
    fs.symlinkSync(path.join(root, 'missing.go'), path.join(root, 'broken.go'));
    const run = await runCli(['check', '--format', 'json', '--verbose'], root, 20_000);
    assert.equal(run.code, 1, run.stderr);
    // The linked-to file is analysed once, under its own path.
    assert.deepEqual(
      (JSON.parse(run.stdout) as HostileRun).findings.map((f) => f.file),
      ['real/fetch.go'],
    );
    assert.deepEqual(run.stderr.split('\n').filter(Boolean).sort(), [
      'ctxlens: skipped broken.go: broken symbolic link (ENOENT)',
      'ctxlens: skipped outside.go: symbolic link to a file outside the analysed folders',
    ]);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  }
});

test('a FIFO or a device given as the path is a usage error, never a hang', { timeout: 30_000 }, async () => {
  const root = makeWorkspace({ 'go.mod': GO_MOD, 'good.go': DISCARDED_CANCEL });
  try {
    execFileSync('mkfifo', [path.join(root, 'pipe.go')]);
    for (const given of ['pipe.go', '/dev/null']) {
      const run = await runCli(['check', given], root, 20_000);
      assert.equal(run.signal, null, `ctxlens check ${given} hung`);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, `ctxlens: ${given} is neither a folder nor a .go file\n`);
    }
    // A FIFO met in a folder is not a file: never opened.
    const run = await runCli(['check', '--format', 'json'], root, 20_000);
    assert.equal(run.signal, null, 'ctxlens check hung on a FIFO in the folder');
    assert.equal(run.code, 1, run.stderr);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('lone CR line breaks count as lines, as editors count them', { timeout: 30_000 }, async () => {
  // The first three line breaks of the file are lone `\r`, one is `\r\n`: the finding stays on line 9.
  const parts = DISCARDED_CANCEL.split('\n');
  const text = `${parts.slice(0, 4).join('\r')}\r\n${parts.slice(4).join('\n')}`;
  const root = makeWorkspace({ 'go.mod': GO_MOD, 'cr.go': text });
  try {
    const run = await runCli(['check', '--format', 'json'], root, 20_000);
    assert.equal(run.code, 1, run.stderr);
    const [finding] = (JSON.parse(run.stdout) as { findings: { line: number; column: number }[] }).findings;
    assert.deepEqual([finding?.line, finding?.column], [DISCARDED_CANCEL_LINE, DISCARDED_CANCEL_COLUMN]);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
