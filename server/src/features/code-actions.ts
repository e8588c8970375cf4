// Code actions for ctxlens diagnostics: each finding's quick fixes, a suppression comment, and
// `source.fixAll.ctxlens` (every finding's preferred fix at once, usable on save). Nothing is
// offered when the document changed since its findings were computed; edits carry the version
// they were computed for where the client supports it.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { mergeFixes } from '../engine/api';
import type { Finding } from '../engine/api';
import { DIAGNOSTIC_SOURCE, isDiagnosticOf, toWorkspaceEdit, type DiagnosticData, type EditTarget } from './convert';
import type { OpenDocument, OpenDocuments } from './documents';
import { guard, type Logger } from './guard';
import type { StoredFindings, WorkspaceState } from './workspace-state';

const SUPPRESS_REASON_PLACEHOLDER = 'TODO: why this is safe';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.ctxlens`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

export function registerCodeActions(
  connection: Connection,
  documents: OpenDocuments,
  state: WorkspaceState,
  log: Logger,
  uriFor: (file: string) => string,
  documentChanges: boolean,
): void {
  const target: EditTarget = { uriFor, versionOf: (uri) => documents.get(uri)?.text.version ?? null, documentChanges };
  connection.onCodeAction((params) => guard(log, `codeAction ${params.textDocument.uri}`, [], () => codeActions(params, documents, state, target)));
}

/** A requested kind covers ours when it is ours or a parent of it (`source` covers `source.fixAll.ctxlens`). */
function requested(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

function codeActions(params: CodeActionParams, documents: OpenDocuments, state: WorkspaceState, target: EditTarget): CodeAction[] {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const stored = state.findingsOf(doc.path);
  if (stored.version !== doc.text.version) return [];
  const only = params.context.only;
  const actions = requested(only, CodeActionKind.QuickFix) ? quickFixes(params.context.diagnostics, doc, stored, target) : [];
  // The light bulb asks without `only`; fix-all is for the source action menu and on save.
  if (only && requested(only, FIX_ALL_KIND)) {
    const fixAll = fixAllAction(stored.findings, target);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

function quickFixes(diagnostics: readonly Diagnostic[], doc: OpenDocument, stored: StoredFindings, target: EditTarget): CodeAction[] {
  const fixes: CodeAction[] = [];
  const suppressions: CodeAction[] = [];
  const suppressed = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || isStale(diagnostic, doc)) continue;
    const finding = stored.findings.find((f) => isDiagnosticOf(diagnostic, f));
    if (!finding) continue;
    finding.fixes.forEach((fix, i) => {
      fixes.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: i === 0,
        edit: toWorkspaceEdit(fix.edits, target),
      });
    });
    const key = `${finding.rule}:${finding.range.start.line}`;
    if (suppressed.has(key)) continue;
    suppressed.add(key);
    const suppress = suppressAction(doc, finding, diagnostic, stored, target);
    if (suppress) suppressions.push(suppress);
  }
  return [...fixes, ...suppressions];
}

/** Every finding's preferred fix, merged; null when the file has nothing to fix. */
function fixAllAction(findings: readonly Finding[], target: EditTarget): CodeAction | null {
  const merged = mergeFixes(findings.flatMap((f) => f.fixes.slice(0, 1)));
  if (merged.applied === 0) return null;
  return { title: 'Fix all ctxlens problems', kind: FIX_ALL_KIND, edit: toWorkspaceEdit(merged.edits, target) };
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
function suppressAction(doc: OpenDocument, finding: Finding, diagnostic: Diagnostic, stored: StoredFindings, target: EditTarget): CodeAction | null {
  const line = finding.range.start.line;
  if (stored.suppressions[line] !== undefined) return null;
  const lineText = doc.text.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  let indentEnd = 0;
  while (indentEnd < lineText.length && (lineText[indentEnd] === '\t' || lineText[indentEnd] === ' ')) indentEnd++;
  const indent = lineText.slice(0, indentEnd);
  const start = { line, character: 0 };
  const newText = `${indent}//ctxlens:ignore ${finding.rule} ${SUPPRESS_REASON_PLACEHOLDER}\n`;
  return {
    title: `Suppress ${finding.rule} with //ctxlens:ignore`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: toWorkspaceEdit([{ file: doc.path, range: { start, end: start }, newText }], target),
  };
}
