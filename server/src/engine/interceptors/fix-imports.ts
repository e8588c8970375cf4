// The package names a quick fix's code uses, with the import edits that make them valid.
import { addImportEdits } from '../fixes/imports';
import { defaultImportName } from '../go/imports';
import type { SourceFile } from '../source-file';
import type { TextEdit } from '../types';

export interface FixImports {
  /** Import path → the name to write in the fix. */
  names: Map<string, string>;
  edits: TextEdit[];
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  const before = (x: TextEdit['range']['start'], y: TextEdit['range']['start']) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return before(a.range.start, b.range.end) && before(b.range.start, a.range.end);
}

/**
 * Names under which paths are (or will be) imported, or null when one cannot be added cleanly:
 * its default name already refers to another package, or two import edits would collide.
 */
export function importsForFix(file: SourceFile, paths: readonly string[]): FixImports | null {
  const names = new Map<string, string>();
  const edits: TextEdit[] = [];
  for (const importPath of paths) {
    const existing = file.imports.nameOf(importPath);
    if (existing && existing !== '.') {
      names.set(importPath, existing);
      continue;
    }
    const name = defaultImportName(importPath);
    if (file.imports.pathOf(name)) return null;
    names.set(importPath, name);
    edits.push(...addImportEdits(file, importPath));
  }
  for (let i = 0; i < edits.length; i++) for (let j = i + 1; j < edits.length; j++) if (overlaps(edits[i]!, edits[j]!)) return null;
  return { names, edits };
}
