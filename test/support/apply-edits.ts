// Applies text edits (0-based line/character, UTF-16) to a string, as an editor would: lines
// break at `\n`, `\r\n` and a lone `\r`, as LSP counts them.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from '../../server/src/engine/types';

/** Applies edits; throws when two edits overlap (a fix that could not be applied as a whole). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const doc = TextDocument.create('file:///edited.go', 'go', 1, text);
  const spans = edits
    .map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.start < spans[i - 1]!.end) throw new Error('overlapping edits');
  }
  let out = text;
  for (const span of [...spans].reverse()) out = out.slice(0, span.start) + span.newText + out.slice(span.end);
  return out;
}
