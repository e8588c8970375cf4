// The one place engine values become LSP values.
import { DiagnosticSeverity, type Diagnostic, type TextDocumentEdit, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { docsUrl } from '../engine/api';
import type { Finding, Severity, TextEdit as EngineEdit } from '../engine/api';

export const DIAGNOSTIC_SOURCE = 'ctxlens';

/** Carried by each diagnostic: the document version its finding was computed for. */
export interface DiagnosticData {
  version: number | null;
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding, version: number | null, uriFor: (file: string) => string): Diagnostic {
  const data: DiagnosticData = { version };
  return {
    range: finding.range,
    severity: SEVERITIES[finding.severity],
    code: finding.rule,
    codeDescription: { href: docsUrl(finding.rule) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    relatedInformation: finding.related.map((r) => ({ location: { uri: uriFor(r.file), range: r.range }, message: r.message })),
    data,
  };
}

/** The one diagnostic of an open document that was not analysed: at its first line, saying why. */
export function notAnalysedDiagnostic(reason: string, version: number | null): Diagnostic {
  const data: DiagnosticData = { version };
  const start = { line: 0, character: 0 };
  return {
    range: { start, end: start },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    message: `ctxlens could not analyse this file: ${reason}`,
    data,
  };
}

/** The finding a diagnostic (sent back by the client) was made from. */
export function isDiagnosticOf(diagnostic: Diagnostic, finding: Finding): boolean {
  const a = diagnostic.range;
  const b = finding.range;
  return (
    diagnostic.code === finding.rule &&
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/** How edits reach the client: pinned to document versions where it supports that. */
export interface EditTarget {
  uriFor(file: string): string;
  /** The open document's version, null for a file that is not open. */
  versionOf(uri: string): number | null;
  documentChanges: boolean;
}

/**
 * A workspace edit; with `documentChanges` each file's edits carry the version they were
 * computed for, so a client refuses them once the document has moved on.
 */
export function toWorkspaceEdit(edits: readonly EngineEdit[], target: EditTarget): WorkspaceEdit {
  const byUri = new Map<string, TextEdit[]>();
  for (const edit of edits) {
    const uri = target.uriFor(edit.file);
    let list = byUri.get(uri);
    if (!list) byUri.set(uri, (list = []));
    list.push({ range: edit.range, newText: edit.newText });
  }
  if (!target.documentChanges) return { changes: Object.fromEntries(byUri) };
  const documentChanges: TextDocumentEdit[] = [...byUri].map(([uri, list]) => ({ textDocument: { uri, version: target.versionOf(uri) }, edits: list }));
  return { documentChanges };
}
