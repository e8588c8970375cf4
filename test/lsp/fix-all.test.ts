// Editor actions as vscode-eslint gives them: code-action edits pinned to the document version
// (`documentChanges`), and `source.fixAll.ctxlens` (for the source menu and codeActionsOnSave).
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeActionRequest, type CodeAction, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol/node';
import { applyEdits } from '../support/apply-edits';
import { copyFixturesTo } from '../support/fixtures';
import { LspSession, uriOf } from './harness';

const FIXTURE = 'ctx-nil';

function requestActions(session: LspSession, file: string, only?: string[]): Promise<CodeAction[]> {
  const at = { line: 0, character: 0 };
  const context = { diagnostics: session.diagnostics.get(uriOf(file))?.diagnostics ?? [], ...(only ? { only } : {}) };
  return session.connection
    .sendRequest(CodeActionRequest.type, { textDocument: { uri: uriOf(file) }, range: { start: at, end: at }, context })
    .then((a) => (a ?? []) as CodeAction[]);
}

function onlyDocumentEdit(action: CodeAction): TextDocumentEdit {
  assert.equal(action.edit?.changes, undefined, `${action.title}: no unversioned changes`);
  const documentChanges = (action.edit?.documentChanges ?? []) as TextDocumentEdit[];
  assert.equal(documentChanges.length, 1, action.title);
  return documentChanges[0]!;
}

const apply = (text: string, edits: TextEdit[]) =>
  applyEdits(
    text,
    edits.map((e) => ({ file: '', range: e.range, newText: e.newText })),
  );

describe('fix-all and versioned edits', () => {
  let root: string;
  let dir: string;
  let session: LspSession;

  before(async () => {
    root = copyFixturesTo(FIXTURE);
    dir = path.join(root, FIXTURE);
    session = await LspSession.start(root, { workspaceCapabilities: { workspaceEdit: { documentChanges: true } } });
    await session.waitForReady();
  });
  after(async () => {
    await session.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('quick fixes and the suppression carry the version their findings were computed for', async () => {
    const file = path.join(dir, 'fix', 'noimport.go');
    await session.open(file, fs.readFileSync(file, 'utf8'), 7);
    await session.waitForDiagnostics(file, (p) => p.version === 7 && p.diagnostics.length > 0);
    const actions = await requestActions(session, file);
    assert.ok(actions.length >= 2, 'a fix and a suppression');
    for (const action of actions) assert.deepEqual(onlyDocumentEdit(action).textDocument, { uri: uriOf(file), version: 7 });
    assert.ok(
      actions.every((a) => a.kind === 'quickfix'),
      'the light bulb gets quick fixes only',
    );
  });

  test('source.fixAll.ctxlens applies every fix at once, the shared import once: the golden file', async () => {
    const file = path.join(dir, 'fix', 'twice.go');
    const text = fs.readFileSync(file, 'utf8');
    await session.open(file, text, 3);
    await session.waitForDiagnostics(file, (p) => p.version === 3 && p.diagnostics.length === 2);
    for (const only of [['source.fixAll.ctxlens'], ['source.fixAll'], ['source']]) {
      const actions = await requestActions(session, file, only);
      assert.deepEqual(
        actions.map((a) => [a.kind, a.title]),
        [['source.fixAll.ctxlens', 'Fix all ctxlens problems']],
        only.join(),
      );
      const edit = onlyDocumentEdit(actions[0]!);
      assert.deepEqual(edit.textDocument, { uri: uriOf(file), version: 3 });
      assert.equal(apply(text, edit.edits as TextEdit[]), fs.readFileSync(`${file}.golden`, 'utf8'));
    }
    assert.deepEqual(await requestActions(session, file, ['refactor']), []);
  });

  test('no fix-all for a file without fixable findings, and never edits for a version that is gone', async () => {
    const clean = path.join(dir, 'clean.go');
    await session.open(clean, fs.readFileSync(clean, 'utf8'), 1);
    await session.waitForDiagnostics(clean, (p) => p.version === 1);
    assert.deepEqual(await requestActions(session, clean, ['source.fixAll']), []);

    const file = path.join(dir, 'fix', 'imported.go');
    const text = fs.readFileSync(file, 'utf8');
    await session.open(file, text, 1);
    await session.waitForDiagnostics(file, (p) => p.version === 1 && p.diagnostics.length > 0);
    const end = text.split('\n').length - 1;
    await session.change(file, 2, [{ range: { start: { line: end, character: 0 }, end: { line: end, character: 0 } }, text: '// edited\n' }]);
    // Before the new version is analysed nothing is offered; after, the edits are pinned to it.
    for (const action of await requestActions(session, file, ['source.fixAll'])) assert.equal(onlyDocumentEdit(action).textDocument.version, 2);
  });
});
