// Code actions for ctxlens diagnostics: each finding's quick fixes, and a suppression comment.
// Nothing is offered when the document changed since its findings were computed.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import type { Finding } from '../engine/types';
import { DIAGNOSTIC_SOURCE, isDiagnosticOf, toWorkspaceEdit, type DiagnosticData } from './convert';
import type { OpenDocument, OpenDocuments } from './documents';
import { guard, type Logger } from './guard';
import type { StoredFindings, WorkspaceState } from './workspace-state';

const SUPPRESS_REASON_PLACEHOLDER = 'TODO: why this is safe';

export function registerCodeActions(
  connection: Connection,
  documents: OpenDocuments,
  state: WorkspaceState,
  log: Logger,
  uriFor: (file: string) => string,
): void {
  connection.onCodeAction((params) =>
    guard(log, `codeAction ${params.textDocument.uri}`, [], () => codeActions(params, documents, state, uriFor)),
  );
}

function codeActions(params: CodeActionParams, documents: OpenDocuments, state: WorkspaceState, uriFor: (file: string) => string): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const stored = state.findingsOf(doc.path);
  if (stored.version !== doc.text.version) return [];
  const fixes: CodeAction[] = [];
  const suppressions: CodeAction[] = [];
  const suppressed = new Set<string>();
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || isStale(diagnostic, doc)) continue;
    const finding = stored.findings.find((f) => isDiagnosticOf(diagnostic, f));
    if (!finding) continue;
    finding.fixes.forEach((fix, i) => {
      fixes.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: i === 0, edit: toWorkspaceEdit(fix.edits, uriFor) });
    });
    const key = `${finding.rule}:${finding.range.start.line}`;
    if (suppressed.has(key)) continue;
    suppressed.add(key);
    const suppress = suppressAction(doc, finding, diagnostic, stored);
    if (suppress) suppressions.push(suppress);
  }
  return [...fixes, ...suppressions];
}

function isStale(diagnostic: Diagnostic, doc: OpenDocument): boolean {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return data?.version !== undefined && data.version !== doc.text.version;
}

/**
 * `//ctxlens:ignore <rule> <reason>` on a new line above the finding, at its indentation.
 * Not offered when a directive already covers the line: a directive covers only its own line
 * and the next, so inserting between would unsuppress the other rule.
 */
function suppressAction(doc: OpenDocument, finding: Finding, diagnostic: Diagnostic, stored: StoredFindings): CodeAction | null {
  const line = finding.range.start.line;
  if (stored.suppressions.has(line)) return null;
  const lineText = doc.text.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  let indentEnd = 0;
  while (indentEnd < lineText.length && (lineText[indentEnd] === '\t' || lineText[indentEnd] === ' ')) indentEnd++;
  const indent = lineText.slice(0, indentEnd);
  const start = { line, character: 0 };
  return {
    title: `Suppress ${finding.rule} with //ctxlens:ignore`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [doc.uri]: [{ range: { start, end: start }, newText: `${indent}//ctxlens:ignore ${finding.rule} ${SUPPRESS_REASON_PLACEHOLDER}\n` }] } },
  };
}
