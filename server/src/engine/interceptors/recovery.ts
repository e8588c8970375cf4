// Does a function body protect itself with a deferred recover()?
import { field, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../source-file';
import { isCallOf, walkOwnBody } from './own-body';

/** fn's own body calls recover() (recover only works when called by the deferred function itself). */
function callsRecover(fn: SyntaxNode): boolean {
  let found = false;
  walkOwnBody(fn, (n) => {
    if (!found && isCallOf(n, 'recover')) found = true;
  });
  return found;
}

/** Top-level functions and methods of the file named name. */
function declarationsNamed(file: SourceFile, name: string): SyntaxNode[] {
  return file.root.namedChildren.filter(
    (n): n is SyntaxNode => (n?.type === 'function_declaration' || n?.type === 'method_declaration') && field(n, 'name')?.text === name,
  );
}

/**
 * Whether a deferred call recovers: a func literal calling recover(), a function or method of
 * this file that does, or (not knowable from here) a function whose name says it recovers.
 */
function deferRecovers(file: SourceFile, deferStmt: SyntaxNode): boolean {
  const call = deferStmt.namedChildren.find((c) => c?.type === 'call_expression');
  const callee = call ? field(call, 'function') : null;
  if (!callee) return false;
  if (callee.type === 'func_literal') return callsRecover(callee);
  const name = callee.type === 'selector_expression' ? field(callee, 'field')?.text : callee.type === 'identifier' ? callee.text : undefined;
  if (!name) return false;
  const local = declarationsNamed(file, name);
  if (local.length > 0) return local.some(callsRecover);
  return name.toLowerCase().includes('recover');
}

/** fn (a declaration or func literal) has a deferred recover() in its own body. */
export function hasDeferredRecover(file: SourceFile, fn: SyntaxNode): boolean {
  let found = false;
  walkOwnBody(fn, (n) => {
    if (!found && n.type === 'defer_statement' && deferRecovers(file, n)) found = true;
  });
  return found;
}
