// What the suite compares the editor against: the engine's own findings for the workspace on
// disk, and the diagnostics VS Code holds from ctxlens.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { checkPaths } from '../../../server/src/engine/run/check';
import { loadConfigFile } from '../../../server/src/engine/config/config-file';
import type { Finding } from '../../../server/src/engine/types';

export const EXTENSION_ID = 'ctxlens.ctxlens';
export const SOURCE = 'ctxlens';

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs the example workspace open as a folder');
  return folder.uri.fsPath;
}

/** The engine's findings for the files on disk, with the workspace's .ctxlens.json. */
export async function engineFindings(root = workspaceRoot()): Promise<Finding[]> {
  const result = await checkPaths([root], loadConfigFile(root).config, root);
  return result.findings;
}

export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** `path:line:column rule` (1-based), relative to the workspace root: one line per finding. */
export function findingKey(root: string, file: string, range: { start: { line: number; character: number } }, rule: string): string {
  return `${path.relative(root, file)}:${range.start.line + 1}:${range.start.character + 1} ${rule}`;
}

export function engineKeys(root: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => findingKey(root, f.file, f.range, f.rule)).sort();
}

/** ctxlens's diagnostics in the workspace, as VS Code holds them. */
export function ctxlensDiagnostics(root = workspaceRoot()): [vscode.Uri, vscode.Diagnostic[]][] {
  return vscode.languages
    .getDiagnostics()
    .filter(([uri]) => uri.scheme === 'file' && !path.relative(root, uri.fsPath).startsWith('..'))
    .map(([uri, diagnostics]): [vscode.Uri, vscode.Diagnostic[]] => [uri, diagnostics.filter((d) => d.source === SOURCE)])
    .filter(([, diagnostics]) => diagnostics.length > 0);
}

export function diagnosticKeys(root = workspaceRoot()): string[] {
  return ctxlensDiagnostics(root)
    .flatMap(([uri, diagnostics]) => diagnostics.map((d) => findingKey(root, uri.fsPath, d.range, ruleOf(d))))
    .sort();
}

export function toRange(range: Finding['range']): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
