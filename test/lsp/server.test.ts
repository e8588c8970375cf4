// The language server over stdio, driven by a real JSON-RPC client.
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeActionRequest, DiagnosticSeverity, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol/node';
import { docsUrl } from '../../server/src/engine/rules/rule';
import { applyEdits } from '../support/apply-edits';
import { deepBlocks, deepParentheses, invalidUtf8Source, largeGoFile } from '../cli/hostile-inputs';
import { copyFixturesTo } from '../support/fixtures';
import { writeTree } from '../support/tree';
import { readWants } from '../support/wants';
import { LspSession, uriOf } from './harness';

const RULE = 'ctx-cancel-discarded';
const FIXTURE = 'ctx-cancel-discarded';

async function wantedLines(file: string): Promise<string[]> {
  return (await readWants(file, fs.readFileSync(file, 'utf8'))).map((w) => `${w.line + 1}:${w.rule}`).sort();
}

const linesOf = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.range.start.line + 1}:${String(d.code)}`).sort();

function codeActions(session: LspSession, file: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return session.connection
    .sendRequest(CodeActionRequest.type, { textDocument: { uri: uriOf(file) }, range, context: { diagnostics } })
    .then((actions) => (actions ?? []) as CodeAction[]);
}

function editsFor(action: CodeAction, file: string): TextEdit[] {
  const edits = action.edit?.changes?.[uriOf(file)];
  assert.ok(edits, `${action.title} edits ${file}`);
  return edits;
}

const apply = (text: string, edits: TextEdit[]) =>
  applyEdits(
    text,
    edits.map((e) => ({ file: '', range: e.range, newText: e.newText })),
  );

describe('language server on a workspace', () => {
  let root: string;
  let session: LspSession;
  let dir: string;

  before(async () => {
    root = copyFixturesTo(FIXTURE);
    dir = path.join(root, FIXTURE);
    session = await LspSession.start(root);
    await session.waitForReady();
  });
  after(async () => {
    await session.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('the background scan publishes closed files with code, docs link and severity', async () => {
    const bad = path.join(dir, 'bad.go');
    const diagnostics = await session.waitForDiagnostics(bad);
    assert.deepEqual(linesOf(diagnostics), await wantedLines(bad));
    for (const d of diagnostics.filter((d) => d.code === RULE)) {
      assert.equal(d.source, 'ctxlens');
      assert.equal(d.severity, DiagnosticSeverity.Error);
      assert.equal(d.codeDescription?.href, docsUrl(RULE));
    }
    assert.equal(session.diagnostics.has(uriOf(path.join(dir, 'clean.go'))), false, 'clean files are not published');
    assert.ok(session.registrations.includes('workspace/didChangeWatchedFiles'), 'file watching is registered');
    assert.ok(session.ready[0]!.files >= 3);
  });

  test('incremental edits introduce and remove a finding', async () => {
    const file = path.join(dir, 'clean.go');
    const text = fs.readFileSync(file, 'utf8');
    await session.open(file, text, 1);
    assert.deepEqual(await session.waitForDiagnostics(file, (p) => p.version === 1), []);

    const line = text.split('\n').findIndex((l) => l.includes('ctx, cancel := context.WithTimeout'));
    const column = text.split('\n')[line]!.indexOf('cancel');
    // Two changes in one notification: insert two lines at the top, then blank the cancel func
    // (positions of the second change are in the text after the first).
    await session.change(file, 2, [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '// one\n// two\n' },
      { range: { start: { line: line + 2, character: column }, end: { line: line + 2, character: column + 'cancel'.length } }, text: '_' },
    ]);
    const introduced = await session.waitForDiagnostics(file, (p) => p.version === 2);
    assert.deepEqual(
      introduced.map((d) => [d.code, d.range]),
      [[RULE, { start: { line: line + 2, character: column }, end: { line: line + 2, character: column + 1 } }]],
    );

    await session.change(file, 3, [
      { range: { start: { line: line + 2, character: column }, end: { line: line + 2, character: column + 1 } }, text: 'cancel' },
    ]);
    assert.deepEqual(await session.waitForDiagnostics(file, (p) => p.version === 3), []);
  });

  test('a burst of edits ends with diagnostics for the last version', async () => {
    const file = path.join(dir, 'burst.go');
    const text = fs.readFileSync(path.join(dir, 'clean.go'), 'utf8');
    fs.writeFileSync(file, text);
    await session.open(file, text, 1);
    await session.waitForDiagnostics(file, (p) => p.version === 1);
    const line = text.split('\n').findIndex((l) => l.includes('ctx, cancel := context.WithTimeout'));
    const column = text.split('\n')[line]!.indexOf('cancel');
    for (let version = 2; version <= 20; version++) {
      const at = { line: 0, character: 0 };
      await session.change(file, version, [{ range: { start: at, end: at }, text: `// edit ${version}\n` }]);
    }
    // 19 changes added 19 lines; the last one blanks the cancel func.
    const at = { line: line + 19, character: column };
    await session.change(file, 21, [{ range: { start: at, end: { line: at.line, character: column + 'cancel'.length } }, text: '_' }]);
    const last = await session.waitForDiagnostics(file, (p) => p.version === 21);
    assert.deepEqual(
      last.map((d) => [d.code, d.range.start]),
      [[RULE, at]],
    );
  });

  test('applying the quick fixes gives the golden file', async () => {
    const file = path.join(dir, 'fix', 'fix.go');
    const text = fs.readFileSync(file, 'utf8');
    await session.open(file, text, 1);
    const diagnostics = await session.waitForDiagnostics(file, (p) => p.version === 1);
    assert.ok(diagnostics.length > 0);
    const edits: TextEdit[] = [];
    for (const diagnostic of diagnostics) {
      const actions = await codeActions(session, file, [diagnostic]);
      const preferred = actions.find((a) => a.isPreferred);
      assert.ok(preferred, `a quick fix for line ${diagnostic.range.start.line + 1}`);
      assert.equal(preferred.kind, 'quickfix');
      edits.push(...editsFor(preferred, file));
    }
    assert.equal(apply(text, edits), fs.readFileSync(`${file}.golden`, 'utf8'));
  });

  test('no code actions once the document version moved on', async () => {
    const file = path.join(dir, 'bad.go');
    const text = fs.readFileSync(file, 'utf8');
    await session.open(file, text, 1);
    const diagnostics = await session.waitForDiagnostics(file, (p) => p.version === 1);
    assert.ok((await codeActions(session, file, diagnostics)).length > 0, 'actions while current');
    const end = text.split('\n').length - 1;
    await session.change(file, 2, [{ range: { start: { line: end, character: 0 }, end: { line: end, character: 0 } }, text: '// edited\n' }]);
    assert.deepEqual(await codeActions(session, file, diagnostics), []);
  });

  test('the suppress action inserts //ctxlens:ignore above, at the same indentation, and silences the finding', async () => {
    const file = path.join(dir, 'fix', 'fix.go');
    const text = fs.readFileSync(file, 'utf8');
    const reopened = path.join(dir, 'fix', 'suppress.go');
    fs.writeFileSync(reopened, text);
    await session.open(reopened, text, 1);
    const [first] = await session.waitForDiagnostics(reopened, (p) => p.version === 1);
    assert.ok(first);
    const suppress = (await codeActions(session, reopened, [first])).find((a) => a.title === `Suppress ${RULE} with //ctxlens:ignore`);
    assert.ok(suppress);
    const line = first.range.start.line;
    const indent = text.split('\n')[line]!.match(/^\s*/)![0];
    assert.deepEqual(editsFor(suppress, reopened), [
      { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}//ctxlens:ignore ${RULE} TODO: why this is safe\n` },
    ]);
    await session.change(
      reopened,
      2,
      editsFor(suppress, reopened).map((e) => ({ range: e.range, text: e.newText })),
    );
    const after = await session.waitForDiagnostics(reopened, (p) => p.version === 2);
    assert.ok(!after.some((d) => d.range.start.line === line + 1), 'the suppressed finding is gone');
  });
});

