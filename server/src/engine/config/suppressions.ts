// Suppression directives in a file's comments: ctxlens's own `//ctxlens:ignore <rule-id> <reason>`
// (its own line and the next), golangci-lint's `//nolint[:linter,…]` and staticcheck's
// `//lint:ignore <checks> <reason>` / `//lint:file-ignore <checks> <reason>`, each with the reach
// its own tool gives it. Comments come from the syntax tree; only one comment's text is matched.
import type { SyntaxNode } from '../go/syntax';
import { LINTER_ALIASES, STATICCHECK } from '../knowledge/other-linters';
import type { RuleMeta } from '../rules/rule';
import type { SourceFile } from '../go/source-file';

const IGNORE = 'ctxlens:ignore';

/** A `//nolint` directive: the 0-based lines it covers, and the linters it names. */
export interface NolintDirective {
  from: number;
  to: number;
  /** Lower-case linter names; null for every linter (bare `//nolint`, `//nolint:all`). */
  linters: string[] | null;
}

/** A staticcheck directive: the check patterns it names, on one 0-based line or (null) the whole file. */
export interface LintIgnoreDirective {
  line: number | null;
  checks: string[];
}

export interface Suppressions {
  /** 0-based line → rule ids suppressed there by `//ctxlens:ignore` (plain data: facts travel from worker threads as JSON). */
  ignore: Record<number, string[]>;
  nolint: NolintDirective[];
  lintIgnore: LintIgnoreDirective[];
}

/** Which kind of directive kept a finding from being reported. */
export type SuppressedBy = '//ctxlens:ignore' | '//nolint' | '//lint:ignore';

export type SuppressionCounts = Partial<Record<SuppressedBy, number>>;

export function noSuppressions(): Suppressions {
  return { ignore: {}, nolint: [], lintIgnore: [] };
}

export function readSuppressions(file: SourceFile): Suppressions {
  const found = noSuppressions();
  const { text } = file;
  const hasIgnore = text.includes(IGNORE);
  const hasOthers = text.includes('nolint') || text.includes('//lint:');
  if (!hasIgnore && !hasOthers) return found;
  if (hasIgnore) readIgnores(file, found.ignore);
  if (hasOthers) {
    for (const group of commentGroups(file)) {
      for (const comment of group.comments) {
        const linters = nolintLinters(comment.text);
        if (linters !== undefined) found.nolint.push({ from: group.from, to: nolintEnd(file, group), linters });
        const lint = lintDirective(comment.text);
        if (lint) found.lintIgnore.push({ line: lint.fileWide ? null : lintIgnoreLine(file, group), checks: lint.checks });
      }
    }
  }
  return found;
}

function readIgnores(file: SourceFile, byLine: Record<number, string[]>): void {
  for (const node of file.nodesOfType('comment')) {
    const body = node.text.startsWith('//') ? node.text.slice(2).trimStart() : '';
    if (!body.startsWith(IGNORE)) continue;
    const ruleId = body.slice(IGNORE.length).trim().split(/\s+/)[0];
    if (!ruleId) continue;
    for (const line of [node.startPosition.row, node.startPosition.row + 1]) {
      const rules = (byLine[line] ??= []);
      if (!rules.includes(ruleId)) rules.push(ruleId);
    }
  }
}

/** The directive that keeps this rule's finding on line from being reported, if any. */
export function suppressedBy(suppressions: Suppressions, line: number, meta: RuleMeta, honourOtherLinters: boolean): SuppressedBy | null {
  if (suppressions.ignore[line]?.includes(meta.id)) return '//ctxlens:ignore';
  if (!honourOtherLinters) return null;
  const names = linterNames(meta);
  for (const d of suppressions.nolint) {
    if (line >= d.from && line <= d.to && (d.linters === null || d.linters.some((l) => names.has(l)))) return '//nolint';
  }
  const checks = staticcheckChecks(meta);
  for (const d of suppressions.lintIgnore) {
    if ((d.line === null || d.line === line) && d.checks.some((pattern) => checks.some((check) => globMatches(pattern, check)))) return '//lint:ignore';
  }
  return null;
}

function linterNames(meta: RuleMeta): Set<string> {
  const names = new Set<string>();
  for (const { linter } of meta.otherLinters ?? []) {
    names.add(linter);
    for (const alias of LINTER_ALIASES[linter] ?? []) names.add(alias);
  }
  return names;
}

function staticcheckChecks(meta: RuleMeta): readonly string[] {
  return (meta.otherLinters ?? []).flatMap((l) => (l.linter === STATICCHECK ? (l.checks ?? []) : []));
}

/**
 * golangci-lint's reading (pkg/result/processors/nolint_filter.go): leading slashes and spaces
 * are trimmed, then `nolint` must be followed by a space, a colon or nothing. `nolint:` names
 * linters up to a `//` that starts the reason; anything else (`//nolint`, `//nolint reason`,
 * `//nolint:all`) covers every linter. Undefined: not a nolint directive.
 */
