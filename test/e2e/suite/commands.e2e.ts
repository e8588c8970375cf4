// The contributed commands are registered, and restarting the server brings diagnostics and
// code actions back from a new server.
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { untilDiagnostics } from './wait';
import { EXTENSION_ID, diagnosticKeys, engineFindings, engineKeys, toRange, workspaceRoot } from './workspace';

interface ContributedCommand {
  command: string;
}

export function commandsSuite(): void {
  suite('commands', () => {
    test('every contributed command is registered', async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension);
      await extension.activate();
      const contributed = (extension.packageJSON.contributes.commands as ContributedCommand[]).map((c) => c.command);
      const registered = new Set(await vscode.commands.getCommands(true));
      assert.deepEqual(
        contributed.filter((c) => !registered.has(c)),
        [],
      );
    });

    test('ctxlens.restartServer: a new server publishes the findings and answers code actions', async () => {
      const root = workspaceRoot();
      const findings = await engineFindings(root);
      // The last file: the code-action tests edit the first ones.
      const finding = findings.at(-1);
      assert.ok(finding);
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(finding.file));
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('ctxlens.restartServer');
      const expected = engineKeys(root, findings);
      let seen: string[] = [];
      let titles: string[] = [];
      await untilDiagnostics({
        probe: async () => {
          seen = diagnosticKeys(root);
          if (JSON.stringify(seen) !== JSON.stringify(expected)) return undefined;
          const actions =
            (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, toRange(finding.range))) ?? [];
          titles = actions.map((a) => a.title);
          return actions.some((a) => a.title.startsWith(`Suppress ${finding.rule}`)) ? true : undefined;
        },
        describe: () =>
          `diagnostics and code actions after the restart\nexpected:\n  ${expected.join('\n  ')}\nseen:\n  ${seen.join('\n  ')}\nactions: ${JSON.stringify(titles)}`,
      });
    });
  });
}