describe('configuration', () => {
  const roots: string[] = [];
  after(() => {
    for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
  });

  async function withWorkspace(configText: string | null, settings: unknown, check: (session: LspSession, dir: string) => Promise<void>) {
    const root = copyFixturesTo(FIXTURE);
    roots.push(root);
    if (configText !== null) fs.writeFileSync(path.join(root, '.ctxlens.json'), configText);
    const session = await LspSession.start(root, { settings });
    try {
      await session.waitForReady();
      await check(session, path.join(root, FIXTURE));
    } finally {
      await session.close();
    }
  }

  test('a broken .ctxlens.json gives one warning and the defaults', async () => {
    await withWorkspace('{ "rules": ', null, async (session, dir) => {
      const diagnostics = await session.waitForDiagnostics(path.join(dir, 'bad.go'));
      assert.ok(diagnostics.some((d) => d.code === RULE && d.severity === DiagnosticSeverity.Error));
      assert.equal(session.messages.length, 1);
      assert.equal(session.messages[0]!.type, 2 /* Warning */);
      assert.match(session.messages[0]!.message, /\.ctxlens\.json:1:\d+: not valid JSON/);
    });
  });

  test('the file wins over editor settings for what it sets', async () => {
    const file = JSON.stringify({ rules: { [RULE]: 'warning' } });
    await withWorkspace(file, { rules: { [RULE]: 'hint' }, exclude: [`${FIXTURE}/fix/**`] }, async (session, dir) => {
      const diagnostics = await session.waitForDiagnostics(path.join(dir, 'bad.go'));
      assert.ok(diagnostics.length > 0 && diagnostics.every((d) => d.severity === DiagnosticSeverity.Warning));
      assert.equal(session.diagnostics.has(uriOf(path.join(dir, 'fix', 'fix.go'))), false, 'excluded by the editor settings');
      assert.deepEqual(session.messages, []);
    });
  });

  test('a rule turned off in the editor settings reports nothing', async () => {
    await withWorkspace(null, { rules: { [RULE]: 'off' } }, async (session) => {
      assert.equal(session.ready[0]!.files > 0, true);
      assert.deepEqual(
        [...session.diagnostics.values()].flatMap((p) => p.diagnostics),
        [],
      );
    });
  });
});

