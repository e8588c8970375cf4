// Edits that add or remove an import and leave the file gofmt-clean: a new spec goes into the
// existing parenthesised block at its sorted place in the right group (standard library first,
// as goimports groups them), a lone `import "x"` becomes a block, and a file without imports
// gets a declaration after its package clause.
import type { ImportSpec } from '../go/imports';
import type { SourceFile } from '../source-file';
import type { Position, TextEdit } from '../types';

/** Standard-library paths have no dot in their first element (`net/http`, not `example.com/x`). */
export function isStandardLibrary(importPath: string): boolean {
  return !(importPath.split('/')[0] ?? '').includes('.');
}

function lines(file: SourceFile): string[] {
  return file.text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

function endOfLine(fileLines: string[], line: number): Position {
  return { line, character: fileLines[line]?.length ?? 0 };
}

function leadingWhitespace(line: string): string {
  let end = 0;
  while (end < line.length && (line[end] === ' ' || line[end] === '\t')) end++;
  return line.slice(0, end);
}

/** Runs of specs on consecutive lines: gofmt sorts each run on its own. */
function runsOf(specs: ImportSpec[]): ImportSpec[][] {
  const runs: ImportSpec[][] = [];
  for (const spec of specs) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && spec.range.start.line <= last.range.end.line + 1) run.push(spec);
    else runs.push([spec]);
  }
  return runs;
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The run a new path belongs to: the first standard-library run, or the third-party run sharing most of its path. */
function matchingRun(runs: ImportSpec[][], importPath: string): ImportSpec[] | undefined {
  const std = isStandardLibrary(importPath);
  const candidates = runs.filter((run) => run.every((s) => isStandardLibrary(s.path) === std));
  if (std) return candidates[0];
  let best: ImportSpec[] | undefined;
  let bestScore = -1;
  for (const run of candidates) {
    const score = Math.max(...run.map((s) => commonPrefixLength(s.path, importPath)));
    if (score >= bestScore) [best, bestScore] = [run, score];
  }
  return best;
}

/** The text of an import spec: `"path"`, or `name "path"` with an alias. */
function specText(importPath: string, alias: string | undefined): string {
  return alias ? `${alias} "${importPath}"` : `"${importPath}"`;
}

function insertIntoBlock(file: SourceFile, fileLines: string[], specs: ImportSpec[], importPath: string, alias: string | undefined): TextEdit {
  const first = specs[0]!;
  const indent = leadingWhitespace(fileLines[first.range.start.line] ?? '') || '\t';
  const newSpec = `${indent}${specText(importPath, alias)}`;
  const run = matchingRun(runsOf(specs), importPath);
  const at = (position: Position, newText: string): TextEdit => ({ file: file.path, range: { start: position, end: position }, newText });
  if (!run) {
    // A new group: standard library before everything else, others after.
    if (isStandardLibrary(importPath)) return at({ line: first.range.start.line, character: 0 }, `${newSpec}\n\n`);
    return at(endOfLine(fileLines, specs[specs.length - 1]!.range.end.line), `\n\n${newSpec}`);
  }
  const next = run.findIndex((s) => s.path > importPath);
  if (next === 0) return at({ line: run[0]!.range.start.line, character: 0 }, `${newSpec}\n`);
  const previous = run[next < 0 ? run.length - 1 : next - 1]!;
  return at(endOfLine(fileLines, previous.range.end.line), `\n${newSpec}`);
}

/** `import "x"` → `import (\n\t"a"\n\t"x"\n)`, with a blank line between standard library and others. */
function convertToBlock(file: SourceFile, single: ImportSpec, importPath: string, alias: string | undefined): TextEdit {
  const existing = file.text.slice(offsetOf(file.text, single.range.start), offsetOf(file.text, single.range.end));
  const entries = [
    { path: single.path, text: existing },
    { path: importPath, text: specText(importPath, alias) },
  ].sort((a, b) => Number(isStandardLibrary(b.path)) - Number(isStandardLibrary(a.path)) || (a.path < b.path ? -1 : 1));
  const separator = isStandardLibrary(entries[0]!.path) === isStandardLibrary(entries[1]!.path) ? '\n' : '\n\n';
  return { file: file.path, range: single.range, newText: `(\n\t${entries[0]!.text}${separator}\t${entries[1]!.text}\n)` };
}

function offsetOf(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) offset = text.indexOf('\n', offset) + 1;
  return offset + position.character;
}

/**
 * The edits that make importPath importable under its default name, or under alias when given;
 * none when it already is. The caller checks that the name is free.
 */
export function addImportEdits(file: SourceFile, importPath: string, alias?: string): TextEdit[] {
  const layout = file.imports.layout;
  if (layout.specs.some((s) => s.path === importPath && (alias ? s.name === alias : !s.explicitAlias))) return [];
  const fileLines = lines(file);
  const block = layout.blocks.find((b) => b.specs.length > 0 && !b.specs.every((s) => s.path === 'C'));
  if (block) return [insertIntoBlock(file, fileLines, block.specs, importPath, alias)];
  const singles = layout.specs;
  if (singles.length === 1 && singles[0]!.path !== 'C') return [convertToBlock(file, singles[0]!, importPath, alias)];
  // Several single-line declarations (or only cgo's `import "C"`): one more after the last.
  const last = singles[singles.length - 1];
  if (last) {
    const end = endOfLine(fileLines, last.range.end.line);
    return [{ file: file.path, range: { start: end, end }, newText: `\nimport ${specText(importPath, alias)}` }];
  }
  if (!layout.packageClauseEnd) return [];
  const end = endOfLine(fileLines, layout.packageClauseEnd.line);
  return [{ file: file.path, range: { start: end, end }, newText: `\n\nimport ${specText(importPath, alias)}` }];
}

/**
 * The edit deleting importPath's spec line from a parenthesised block, or null when that
 * cannot be done gofmt-clean by deleting one line (a lone spec, or one alone in its group).
 */
export function removeImportEdit(file: SourceFile, importPath: string): TextEdit | null {
  const block = file.imports.layout.blocks.find((b) => b.specs.some((s) => s.path === importPath));
  const spec = block?.specs.find((s) => s.path === importPath);
  if (!block || !spec || spec.range.start.line !== spec.range.end.line) return null;
  const fileLines = lines(file);
  const line = spec.range.start.line;
  if (line <= block.range.start.line || line >= block.range.end.line) return null;
  const isSpecLine = (n: number) => n > block.range.start.line && n < block.range.end.line && (fileLines[n] ?? '').trim() !== '';
  if (!isSpecLine(line - 1) && !isSpecLine(line + 1)) return null;
  return { file: file.path, range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' };
}
