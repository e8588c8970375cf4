// The local variable a cancel site binds, and how the rest of its scope uses it: called,
// rebound, or escaping as a value (deferred/stored/passed/returned/captured by a closure).
import { enclosingFunction, field, namedChildren, walk, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import { MAX_NESTING } from './cancel-paths';
import type { CancelSite } from './cancel-sites';

export interface CancelVar {
  name: string;
  /** The site's statement as it sits in its statement list (a var_spec's var_declaration). */
  statement: SyntaxNode;
  /** The statement list declaring the variable: leaving it uncalled loses the cancel func. */
  scope: SyntaxNode;
  /** True when the variable is used as a value anywhere: someone else may call it. */
  escapes: boolean;
  /** Start offsets of every identifier spelled like the variable from its declaration on, sorted. */
  mentions: readonly number[];
}

/** The statement holding a site inside a statement list, or null (if/for/switch headers, package level). */
function listStatement(site: CancelSite): SyntaxNode | null {
  let stmt: SyntaxNode | null = site.statement;
  if (stmt.type === 'var_spec') {
    while (stmt && stmt.type !== 'var_declaration') stmt = stmt.parent;
  }
  return stmt && isListed(stmt) ? stmt : null;
}

/** Identifiers a statement declares or rebinds on its left-hand side. */
function boundNames(stmt: SyntaxNode): SyntaxNode[] {
  if (stmt.type === 'short_var_declaration' || stmt.type === 'assignment_statement') return namedChildren(field(stmt, 'left'));
  if (stmt.type === 'var_declaration') {
    const out: SyntaxNode[] = [];
    walk(stmt, (n) => {
      if (n.type === 'var_spec') out.push(...n.childrenForFieldName('name').filter((c): c is SyntaxNode => c?.type === 'identifier'));
      return n.type === 'var_declaration' || n.type === 'var_spec_list';
    });
    return out;
  }
  return [];
}

function declares(stmt: SyntaxNode, name: string): boolean {
  if (stmt.type !== 'short_var_declaration' && stmt.type !== 'var_declaration') return false;
  return boundNames(stmt).some((n) => n.type === 'identifier' && n.text === name);
}

/** A statement directly inside a statement list (not a header, body or case). */
function isListed(node: SyntaxNode): boolean {
  return node.parent?.type === 'statement_list';
}

/** The statement declaring name that is visible at stmt, searching outwards to fn; null when not a local of fn (or too far out). */
function findDeclaration(stmt: SyntaxNode, name: string, fn: SyntaxNode): SyntaxNode | null {
  let current = stmt;
  for (let level = 0; level < MAX_NESTING; level++) {
    const earlier = earlierDeclaration(current, name);
    if (earlier) return earlier;
    // Climb to the next listed statement; a header binding the name on the way makes it unknowable.
    let up = current.parent;
    for (; up && up.id !== fn.id; up = up.parent) {
      if (up.type !== 'statement_list' && up.type !== 'block' && headerDeclares(up, name)) return null;
      if (isListed(up)) break;
    }
    if (!up || up.id === fn.id) return null;
    current = up;
  }
  return null;
}

const HEADER_FIELDS = ['initializer', 'alias'];

/** True when a compound statement's header (if/switch initializer, for clause, range) binds name. */
function headerDeclares(stmt: SyntaxNode, name: string): boolean {
  let found = false;
  for (const child of namedChildren(stmt)) {
    if (child.type === 'block' || child.type.endsWith('_case')) continue;
    walk(child, (n) => {
      if (n.type === 'func_literal') return false;
      if (n.type === 'identifier' && n.text === name && isBinding(n)) found = true;
      return !found;
    });
  }
  return found || HEADER_FIELDS.some((f) => field(stmt, f)?.text === name);
}

/** An identifier on the left of `:=`, `=`, a range clause, or a var name. */
function isBinding(ident: SyntaxNode): boolean {
  const parent = ident.parent;
  if (!parent) return false;
  if (parent.type === 'var_spec') return parent.childrenForFieldName('name').some((c) => c?.id === ident.id);
  if (parent.type !== 'expression_list') return false;
  const holder = parent.parent;
  return !!holder && field(holder, 'left')?.id === parent.id;
}

function isCalled(ident: SyntaxNode): boolean {
  const parent = ident.parent;
  return parent?.type === 'call_expression' && field(parent, 'function')?.id === ident.id;
}

/** Resolves the site's cancel variable; null when it is not a plain local of the enclosing function or is shadowed. */
export function resolveCancelVar(file: SourceFile, site: CancelSite): CancelVar | null {
  const target = site.cancelTarget;
  if (target.type !== 'identifier' || target.text === '_') return null;
  const name = target.text;
  const statement = listStatement(site);
  const fn = statement && enclosingFunction(statement);
  if (!statement || !fn) return null;
  // `:=` redeclares a variable of the same list, else declares a new one; `=` assigns one declared further out.
  const declaration = declares(statement, name) ? (earlierDeclaration(statement, name) ?? statement) : findDeclaration(statement, name, fn);
  if (!declaration) return null;
  const scope = declaration.parent!;
  let escapes = false;
  let shadowed = false;
  const mentions: number[] = [];
  // The uses of the name in the rest of the scope, found from the text (no walk of the scope).
  for (const n of file.nodesAt(name, declaration.startIndex, scope.endIndex)) {
    if (n.type !== 'identifier') continue;
    mentions.push(n.startIndex);
    if (enclosingFunction(n)?.id !== fn.id || !(isCalled(n) || isBinding(n))) escapes = true;
    else if (isBinding(n) && n.parent?.parent?.type !== 'assignment_statement' && bindingStatement(n).parent?.id !== scope.id) shadowed = true;
  }
  return shadowed ? null : { name, statement, scope, escapes, mentions };
}

/** A statement before stmt in its list that declares name. */
function earlierDeclaration(stmt: SyntaxNode, name: string): SyntaxNode | null {
  for (let prev = stmt.previousNamedSibling; prev; prev = prev.previousNamedSibling) if (declares(prev, name)) return prev;
  return null;
}

/** The statement a binding identifier belongs to: short_var_declaration, var_declaration, range clause … */
function bindingStatement(ident: SyntaxNode): SyntaxNode {
  let n = ident.parent!;
  if (n.type === 'expression_list') return n.parent ?? n;
  while (n.parent && n.type !== 'var_declaration') n = n.parent;
  return n;
}
