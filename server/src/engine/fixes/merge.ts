// Several fixes as one change ("fix all"): each fix is taken whole or not at all, and an edit
// that several fixes share (the same import added by each) is made once.
import { comparePositions, type Fix, type Range, type TextEdit } from '../types';

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return (
    a.file === b.file && a.newText === b.newText && comparePositions(a.range.start, b.range.start) === 0 && comparePositions(a.range.end, b.range.end) === 0
  );
}

/** Two ranges touch text in common, or are insertions at one point (whose order would be a guess). */
function collide(a: Range, b: Range): boolean {
  const aEmpty = comparePositions(a.start, a.end) === 0;
  const bEmpty = comparePositions(b.start, b.end) === 0;
  if (aEmpty && bEmpty) return comparePositions(a.start, b.start) === 0;
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}

export interface MergedFixes {
  edits: TextEdit[];
  /** How many of the fixes were taken; the others collided with one taken before. */
  applied: number;
}

export function mergeFixes(fixes: readonly Fix[]): MergedFixes {
  const edits: TextEdit[] = [];
  let applied = 0;
  for (const fix of fixes) {
    const added = fix.edits.filter((edit) => !edits.some((taken) => sameEdit(taken, edit)));
    // A fix's own edits are ordered by the fix; only edits of other fixes can collide with them.
    if (added.some((edit) => edits.some((taken) => taken.file === edit.file && collide(taken.range, edit.range)))) continue;
    edits.push(...added);
    applied++;
  }
  return { edits, applied };
}
