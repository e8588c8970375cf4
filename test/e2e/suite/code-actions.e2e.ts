// Quick fixes through VS Code: the light bulb's actions for a finding, applied as a user
// would, give the text the engine's fix describes, and the finding goes away.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import type { Finding } from '../../../server/src/engine/types';
import { applyEdits } from '../../support/apply-edits';
import { untilDiagnostics } from './wait';
import { engineFindings, ruleOf, SOURCE, toRange } from './workspace';

async function openFinding(finding: Finding): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(finding.file));
  await vscode.window.showTextDocument(document);
  return document;
}

/** The code action titled `title` for the finding, once the server has the open document. */
function actionFor(document: vscode.TextDocument, finding: Finding, title: string): Promise<vscode.CodeAction> {
  let titles: string[] = [];
  return untilDiagnostics({
    probe: async () => {
      const actions =
        (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, toRange(finding.range))) ?? [];
      titles = actions.map((a) => a.title);
      return actions.find((a) => a.title === title);
    },
    describe: () => `the code action "${title}" at ${finding.file}:${finding.range.start.line + 1}; offered: ${JSON.stringify(titles)}`,
  });
}

/** Resolves once VS Code no longer shows the finding in the document. */
function untilGone(document: vscode.TextDocument, finding: Finding, line: number): Promise<true> {
  const present = () =>
    vscode.languages.getDiagnostics(document.uri).some((d) => d.source === SOURCE && ruleOf(d) === finding.rule && d.range.start.line === line);
  return untilDiagnostics({ probe: () => (present() ? undefined : true), describe: () => `${finding.rule} on line ${line + 1} to go away` });
}

export function codeActionsSuite(): void {
  suite('code actions', () => {
    test('the first quick fix of a fixable finding changes the file as the engine says', async () => {
      const finding = (await engineFindings()).find((f) => f.fixes.length > 0 && f.fixes[0]!.edits.every((e) => e.file === f.file));
      assert.ok(finding, 'the example workspace has a fixable finding');
      const fix = finding.fixes[0]!;
      const before = fs.readFileSync(finding.file, 'utf8');
      const document = await openFinding(finding);
      const action = await actionFor(document, finding, fix.title);
      assert.equal(action.kind?.value, vscode.CodeActionKind.QuickFix.value);
      // vscode.executeCodeActionProvider hands back title, kind, edit and isPreferred (not the diagnostics).
      assert.equal(action.isPreferred, true, 'the first fix is the preferred one (Auto Fix)');
      assert.ok(action.edit, 'the action carries its edit');
      assert.equal(await vscode.workspace.applyEdit(action.edit), true);
      assert.equal(document.getText(), applyEdits(before, fix.edits));
      await untilGone(document, finding, finding.range.start.line);
      assert.equal(await document.save(), true);
    });

    test('the suppress action inserts //ctxlens:ignore above the finding and silences it', async () => {
      const finding = (await engineFindings())[0];
      assert.ok(finding, 'the example workspace has a finding');
      const document = await openFinding(finding);
      const action = await actionFor(document, finding, `Suppress ${finding.rule} with //ctxlens:ignore`);
      assert.ok(action.edit);
      assert.equal(await vscode.workspace.applyEdit(action.edit), true);
      const line = finding.range.start.line;
      const inserted = document.lineAt(line).text.trim();
      assert.ok(inserted.startsWith(`//ctxlens:ignore ${finding.rule} `), inserted);
      await untilGone(document, finding, line + 1);
      assert.equal(await document.save(), true);
    });
  });
}
