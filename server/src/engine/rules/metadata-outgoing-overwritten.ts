import { replaceNode } from '../fixes/edits';
import { packageWord } from '../go/needs';
import type { Declaration } from '../go/scopes';
import type { SourceFile } from '../go/source-file';
import { callArguments, containsNode, enclosingFunction, field, namedChildren, nodeRange, unparen, type SyntaxNode } from '../go/syntax';
import { METADATA_PKG } from '../interceptors/context-flow';
import { ownBodyCalls } from '../interceptors/own-body';
import { interceptorLabel, interceptorShape, type InterceptorShape } from '../interceptors/shape';
import { CONTEXT_PKG, DERIVING_FUNCS } from '../knowledge/context-api';
import type { Fix } from '../types';
import type { FileRule } from './rule';

/** How many writes and derivations are followed back from NewOutgoingContext's ctx. */
const MAX_DEPTH = 8;

/** What the overwritten ctx surely carries: pairs appended by a call of this function, or a client interceptor's incoming ctx. */
type Carried = { appended: SyntaxNode } | { incoming: InterceptorShape };

/** The value a write gives decl's name: `x := v`, `x = v`, `var x = v`, the first of `x, cancel := f(…)`. */
function writtenValue(statement: SyntaxNode, name: SyntaxNode): SyntaxNode | null {
  const isVar = statement.type === 'var_spec';
  const left = isVar ? statement.childrenForFieldName('name').filter((n): n is SyntaxNode => n !== null) : namedChildren(field(statement, 'left'));
  const right = namedChildren(field(statement, isVar ? 'value' : 'right'));
  const i = left.findIndex((n) => n.id === name.id);
  if (i < 0) return null;
  if (right.length === left.length) return right[i]!;
  return i === 0 && right.length === 1 ? right[0]! : null;
}

/** Writes of decl: its declaration (a parameter writes at the function's start) and every `=` to it. */
function writesOf(file: SourceFile, decl: Declaration): { name: SyntaxNode; statement: SyntaxNode }[] {
  const writes = [{ name: decl.node, statement: decl.declarer }];
  for (const use of file.scopes.usesOf(decl)) {
    const list = use.parent;
    const statement = list?.parent;
    if (list?.type === 'expression_list' && statement?.type === 'assignment_statement' && field(statement, 'left')?.id === list.id)
      writes.push({ name: use, statement });
  }
  return writes;
}

/** The statement of a block holding node; its block encloses whatever runs after it in sequence. */
function blockOf(statement: SyntaxNode): SyntaxNode | null {
  let s: SyntaxNode | null = statement;
  while (s && (s.type === 'var_spec' || s.type === 'var_spec_list' || s.type === 'var_declaration')) s = s.parent;
  return s?.parent ?? null;
}

function carriedBy(file: SourceFile, raw: SyntaxNode, at: SyntaxNode, fn: SyntaxNode, depth: number): Carried | null {
  if (depth > MAX_DEPTH) return null;
  const expr = unparen(raw);
  if (expr.type === 'call_expression') {
    const first = callArguments(expr)[0];
    if (file.isCallTo(expr, METADATA_PKG, 'AppendToOutgoingContext')) return { appended: expr };
    const derives = file.isCallTo(expr, CONTEXT_PKG, DERIVING_FUNCS) || file.isCallTo(expr, METADATA_PKG, 'NewIncomingContext');
    return derives && first ? carriedBy(file, first, at, fn, depth + 1) : null;
  }
  if (expr.type !== 'identifier') return null;
  const decl = file.scopes.resolve(expr);
  if (!decl) return null;
  const writes = writesOf(file, decl);
  // A write in a closure may run at any time: the value at `at` cannot be told.
  if (writes.some((w) => enclosingFunction(w.name)?.id !== fn.id)) return null;
  const before = writes.filter((w) => w.statement.endIndex <= at.startIndex);
  const last = before[before.length - 1];
  if (!last) return null;
  if (decl.kind === 'param') {
    if (last.name.id !== decl.node.id) return carriedFromWrite(file, last, at, fn, depth);
    const shape = interceptorShape(file, fn);
    return shape?.kind.endsWith('client') && shape.ctxName === decl.name ? { incoming: shape } : null;
  }
  return carriedFromWrite(file, last, at, fn, depth);
}

