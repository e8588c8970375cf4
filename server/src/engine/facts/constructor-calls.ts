// Constructor calls as facts: every grpc.NewServer / NewClient / Dial / DialContext call and
// every generated connect handler or client constructor call, with its option expressions and
// the texts quick fixes need to move or insert options.
import { callArguments, callOfSelectorField, field, nodeRange, outermostFunction, unparen, type SyntaxNode } from '../go/syntax';
import { CLIENT_CONSTRUCTORS, GRPC_PKG } from '../knowledge/grpc-api';
import type { SourceFile } from '../go/source-file';
import { connectClientCalls, connectHandlerCalls } from '../flow/connect-handlers';
import type { ChainFunctionFact, ConstructorFact, ExprFact } from './chain-facts';
import { argumentFacts, spreadsLast } from './option-values';

export interface ConstructorCall {
  node: SyntaxNode;
  kind: 'server' | 'client';
  name: string;
  /** Arguments before the options (a client's ctx and target; a connect handler's implementation, a connect client's HTTP client and URL). */
  skip: number;
  framework: 'grpc' | 'connect';
}

/** The connect handler and client constructor calls of a file. */
function connectConstructorCalls(file: SourceFile): ConstructorCall[] {
  const handlers = connectHandlerCalls(file).map(
    (c): ConstructorCall => ({ node: c.call, kind: 'server', name: field(c.callee, 'field')!.text, skip: 1, framework: 'connect' }),
  );
  const clients = connectClientCalls(file).map(
    (c): ConstructorCall => ({ node: c.call, kind: 'client', name: field(c.callee, 'field')!.text, skip: 2, framework: 'connect' }),
  );
  return [...handlers, ...clients];
}

/** The grpc and connect constructor calls of a file in source order, found from the constructors' names in the text (no walk of the file). */
export function constructorCalls(file: SourceFile): ConstructorCall[] {
  const out = connectConstructorCalls(file);
  if (!file.imports.has(GRPC_PKG)) return out.sort((a, b) => a.node.startIndex - b.node.startIndex);
  for (const name of ['NewServer', ...CLIENT_CONSTRUCTORS.keys()]) {
    for (const occurrence of file.nodesAt(name)) {
      const node = callOfSelectorField(occurrence);
      if (!node || file.callee(node)?.pkg !== GRPC_PKG) continue;
      const client = CLIENT_CONSTRUCTORS.get(name);
      if (client) out.push({ node, kind: 'client', name, skip: client.targetArg + 1, framework: 'grpc' });
      else out.push({ node, kind: 'server', name, skip: 0, framework: 'grpc' });
    }
  }
  return out.sort((a, b) => a.node.startIndex - b.node.startIndex);
}

/** The whitespace from the line's start to offset, or null when code comes first (scanned back from offset: a long line costs nothing). */
function indentationBefore(text: string, offset: number): string | null {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && /\s/.test(text[start - 1]!)) start--;
  return start === 0 || text[start - 1] === '\n' ? text.slice(start, offset) : null;
}

/**
 * The rest of the line after offset when it can be a comma, spaces and a `//` comment (what fixes
 * move with an argument, lineTail in chains/rule-support.ts); '' when code follows, so that an
 * argument of a long line does not copy the rest of it.
 */
function commaTail(text: string, offset: number): string {
  if (text[offset] !== ',') return '';
  let i = offset + 1;
  while (text[i] === ' ') i++;
  if (i < text.length && text[i] !== '\n' && text[i] !== '\r' && !text.startsWith('//', i)) return '';
  const lineEnd = text.indexOf('\n', i);
  return text.slice(offset, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
}

/** The text and indentation a fix needs to move or insert before a constructor option and its call arguments. */
function addFixTexts(file: SourceFile, raw: SyntaxNode, fact: ExprFact): void {
  const setTexts = (n: SyntaxNode, f: ExprFact) => {
    const node = unparen(n);
    f.source = node.text;
    const indent = indentationBefore(file.text, node.startIndex);
    if (indent !== null) f.indent = indent;
    f.after = commaTail(file.text, node.endIndex);
  };
  if (raw.type === 'variadic_argument') return;
  setTexts(raw, fact);
  const option = unparen(raw);
  if (option.type !== 'call_expression' || !fact.args) return;
  callArguments(option).forEach((arg, i) => {
    if (arg.type !== 'variadic_argument' && fact.args![i]) setTexts(arg, fact.args![i]!);
  });
}

/** A constructor call's facts; `indexOfDecl` maps a declaration's node id to its index in `functions`. */
export function constructorFact(
  file: SourceFile,
  call: ConstructorCall,
  functions: readonly ChainFunctionFact[],
  indexOfDecl: ReadonlyMap<number, number>,
): ConstructorFact {
  const { node, kind, name, skip, framework } = call;
  const decl = outermostFunction(node);
  const functionIndex = decl ? (indexOfDecl.get(decl.id) ?? null) : null;
  const types = functionIndex === null ? {} : functions[functionIndex]!.paramTypes;
  const all = callArguments(node);
  const args = all.slice(skip);
  // indentationBefore, not a search for the line's start: a long line holds many constructors.
  const leading = all.slice(0, skip).map((arg) => {
    const indent = indentationBefore(file.text, arg.startIndex);
    return { range: nodeRange(arg), ...(indent !== null ? { indent } : {}) };
  });
  const options = argumentFacts(file, args, types);
  for (const [i, arg] of args.entries()) addFixTexts(file, arg, options[i]!);
  const fn = field(node, 'function');
  const callee = fn ? { text: fn.text, range: nodeRange(fn) } : undefined;
  return {
    kind,
    name,
    range: nodeRange(node),
    options,
    spread: spreadsLast(node),
    functionIndex,
    callee,
    ...(leading.length > 0 ? { leading } : {}),
    ...(framework === 'connect' ? { framework } : {}),
  };
}
