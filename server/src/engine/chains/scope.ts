// Where a value is read in the chain facts: a file and the top-level function around it, with
// the writes to its local variables that come before a position.
import type { ChainFunctionFact, ExprFact, LocalBinding } from '../facts/chain-facts';
import type { FileFacts } from '../facts/file-facts';
import type { Position, Range } from '../types';

export interface Scope {
  file: FileFacts;
  /** The top-level function the expression is in; null at package level. */
  fn: ChainFunctionFact | null;
  /** The call a value was followed into fn through (`cfg.DialOption(nil, nil)`): its arguments are what fn's parameters hold. */
  caller?: { call: ExprFact; scope: Scope };
}

export function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

export function contains(range: Range, at: Position): boolean {
  return !before(at, range.start) && before(at, range.end);
}

/** The writes to a local variable before `at`, or null when it is not a local of the function. */
export function localWrites(scope: Scope, name: string, at: Position): LocalBinding[] | null {
  const writes = scope.fn?.locals.filter((b) => b.name === name && before(b.end ?? b.at, at) && (!b.visible || contains(b.visible, at)));
  return writes && writes.length > 0 ? writes : null;
}
