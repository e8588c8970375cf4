// Small, allocation-light helpers over tree-sitter nodes. Traversals are iterative so that
// deeply nested input cannot overflow the JS stack.
import { answersFromDescents, treeMemo } from './parent-cache';
import type { SyntaxNode } from './parser';
import type { Range } from '../types';

export type { SyntaxNode };

export function nodeRange(node: SyntaxNode): Range {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

/**
 * Pre-order walk. The visitor returns false to skip a node's children.
 * Nodes are visited in source order.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: visitors that return nothing (void) walk on, `false` stops the descent
export function walk(root: SyntaxNode, visit: (node: SyntaxNode) => boolean | void): void {
  const cursor = root.walk();
  try {
    let descend = visit(cursor.currentNode) !== false;
    for (;;) {
      if (descend && cursor.gotoFirstChild()) {
        descend = visit(cursor.currentNode) !== false;
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent() || cursor.currentNode.id === root.id) return;
      }
      descend = visit(cursor.currentNode) !== false;
    }
  } finally {
    cursor.delete();
  }
}

/** The position in nodes (in source order) of the first one starting at index or after it. */
export function firstStartingFrom(nodes: readonly SyntaxNode[], index: number): number {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nodes[mid]!.startIndex < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Some of nodes (in source order) starts inside node: a search, not a walk over node. */
export function someStartsIn(nodes: readonly SyntaxNode[], node: SyntaxNode): boolean {
  const first = nodes[firstStartingFrom(nodes, node.startIndex)];
  return !!first && first.startIndex < node.endIndex;
}

/** inner lies within outer (or is outer). */
export function containsNode(outer: SyntaxNode, inner: SyntaxNode): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

export const FUNCTION_TYPES: ReadonlySet<string> = new Set(['function_declaration', 'method_declaration', 'func_literal']);

/**
 * The innermost function (declaration, method or literal) containing node. Found by a cursor
 * descending from the root: web-tree-sitter's `parent` itself descends from the root, so
 * climbing parents would cost the square of the nesting depth.
 */
export function enclosingFunction(node: SyntaxNode): SyntaxNode | null {
  if (answersFromDescents(node) || isZeroWidth(node)) return enclosingFunctionByClimbing(node);
  let found: SyntaxNode | null = null;
  descendToward(node, FUNCTION_TYPES, (fn) => {
    found = fn;
    return true;
  });
  return found;
}

/**
 * In a deeply nested tree (whose parents are cached), climbs to the function and remembers the
 * answer for every node passed: many queries from one deep nest then cost its size, not its square.
 */
function enclosingFunctionByClimbing(node: SyntaxNode): SyntaxNode | null {
  // The innermost function strictly above each node climbed through.
  const memo = treeMemo(node.tree, 'function above');
  const passed: number[] = [];
  let found: SyntaxNode | null = null;
  for (let n = node.parent; n; n = n.parent) {
    const known = memo.get(n.id);
    if (known !== undefined) {
      found = known;
      break;
    }
    if (FUNCTION_TYPES.has(n.type)) {
      found = n;
      break;
    }
    passed.push(n.id);
  }
  for (const id of passed) memo.set(id, found);
  return found;
}

const DECLARATION_TYPES: ReadonlySet<string> = new Set(['function_declaration', 'method_declaration']);

/** The outermost ancestor of node of one of the (function) types: from the root down, the first met. */
function outermostOf(node: SyntaxNode, types: ReadonlySet<string>): SyntaxNode | null {
  if (isZeroWidth(node)) {
    let outer: SyntaxNode | null = null;
    for (let fn = enclosingFunctionByClimbing(node); fn; fn = enclosingFunctionByClimbing(fn)) if (types.has(fn.type)) outer = fn;
    return outer;
  }
  let found: SyntaxNode | null = null;
  descendToward(node, types, (ancestor) => {
    found = ancestor;
    return false;
  });
  return found;
}

/** The outermost function declaration or method containing node. */
export function enclosingDeclaration(node: SyntaxNode): SyntaxNode | null {
  return outermostOf(node, DECLARATION_TYPES);
}

/**
 * The function a node's chain facts belong to: its declaration or method, or, for code in a func
 * literal outside any (a package-level var's `RunE: func(…) error {…}`), the outermost literal.
 */
export function outermostFunction(node: SyntaxNode): SyntaxNode | null {
  return outermostOf(node, FUNCTION_TYPES);
}

/**
 * A MISSING token (`}` at the end of a half-typed function): a descent by index does not always
 * meet it, since the node ending where it sits does not extend past its index.
 */
function isZeroWidth(node: SyntaxNode): boolean {
  return node.startIndex === node.endIndex;
}

/** Visits node's ancestors of the given types from the root down (node excluded) until visit returns false. */
function descendToward(node: SyntaxNode, types: ReadonlySet<string>, visit: (ancestor: SyntaxNode) => boolean): void {
  const { startIndex, endIndex, id } = node;
  const cursor = node.tree.walk();
  try {
    do {
      if (cursor.nodeId === id) return;
      if (!types.has(cursor.nodeType)) continue;
      // Checked only where it matters: past node (a zero-width node is not always met), nothing contains it.
      if (cursor.startIndex > startIndex || cursor.endIndex < endIndex) return;
      if (!visit(cursor.currentNode)) return;
    } while (cursor.gotoFirstChildForIndex(startIndex));
  } finally {
    cursor.delete();
  }
}

/**
 * The innermost node of some types strictly containing each node asked about, within root
 * (root excluded), for nodes asked in source order: one sweep over root's nodes of those types
 * (found inside the wasm), instead of a parent climb per node, which costs the nesting depth each.
 */
export class InnermostEnclosing {
  private readonly candidates: SyntaxNode[];
  private next = 0;
  /** The candidates begun and not yet ended, outermost first (they nest). */
  private readonly open: SyntaxNode[] = [];

  constructor(root: SyntaxNode, types: readonly string[]) {
    this.candidates = root.descendantsOfType([...types]).filter((n): n is SyntaxNode => n !== null && n.id !== root.id);
  }

  of(node: SyntaxNode): SyntaxNode | null {
    while (this.next < this.candidates.length && this.candidates[this.next]!.startIndex <= node.startIndex) {
      const begun = this.candidates[this.next++]!;
      this.closeBefore(begun.startIndex);
      this.open.push(begun);
    }
    this.closeBefore(node.startIndex);
    // What is still open overlaps node: it holds node, or (starting with it) lies inside it.
    for (let i = this.open.length - 1; i >= 0; i--) {
      const candidate = this.open[i]!;
      if (candidate.id !== node.id && candidate.startIndex <= node.startIndex && node.endIndex <= candidate.endIndex) return candidate;
    }
    return null;
  }

  private closeBefore(index: number): void {
    while (this.open.length > 0 && this.open[this.open.length - 1]!.endIndex <= index) this.open.pop();
  }
}

export function field(node: SyntaxNode, name: string): SyntaxNode | null {
  return node.childForFieldName(name);
}

export function namedChildren(node: SyntaxNode | null): SyntaxNode[] {
  if (!node) return [];
  return node.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment');
}

/** Strips redundant parentheses: ((x)) → x. */
export function unparen(node: SyntaxNode): SyntaxNode {
  let n = node;
  while (n.type === 'parenthesized_expression' && n.namedChildCount === 1) n = n.namedChild(0)!;
  return n;
}

/** The var_specs of a var declaration, grouped (`var ( … )`) or not. */
export function varSpecs(decl: SyntaxNode): SyntaxNode[] {
  return namedChildren(decl)
    .flatMap((c) => (c.type === 'var_spec_list' ? namedChildren(c) : [c]))
    .filter((c) => c.type === 'var_spec');
}

/** The arguments of a call_expression; a spread last argument is a variadic_argument node. */
export function callArguments(call: SyntaxNode): SyntaxNode[] {
  return namedChildren(field(call, 'arguments'));
}

/** The arguments of a call to the builtin append, or null when node is no such call. */
export function appendArguments(node: SyntaxNode): SyntaxNode[] | null {
  if (node.type !== 'call_expression') return null;
  const fn = field(node, 'function');
  return fn?.type === 'identifier' && fn.text === 'append' ? callArguments(node) : null;
}

/** `x = append([]T{a}, x...)` (x a name or a field `o.f`, spelled `target`): the slice put in front of x, or null. */
export function prependedTo(value: SyntaxNode, target: string): SyntaxNode | null {
  const [prefix, spread, ...rest] = appendArguments(value) ?? [];
  const spreadOf = spread?.type === 'variadic_argument' ? spread.namedChild(0) : null;
  // The length first: `.text` copies the node's source.
  const same = spreadOf && spreadOf.endIndex - spreadOf.startIndex === target.length && spreadOf.text === target;
  return prefix && rest.length === 0 && same ? prefix : null;
}

/** `pkg.Name(…)` from the node of Name: the call, when the node is the field of a called selector. */
export function callOfSelectorField(name: SyntaxNode): SyntaxNode | null {
  if (name.type !== 'field_identifier') return null;
  const selector = name.parent;
  if (selector?.type !== 'selector_expression') return null;
  const call = selector.parent;
  return call?.type === 'call_expression' && field(call, 'function')?.id === selector.id ? call : null;
}

/** What `value` is assigned to in `a, b = x, y` (`=`, not `:=`): the left side at its position, or null. */
export function assignmentTarget(value: SyntaxNode): SyntaxNode | null {
  const list = value.parent;
  const assignment = list?.parent;
  if (list?.type !== 'expression_list' || assignment?.type !== 'assignment_statement' || field(assignment, 'right')?.id !== list.id) return null;
  const index = list.namedChildren.findIndex((c) => c?.id === value.id);
  return field(assignment, 'left')?.namedChildren[index] ?? null;
}

/** `<-x`: the channel x received from, or null. */
export function receiveOperand(node: SyntaxNode | null | undefined): SyntaxNode | null {
  return node?.type === 'unary_expression' && node.child(0)?.type === '<-' ? field(node, 'operand') : null;
}

/** `x.Done()` without arguments: x, or null. */
export function doneCallOperand(call: SyntaxNode | null | undefined): SyntaxNode | null {
  const fn = call?.type === 'call_expression' && callArguments(call).length === 0 ? field(call, 'function') : null;
  return fn?.type === 'selector_expression' && field(fn, 'field')?.text === 'Done' ? field(fn, 'operand') : null;
}

/** `<-x.Done()`, a receive from the channel of a zero-argument Done call: x, or null. */
export function doneReceiveOperand(node: SyntaxNode | null | undefined): SyntaxNode | null {
  return doneCallOperand(receiveOperand(node));
}

/** `a.b` → ['a', 'b'] for a selector on a plain identifier; null otherwise. */
export function selectorParts(node: SyntaxNode): [string, string] | null {
  if (node.type !== 'selector_expression') return null;
  const operand = field(node, 'operand');
  const fieldNode = field(node, 'field');
  if (!operand || !fieldNode || operand.type !== 'identifier') return null;
  return [operand.text, fieldNode.text];
}

/** The statements directly inside a block (this grammar wraps them in a statement_list). */
export function blockStatements(block: SyntaxNode | null): SyntaxNode[] {
  if (!block) return [];
  const out: SyntaxNode[] = [];
  for (const child of namedChildren(block)) {
    if (child.type === 'statement_list') out.push(...namedChildren(child));
    else out.push(child);
  }
  return out;
}

/** The body block of a function declaration, method or literal. */
export function functionBody(fn: SyntaxNode): SyntaxNode | null {
  return field(fn, 'body');
}

/** Leading whitespace of the line on which node starts. */
export function lineIndent(text: string, node: SyntaxNode): string {
  const lineStart = text.lastIndexOf('\n', node.startIndex - 1) + 1;
  let end = lineStart;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return text.slice(lineStart, end);
}

/** Every struct type declared at the top level of a file: its name and its field declarations. */
export function topLevelStructs(root: SyntaxNode): { name: string; fields: SyntaxNode[] }[] {
  const out: { name: string; fields: SyntaxNode[] }[] = [];
  for (const decl of namedChildren(root)) {
    if (decl.type !== 'type_declaration') continue;
    for (const spec of namedChildren(decl)) {
      const name = field(spec, 'name');
      const type = field(spec, 'type');
      if (spec.type !== 'type_spec' || !name || type?.type !== 'struct_type') continue;
      const list = namedChildren(type).find((c) => c.type === 'field_declaration_list');
      out.push({ name: name.text, fields: namedChildren(list ?? null).filter((f) => f.type === 'field_declaration') });
    }
  }
  return out;
}
