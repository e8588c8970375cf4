// Applies text edits (0-based line/character, UTF-16) to a string, as an editor would.
import type { TextEdit } from '../../server/src/engine/types';

function offsetAt(text: string, line: number, character: number): number {
  let offset = 0;
  for (let l = 0; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + character;
}

/** Applies edits; throws when two edits overlap (a fix that could not be applied as a whole). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((e) => ({ start: offsetAt(text, e.range.start.line, e.range.start.character), end: offsetAt(text, e.range.end.line, e.range.end.character), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.start < spans[i - 1]!.end) throw new Error('overlapping edits');
  }
  let out = text;
  for (const span of [...spans].reverse()) out = out.slice(0, span.start) + span.newText + out.slice(span.end);
  return out;
}
