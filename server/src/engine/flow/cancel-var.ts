// The local variable a cancel site binds, and how the rest of its scope uses it: called,
// rebound, or escaping as a value (deferred/stored/passed/returned/captured by a closure).
// A span from a tracer's Start is followed the same way, its method calls counting as calls.
import { enclosingFunction, field, type SyntaxNode } from '../go/syntax';
import type { Declaration } from '../go/scopes';
import type { SourceFile } from '../go/source-file';
import type { CancelSite } from './cancel-sites';

export interface CancelVar {
  name: string;
  /** The site's statement as it sits in its statement list (a var_spec's var_declaration). */
  statement: SyntaxNode;
  /** The statement list declaring the variable: leaving it uncalled loses the cancel func. */
  scope: SyntaxNode;
  /** True when the variable is used as a value anywhere: someone else may call it. */
  escapes: boolean;
  /** Start offsets of the variable's uses (resolved through the file's scopes, its declaration not included) the path walk must see, sorted. */
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

/** A statement directly inside a statement list (not a header, body or case). */
function isListed(node: SyntaxNode): boolean {
  return node.parent?.type === 'statement_list';
}

/** The listed `:=` or `var` statement declaring a local variable; null for parameters and names bound in headers (if/for/switch, range, type switch). */
function listedDeclaration(variable: Declaration): SyntaxNode | null {
  if (variable.kind !== 'var') return null;
  let stmt: SyntaxNode | null = variable.declarer;
  if (stmt.type === 'var_spec') {
    while (stmt && stmt.type !== 'var_declaration') stmt = stmt.parent;
  } else if (stmt.type !== 'short_var_declaration') return null;
  return stmt && isListed(stmt) ? stmt : null;
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

/** How a variable's uses are told apart: those that keep it in the function, and those the path walk may overlook. */
export interface VariableUses {
  /** A use (other than a binding) that does not let the value escape. */
  keeps(ident: SyntaxNode): boolean;
  /** A use that neither releases nor rebinds it (`span.SetAttributes(…)`): the path walk need not see it. */
  passive(ident: SyntaxNode): boolean;
}

/** A cancel func is only ever called. */
export const CANCEL_USES: VariableUses = { keeps: isCalled, passive: () => false };

/** Resolves the site's cancel variable; null when it is not a plain local of the enclosing function or is shadowed. */
export function resolveCancelVar(file: SourceFile, site: CancelSite, how: VariableUses = CANCEL_USES): CancelVar | null {
  const target = site.cancelTarget;
  if (target.type !== 'identifier' || target.text === '_') return null;
  const name = target.text;
  const statement = listStatement(site);
  const fn = statement && enclosingFunction(statement);
  if (!statement || !fn) return null;
  // The variable the site writes, through the file's scopes: `:=` declares it or re-uses one of its list, `=` assigns one further out.
  const variable = file.scopes.resolve(target);
  const declaration = variable && listedDeclaration(variable);
  if (!declaration || enclosingFunction(declaration)?.id !== fn.id) return null;
  const scope = declaration.parent!;
  // Another variable of the same name declared in the rest of the scope (a nested block's, a closure's): say nothing.
  const scopes = file.scopes;
  if (scopes.mentions(name, declaration.startIndex, scope.endIndex).some((n) => (scopes.declarationAt(n) ?? variable) !== variable)) return null;
  const uses = scopes.usesOf(variable);
  const escapes = uses.some((n) => enclosingFunction(n)?.id !== fn.id || !(how.keeps(n) || isBinding(n)));
  return { name, statement, scope, escapes, mentions: uses.filter((n) => !how.passive(n)).map((n) => n.startIndex) };
}
