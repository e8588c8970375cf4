// The Problems VS Code shows for the example workspace are exactly the engine's findings,
// including files never opened (the server scans the workspace).
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { docsUrl } from '../../../server/src/engine/rules/rule';
import type { Severity } from '../../../server/src/engine/types';
import { untilDiagnostics } from './wait';
import { EXTENSION_ID, ctxlensDiagnostics, diagnosticKeys, engineFindings, engineKeys, findingKey, ruleOf, workspaceRoot } from './workspace';

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function diagnosticsSuite(): void {
  suite('diagnostics', () => {
    test('the extension is installed and activates in the Go workspace', async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is installed`);
      await extension.activate();
      assert.equal(extension.isActive, true);
    });

    test('the Problems of the example workspace are exactly the engine findings', async () => {
      const root = workspaceRoot();
      const expected = engineKeys(root, await engineFindings(root));
      assert.ok(expected.length >= 5, `the example workspace has findings (got ${expected.length})`);
      let seen: string[] = [];
      await untilDiagnostics({
        probe: () => {
          seen = diagnosticKeys(root);
          return JSON.stringify(seen) === JSON.stringify(expected) ? true : undefined;
        },
        describe: () => `diagnostics equal to the engine's findings\nexpected:\n  ${expected.join('\n  ')}\nseen:\n  ${seen.join('\n  ')}`,
      });
    });

    test('each diagnostic has its rule severity, message and docs link', async () => {
      const root = workspaceRoot();
      const findings = new Map((await engineFindings(root)).map((f) => [findingKey(root, f.file, f.range, f.rule), f]));
      for (const [uri, diagnostics] of ctxlensDiagnostics(root)) {
        for (const diagnostic of diagnostics) {
          const rule = ruleOf(diagnostic);
          const finding = findings.get(findingKey(root, uri.fsPath, diagnostic.range, rule));
          assert.ok(finding, `${uri.fsPath}: ${rule} is an engine finding`);
          assert.equal(diagnostic.severity, SEVERITIES[finding.severity], `${rule} severity`);
          assert.equal(diagnostic.message, finding.message);
          const code = diagnostic.code as { value: string; target: vscode.Uri };
          assert.equal(code.target.toString(true), docsUrl(rule));
        }
      }
    });
  });
}
