// Wrapping a loop body in `func() { … }()` so that its defers run once per iteration.
import { lineIndent, nodeRange, walk, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import type { TextEdit } from '../types';

const LOOPS_AND_SWITCHES = new Set(['for_statement', 'expression_switch_statement', 'type_switch_statement', 'select_statement']);

/**
 * True when the body keeps its meaning inside a closure: no return, goto or labeled jump,
 * and break/continue only inside nested loops (or breaks inside nested switch/select).
 */
function jumpsStayInside(body: SyntaxNode): boolean {
  let ok = true;
  walk(body, (n) => {
    if (n.type === 'func_literal') return false;
    if (n.type === 'return_statement' || n.type === 'goto_statement') ok = false;
    else if (n.type === 'break_statement' || n.type === 'continue_statement') {
      const labeled = n.namedChildren.some((c) => c?.type === 'label_name');
      const targets = n.type === 'break_statement' ? LOOPS_AND_SWITCHES : new Set(['for_statement']);
      ok = !labeled && hasAncestorWithin(n, body, targets);
    }
    return ok;
  });
  return ok;
}

function hasAncestorWithin(node: SyntaxNode, stop: SyntaxNode, types: ReadonlySet<string>): boolean {
  for (let n = node.parent; n && n.id !== stop.id; n = n.parent) if (types.has(n.type)) return true;
  return false;
}

/** Multi-line raw strings and comments cannot take an extra tab without changing or misformatting them. */
function hasMultilineToken(body: SyntaxNode): boolean {
  let found = false;
  walk(body, (n) => {
    if ((n.type === 'raw_string_literal' || n.type === 'comment') && n.startPosition.row !== n.endPosition.row) found = true;
    return !found;
  });
  return found;
}

/**
 * An edit replacing a loop's body block by one that runs the old body in `func() { … }()`,
 * one tab deeper; null when the body's jumps or layout do not allow it.
 */
export function wrapLoopBodyInFunc(file: SourceFile, loop: SyntaxNode, body: SyntaxNode): TextEdit | null {
  if (!jumpsStayInside(body) || hasMultilineToken(body)) return null;
  const lines = file.text.slice(body.startIndex + 1, body.endIndex - 1).split('\n');
  // gofmt layout only: `{` ends its line and `}` starts its own.
  if (lines.length < 3 || lines[0]!.trim() !== '' || lines[lines.length - 1]!.trim() !== '') return null;
  const indent = lineIndent(file.text, loop);
  const inner = lines.slice(1, -1).map((line) => (line.trim() === '' ? '' : `\t${line}`));
  const text = [`{`, `${indent}\tfunc() {`, ...inner, `${indent}\t}()`, `${indent}}`].join('\n');
  return { file: file.path, range: nodeRange(body), newText: text };
}