/** What the latest write before `at` gives, when it surely runs before `at` (its block encloses `at`). */
function carriedFromWrite(file: SourceFile, write: { name: SyntaxNode; statement: SyntaxNode }, at: SyntaxNode, fn: SyntaxNode, depth: number): Carried | null {
  const block = blockOf(write.statement);
  if (!block || !containsNode(block, at)) return null;
  const value = writtenValue(write.statement, write.name);
  return value ? carriedBy(file, value, write.statement, fn, depth + 1) : null;
}

/** The function merges what ctx carries (metadata.FromOutgoingContext): the new MD may hold it. */
function readsOutgoing(file: SourceFile, fn: SyntaxNode): boolean {
  return ownBodyCalls(file, fn).some((call) => file.isCallTo(call, METADATA_PKG, 'FromOutgoingContext'));
}

/** `metadata.NewOutgoingContext(ctx, metadata.Pairs(k, v, …))` → `metadata.AppendToOutgoingContext(ctx, k, v, …)`. */
function appendFix(file: SourceFile, call: SyntaxNode, ctx: SyntaxNode, md: SyntaxNode): Fix[] {
  const pairs = unparen(md);
  const args = pairs.type === 'call_expression' && file.isCallTo(pairs, METADATA_PKG, 'Pairs') ? callArguments(pairs) : null;
  const pkg = field(field(call, 'function')!, 'operand')?.text;
  if (!args || !pkg || args.length === 0 || args.length % 2 !== 0 || args.some((a) => a.type === 'variadic_argument')) return [];
  const replacement = `${pkg}.AppendToOutgoingContext(${[ctx, ...args].map((a) => a.text).join(', ')})`;
  return [{ title: `Append the pairs with ${pkg}.AppendToOutgoingContext (keeps what ctx carries)`, edits: [replaceNode(file, call, replacement)] }];
}

export const metadataOutgoingOverwritten: FileRule = {
  meta: {
    id: 'metadata-outgoing-overwritten',
    defaultSeverity: 'warning',
    summary: 'metadata.NewOutgoingContext on a ctx that carries appended outgoing metadata: the appended pairs are dropped.',
    fixable: true,
    inTestCode: 'quiet',
    needs: { words: [packageWord(METADATA_PKG)] },
  },
  scope: 'file',
  check({ file, report }) {
    if (!file.imports.has(METADATA_PKG)) return;
    for (const call of file.nodesOfType('call_expression')) {
      if (!file.isCallTo(call, METADATA_PKG, 'NewOutgoingContext')) continue;
      const [ctx, md, extra] = callArguments(call);
      const fn = enclosingFunction(call);
      if (!ctx || !md || extra || !fn || readsOutgoing(file, fn)) continue;
      const carried = carriedBy(file, ctx, call, fn, 0);
      if (!carried) continue;
      const fixes = appendFix(file, call, ctx, md);
      if ('appended' in carried) {
        const line = carried.appended.startPosition.row + 1;
        report({
          node: call,
          message: `metadata.NewOutgoingContext replaces all outgoing metadata of ${ctx.text}: the pairs metadata.AppendToOutgoingContext added on line ${line} never reach the server; add these pairs with AppendToOutgoingContext, or merge with metadata.FromOutgoingContext first`,
          related: [{ file: file.path, range: nodeRange(carried.appended), message: 'these pairs are dropped' }],
          fixes,
        });
      } else {
        report({
          node: call,
          message: `metadata.NewOutgoingContext in ${interceptorLabel(carried.incoming)} replaces the outgoing metadata the caller and earlier interceptors put on ${ctx.text} (appended headers, auth or trace ids): it never reaches the server; add these pairs with AppendToOutgoingContext, or merge with metadata.FromOutgoingContext(${ctx.text}) first`,
          fixes,
        });
      }
    }
  },
};