export function nolintLinters(comment: string): string[] | null | undefined {
  const text = comment.replace(/\r/g, '').replace(/^[/ ]+/, '');
  if (!/^nolint( |:|$)/.test(text)) return undefined;
  if (text.startsWith('nolint:all') || !text.startsWith('nolint:')) return null;
  const names = text
    .split('//')[0]!
    .slice('nolint:'.length)
    .split(',')
    .map((n) => n.trim().toLowerCase());
  return names.includes('all') ? null : names;
}

/** staticcheck's reading: `//lint:<command> <checks> <reason>` split at single spaces; without a reason it is malformed and ignores nothing. */
function lintDirective(comment: string): { checks: string[]; fileWide: boolean } | null {
  if (!comment.startsWith('//lint:')) return null;
  const [command, ...args] = comment.replace(/\r/g, '').slice('//lint:'.length).split(' ');
  if ((command !== 'ignore' && command !== 'file-ignore') || args.length < 2) return null;
  return { checks: args[0]!.split(','), fileWide: command === 'file-ignore' };
}

/** staticcheck matches check patterns with filepath.Match: `*` any run of characters, `?` one. */
function globMatches(pattern: string, check: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(check);
}

/** A comment group as go/parser forms it: comments with no token and no blank line between. */
interface CommentGroup {
  comments: SyntaxNode[];
  /** 0-based first and last line. */
  from: number;
  to: number;
  /** Column of the first comment. */
  column: number;
}

/**
 * go/parser groups a comment that follows code on its line only with comments on that same
 * line; other comments join while each starts at most one line below the previous one's end.
 */
function commentGroups(file: SourceFile): CommentGroup[] {
  const groups: CommentGroup[] = [];
  let current: CommentGroup | null = null;
  let reach = 0;
  for (const comment of file.nodesOfType('comment')) {
    const last = current?.comments[current.comments.length - 1];
    if (current && last && comment.startPosition.row <= last.endPosition.row + reach && isBlank(file.text, last.endIndex, comment.startIndex)) {
      current.comments.push(comment);
      current.to = comment.endPosition.row;
      continue;
    }
    current = { comments: [comment], from: comment.startPosition.row, to: comment.endPosition.row, column: comment.startPosition.column };
    reach = followsCode(file.text, comment) ? 0 : 1;
    groups.push(current);
  }
  return groups;
}

function isBlank(text: string, from: number, to: number): boolean {
  return text.slice(from, to).trim() === '';
}

function followsCode(text: string, comment: SyntaxNode): boolean {
  return !isBlank(text, text.lastIndexOf('\n', comment.startIndex - 1) + 1, comment.startIndex);
}

/** Nodes go/ast does not have: a nolint above a block's first statement covers that statement, not the block. */
const NOT_IN_GO_AST: ReadonlySet<string> = new Set(['statement_list', 'comment']);

/**
 * The last line a nolint group covers. golangci-lint widens the group's lines to the whole of
 * any node that starts on the next line at the group's column: a directive alone above a
 * statement or declaration covers all of it, above the package clause the whole file.
 */
function nolintEnd(file: SourceFile, group: CommentGroup): number {
  const point = { row: group.to + 1, column: group.column };
  const node = file.root.descendantForPosition(point);
  if (!node || node.startPosition.row !== point.row || node.startPosition.column !== point.column) return group.to;
  let widest: SyntaxNode | null = null;
  for (let n: SyntaxNode | null = node; n && n.startIndex === node.startIndex; n = n.parent) if (!NOT_IN_GO_AST.has(n.type)) widest = n;
  if (!widest) return group.to;
  if (widest.type === 'package_clause') return Number.MAX_SAFE_INTEGER;
  return Math.max(group.to, lastTokenLine(file, widest));
}

/** The line of a node's last character that is not trailing whitespace (tree-sitter may end a node on the next line). */
function lastTokenLine(file: SourceFile, node: SyntaxNode): number {
  let end = node.endIndex;
  while (end > node.startIndex && /\s/.test(file.text[end - 1]!)) end--;
  return file.root.descendantForIndex(end - 1, end)?.endPosition.row ?? node.endPosition.row;
}

/**
 * The line a `//lint:ignore` covers: staticcheck attaches it to the node after the comment
 * group (the line where the next code starts), or, after code on its own line, to that line.
 */
function lintIgnoreLine(file: SourceFile, group: CommentGroup): number {
  const first = group.comments[0]!;
  if (followsCode(file.text, first)) return group.from;
  const last = group.comments[group.comments.length - 1]!;
  let at = last.endIndex;
  while (at < file.text.length && /\s/.test(file.text[at]!)) at++;
  let line = group.to;
  for (let i = file.text.indexOf('\n', last.endIndex); i >= 0 && i < at; i = file.text.indexOf('\n', i + 1)) line++;
  return line;
}