describe('hostile input', () => {
  test('binary and truncated .go files neither crash the server nor stop the rest of the workspace', async () => {
    const root = copyFixturesTo(FIXTURE);
    const dir = path.join(root, FIXTURE);
    const junk = Buffer.alloc(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 256;
    fs.writeFileSync(path.join(dir, 'aaa_binary.go'), junk);
    const bad = fs.readFileSync(path.join(dir, 'bad.go'), 'utf8');
    fs.writeFileSync(path.join(dir, 'aab_truncated.go'), bad.slice(0, Math.floor(bad.length / 2)));
    const session = await LspSession.start(root);
    try {
      // The scan parses a 10 MB file: on a busy two-core machine that alone can pass the usual 20 s guard.
      await session.waitForReady(1, 150_000);
      assert.deepEqual(linesOf(await session.waitForDiagnostics(path.join(dir, 'bad.go'))), await wantedLines(path.join(dir, 'bad.go')));
      // Opening junk is answered with one note saying why it is not analysed, not a crash; half-typed text with diagnostics.
      const binary = path.join(dir, 'aaa_binary.go');
      await session.open(binary, junk.toString('latin1'), 1);
      const notes = await session.waitForDiagnostics(binary, (p) => p.version === 1);
      assert.deepEqual(
        notes.map((d) => [d.range.start.line, d.severity, d.message]),
        [[0, 3, 'ctxlens could not analyse this file: binary content, not Go source']],
      );
      const truncated = path.join(dir, 'aab_truncated.go');
      await session.open(truncated, 'package cancel\n\nfunc f(ctx context.Context) {\n\tctx, _ := context.WithTimeout(ctx,', 1);
      await session.waitForDiagnostics(truncated, (p) => p.version === 1);
      assert.deepEqual(await codeActions(session, truncated, []), []);
    } finally {
      await session.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('hostile input in the workspace and in open editors', () => {
  test('a 10 MB file, 10,000-deep nesting and invalid UTF-8: the rest is analysed and the server keeps answering', { timeout: 180_000 }, async () => {
    const root = copyFixturesTo(FIXTURE);
    const dir = path.join(root, FIXTURE);
    fs.writeFileSync(path.join(dir, 'big.go'), largeGoFile());
    fs.writeFileSync(path.join(dir, 'deep.go'), deepParentheses(10_000));
    fs.writeFileSync(path.join(dir, 'latin1.go'), invalidUtf8Source());
    const session = await LspSession.start(root);
    try {
      // The scan parses a 10 MB file: a longer guard than the default, as for the other 10 MB scan.
      await session.waitForReady(1, 150_000);
      assert.deepEqual(linesOf(await session.waitForDiagnostics(path.join(dir, 'bad.go'))), await wantedLines(path.join(dir, 'bad.go')));
      // Open editors get the same treatment: deep nesting typed into a buffer is answered.
      const deep = path.join(dir, 'deep.go');
      await session.open(deep, deepBlocks(10_000), 1);
      await session.waitForDiagnostics(deep, (p) => p.version === 1);
      assert.deepEqual(await codeActions(session, path.join(dir, 'bad.go'), []), []);
    } finally {
      await session.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('files on disk', () => {
  let root: string;
  let session: LspSession;
  let dir: string;

  before(async () => {
    root = copyFixturesTo(FIXTURE);
    dir = path.join(root, FIXTURE);
    session = await LspSession.start(root);
    await session.waitForReady();
  });
  after(async () => {
    await session.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('the scan reports progress from begin to end before ctxlens/ready', () => {
    assert.equal(session.progress[0]?.kind, 'begin');
    assert.equal(session.progress.at(-1)?.kind, 'end');
    assert.ok(session.progress.some((p) => p.kind === 'report' && p.percentage === 100));
  });

  test('closing a document with unsaved changes republishes the file as it is on disk', async () => {
    const file = path.join(dir, 'bad.go');
    const onDisk = await session.waitForDiagnostics(file);
    const text = fs.readFileSync(file, 'utf8');
    await session.open(file, text, 1);
    const [first] = await session.waitForDiagnostics(file, (p) => p.version === 1);
    assert.ok(first);
    await session.change(file, 2, [{ range: first.range, text: 'cancel' }]);
    assert.equal((await session.waitForDiagnostics(file, (p) => p.version === 2)).length, onDisk.length - 1);
    await session.closeDocument(file);
    const reverted = await session.waitForDiagnostics(file, (p) => p.version === undefined);
    assert.deepEqual(linesOf(reverted), linesOf(onDisk));
  });

  test('a closed file changed or deleted on disk is re-analysed', async () => {
    const file = path.join(dir, 'clean.go');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace('ctx, cancel := context.WithTimeout', 'ctx, _ := context.WithTimeout'));
    await session.filesChanged([{ uri: uriOf(file), type: 2 /* Changed */ }]);
    const changed = await session.waitForDiagnostics(file, (p) => p.diagnostics.length > 0);
    assert.deepEqual(
      changed.map((d) => d.code),
      [RULE],
    );
    fs.rmSync(file);
    await session.filesChanged([{ uri: uriOf(file), type: 3 /* Deleted */ }]);
    await session.waitForDiagnostics(file, (p) => p.diagnostics.length === 0);
  });

  test('a large batch of changed files (a branch switch) is handled by a rescan', async () => {
    const bad = fs.readFileSync(path.join(dir, 'bad.go'), 'utf8');
    const files = Array.from({ length: 60 }, (_, i) => path.join(dir, 'branch', `f${i}.go`));
    fs.mkdirSync(path.join(dir, 'branch'));
    for (const file of files) fs.writeFileSync(file, bad);
    const scans = session.ready.length;
    await session.filesChanged(files.map((file) => ({ uri: uriOf(file), type: 1 /* Created */ })));
    await session.waitForReady(scans + 1);
    assert.deepEqual(linesOf(await session.waitForDiagnostics(files[59]!)), await wantedLines(path.join(dir, 'bad.go')));
  });

  test('a .ctxlens.json written while running reloads the configuration; it rescans only when what is analysed changes', async () => {
    const config = path.join(root, '.ctxlens.json');
    const published = () => [...session.diagnostics.values()].flatMap((p) => p.diagnostics);
    // A rule turned off alters no fact: the rules re-run over the stored facts, no rescan.
    fs.writeFileSync(config, JSON.stringify({ rules: { [RULE]: 'off' } }));
    const scans = session.ready.length;
    const reapplied = session.logs.filter((line) => line.startsWith('settings changed how findings are reported only')).length;
    await session.filesChanged([{ uri: uriOf(config), type: 1 /* Created */ }]);
    await session.waitFor('the rules re-run over stored facts', () =>
      session.logs.filter((line) => line.startsWith('settings changed how findings are reported only')).length > reapplied ? true : undefined,
    );
    assert.deepEqual(published(), []);
    assert.equal(session.ready.length, scans, 'no rescan');
    // An exclude changes which files are analysed: a rescan.
    fs.writeFileSync(config, JSON.stringify({ rules: { [RULE]: 'off' }, exclude: ['**/branch/**'] }));
    await session.filesChanged([{ uri: uriOf(config), type: 2 /* Changed */ }]);
    await session.waitForReady(scans + 1);
    assert.deepEqual(published(), []);
  });
});

describe('a large workspace', () => {
  test('open-file diagnostics do not wait for the background scan', async () => {
    const root = copyFixturesTo(FIXTURE);
    const dir = path.join(root, FIXTURE);
    const bad = fs.readFileSync(path.join(dir, 'bad.go'), 'utf8');
    for (let i = 0; i < 600; i++) {
      const pkg = path.join(dir, `p${Math.floor(i / 100)}`);
      fs.mkdirSync(pkg, { recursive: true });
      fs.writeFileSync(path.join(pkg, `f${i}.go`), bad);
    }
    const session = await LspSession.start(root);
    try {
      const file = path.join(dir, 'clean.go');
      const text = fs.readFileSync(file, 'utf8');
      await session.waitFor('the scan to start', () => session.progress.find((p) => p.kind === 'report'));
      await session.open(file, text, 1);
      await session.waitForDiagnostics(file, (p) => p.version === 1);
      await session.change(file, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// edited\n' }]);
      await session.waitForDiagnostics(file, (p) => p.version === 2);
      assert.equal(session.ready.length, 0, 'the edit was answered while the scan was still running');
      const ready = await session.waitForReady();
      assert.equal(ready.files, 603);
    } finally {
      await session.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('workspace rules', () => {
  test('a closed file the scan left unparsed is analysed once an edit makes a function it calls take a context', async () => {
    // app.go holds no word any rule needs (no context, no grpc): the scan reads it and leaves it unparsed.
    const root = writeTree({
      'go.mod': 'module example.com/w\n\ngo 1.22\n',
      'store/store.go': 'package store\n\ntype Config struct{}\n\nfunc Load(cfg *Config, name string) error { return nil }\n',
      'app/app.go': 'package app\n\nimport "example.com/w/store"\n\nfunc Run() error {\n\treturn store.Load(nil, "x")\n}\n',
    });
    const session = await LspSession.start(root);
    try {
      await session.waitForReady();
      const callee = path.join(root, 'store', 'store.go');
      await session.open(callee, fs.readFileSync(callee, 'utf8'), 1);
      await session.waitForDiagnostics(callee, (p) => p.version === 1);
      const text = 'package store\n\nimport "context"\n\nfunc Load(ctx context.Context, name string) error { return nil }\n';
      await session.change(callee, 2, [{ text }]);
      const after = await session.waitForDiagnostics(path.join(root, 'app', 'app.go'), (p) => p.diagnostics.length > 0);
      assert.deepEqual(linesOf(after), ['6:ctx-nil']);
    } finally {
      await session.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  test('editing a function signature in one file republishes the ctx-nil findings of its callers', async () => {
    const root = copyFixturesTo('ctx-nil');
    const dir = path.join(root, 'ctx-nil');
    const session = await LspSession.start(root);
    try {
      await session.waitForReady();
      const caller = path.join(dir, 'bad.go');
      const before = await session.waitForDiagnostics(caller);
      assert.deepEqual(linesOf(before), await wantedLines(caller));
      const loadCall = before.find((d) => d.code === 'ctx-nil' && d.range.start.line === 12);
      assert.ok(loadCall, 'store.Load(nil, …) is a finding');

      const callee = path.join(dir, 'store', 'store.go');
      const text = fs.readFileSync(callee, 'utf8');
      const line = text.split('\n').findIndex((l) => l.startsWith('func Load('));
      const column = text.split('\n')[line]!.indexOf('stdctx.Context');
      await session.open(callee, text, 1);
      await session.waitForDiagnostics(callee, (p) => p.version === 1);
      await session.change(callee, 2, [
        { range: { start: { line, character: column }, end: { line, character: column + 'stdctx.Context'.length } }, text: '*Config' },
      ]);
      const after = await session.waitForDiagnostics(caller, (p) => p.diagnostics.length === before.length - 1);
      assert.ok(!after.some((d) => d.code === 'ctx-nil' && d.range.start.line === 12), 'nil is no longer passed to a context parameter');
    } finally {
      await session.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
