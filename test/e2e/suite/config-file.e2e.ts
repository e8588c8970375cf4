// The contributed JSON schema reaches VS Code's JSON support: mistakes in a .ctxlens.json are
// underlined as the user types them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { untilDiagnostics } from './wait';
import { workspaceRoot } from './workspace';

// In a subfolder: the server reads only the workspace root's file, so findings stay as they are.
const TEXT = `{
  "rules": {
    "no-such-rule": "error",
    "ctx-nil": "fatal",
    "ctx-cancel-discarded": "warning"
  },
  "includeGenerated": "yes"
}
`;

export function configFileSuite(): void {
  suite('.ctxlens.json', () => {
    test('the schema flags an unknown rule, a bad severity and a wrong type', async () => {
      const dir = path.join(workspaceRoot(), 'schema-check');
      const file = path.join(dir, '.ctxlens.json');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(file, TEXT);
      try {
        const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
        await vscode.window.showTextDocument(document);
        let lines: number[] = [];
        await untilDiagnostics({
          probe: () => {
            lines = vscode.languages
              .getDiagnostics(document.uri)
              .map((d) => d.range.start.line)
              .sort((a, b) => a - b);
            return lines.length >= 3 ? true : undefined;
          },
          describe: () => `three schema problems in ${file}; lines seen: ${JSON.stringify(lines)}`,
        });
        assert.deepEqual(lines, [2, 3, 6], 'the unknown rule, the bad severity, the non-boolean; the valid rule is fine');
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
