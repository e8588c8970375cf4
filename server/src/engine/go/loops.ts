// How long a for loop runs, as far as its header tells: a counted loop or a range over a
// collection ends with its bound; `for {}`, `for cond {}` and a range over a channel run until
// something stops them, possibly for the life of the process.
import { callArguments, field, namedChildren, unparen, type SyntaxNode } from './syntax';
import type { SourceFile } from './source-file';

const TIME_PKG = 'time';
/** time functions whose result is a channel, or a value whose field `C` is one. */
const TIME_CHANNELS: ReadonlySet<string> = new Set(['Tick', 'After']);
const TIME_TICKERS: ReadonlySet<string> = new Set(['NewTicker', 'NewTimer']);

/** The loop has no bound in its header: `for {}`, `for cond {}`, `for init; ; post {}`, or a range over a channel. */
export function runsUnbounded(file: SourceFile, loop: SyntaxNode): boolean {
  const header = namedChildren(loop).find((c) => c.id !== field(loop, 'body')?.id && c.type !== 'comment');
  if (!header) return true;
  if (header.type === 'for_clause') return field(header, 'condition') === null;
  if (header.type === 'range_clause') {
    const ranged = field(header, 'right');
    return !!ranged && isChannel(file, ranged);
  }
  return true;
}

/** expr is known to be a channel: a chan-typed parameter or variable, `make(chan …)`, `time.Tick(…)`, or a ticker's `C`. */
function isChannel(file: SourceFile, expr: SyntaxNode): boolean {
  const node = unparen(expr);
  if (node.type === 'call_expression') {
    if (file.callsBuiltin(node, 'make')) return callArguments(node)[0]?.type === 'channel_type';
    return file.isCallTo(node, TIME_PKG, TIME_CHANNELS);
  }
  if (node.type === 'selector_expression') {
    const operand = field(node, 'operand');
    if (field(node, 'field')?.text !== 'C' || operand?.type !== 'identifier') return false;
    const value = singleValueOf(file, operand);
    return value?.type === 'call_expression' && file.isCallTo(value, TIME_PKG, TIME_TICKERS);
  }
  if (node.type !== 'identifier') return false;
  const decl = file.scopes.resolve(node);
  if (!decl) return false;
  const declaredType = decl.declarer.type === 'parameter_declaration' || decl.declarer.type === 'var_spec' ? field(decl.declarer, 'type') : null;
  if (declaredType) return declaredType.type === 'channel_type';
  const value = file.scopes.singleValue(decl);
  return !!value && value.type !== 'identifier' && isChannel(file, value);
}

/** The one value the variable ident names is ever given, or null. */
function singleValueOf(file: SourceFile, ident: SyntaxNode): SyntaxNode | null {
  const decl = file.scopes.resolve(ident);
  return decl ? file.scopes.singleValue(decl) : null;
}
