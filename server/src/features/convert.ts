// The one place engine values become LSP values.
import { DiagnosticSeverity, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { docsUrl } from '../engine/rules/rule';
import type { Finding, Severity, TextEdit as EngineEdit } from '../engine/types';

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

export function toWorkspaceEdit(edits: readonly EngineEdit[], uriFor: (file: string) => string): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  for (const edit of edits) (changes[uriFor(edit.file)] ??= []).push({ range: edit.range, newText: edit.newText });
  return { changes };
}
