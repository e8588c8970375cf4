// Edits that add or remove an import and leave the file gofmt-clean: a new spec goes into the
// existing parenthesised block at its sorted place in the right group (standard library first,
// as goimports groups them), a lone `import "x"` becomes a block, and a file without imports
// gets a declaration after its package clause. importsForFix says under which name a fix may
// write a package: an existing import of it, else a new import, aliased when the name is taken.
import { defaultImportName, type ImportSpec } from '../go/imports';
import type { SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
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

export interface FixImports {
  /** Import path → the name to write in the fix (a dot-imported path is imported once more by name). */
  names: Map<string, string>;
  edits: TextEdit[];
}

/** Parents whose `name` field declares a name (`func f`, `type T`, `var v`, `const c`, a parameter). */
const NAMING_PARENTS: ReadonlySet<string> = new Set([
  'function_declaration',
  'type_spec',
  'type_alias',
  'var_spec',
  'const_spec',
  'parameter_declaration',
  'variadic_parameter_declaration',
]);

/** True when node declares its name: a declaration's name, or a name left of `:=` (also in range clauses). */
function declaresName(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (NAMING_PARENTS.has(parent.type)) return parent.childrenForFieldName('name').some((n) => n.id === node.id);
  const holder = parent.type === 'expression_list' ? parent.parent : null;
  return (holder?.type === 'short_var_declaration' || holder?.type === 'range_clause') && holder.childForFieldName('left')?.id === parent.id;
}

/** A new import may take name: no import of the file has it and the file declares nothing by it. */
function canImportAs(file: SourceFile, name: string): boolean {
  return !file.imports.pathOf(name) && !file.nodesAt(name).some(declaresName);
}

/** An alias for a path whose default name is taken: `stdcontext`, `contextpkg`, then numbered; unused anywhere in the file. */
function freeAlias(file: SourceFile, importPath: string, taken: ReadonlySet<string>): string {
  const name = defaultImportName(importPath);
  const unused = (alias: string) => !taken.has(alias) && !file.imports.pathOf(alias) && file.nodesAt(alias).length === 0;
  const first = isStandardLibrary(importPath) ? `std${name}` : `${name}pkg`;
  if (unused(first)) return first;
  let n = 2;
  while (!unused(`${first}${n}`)) n++;
  return `${first}${n}`;
}

/**
 * The edits importing importPath under the first of `names` that no import or declaration of
 * the file takes (aliased unless it is the path's default name), or null when each is taken.
 */
export function importUnderFreeName(file: SourceFile, importPath: string, names: readonly string[]): { name: string; edits: TextEdit[] } | null {
  const name = names.find((n) => canImportAs(file, n));
  if (!name) return null;
  return { name, edits: addImportEdits(file, importPath, name === defaultImportName(importPath) ? undefined : name) };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  const before = (x: TextEdit['range']['start'], y: TextEdit['range']['start']) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return before(a.range.start, b.range.end) && before(b.range.start, a.range.end);
}

/**
 * The names under which a fix writes paths, with the edits importing those not yet imported:
 * an existing named import of the path is reused, a new one takes the default name when it is free and
 * an alias when another import or a declaration of the file has that name (`context
 * "golang.org/x/net/context"` → `stdcontext "context"`). Null when two import edits would collide.
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
    const taken = new Set(names.values());
    const alias = canImportAs(file, name) && !taken.has(name) ? undefined : freeAlias(file, importPath, taken);
    names.set(importPath, alias ?? name);
    edits.push(...addImportEdits(file, importPath, alias));
  }
  for (let i = 0; i < edits.length; i++) for (let j = i + 1; j < edits.length; j++) if (overlaps(edits[i]!, edits[j]!)) return null;
  return { names, edits };
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
