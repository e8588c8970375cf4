import { replaceNode } from '../fixes/edits';
import { seesGrpc } from '../flow/client-conns';
import { callArguments, enclosingDeclaration, enclosingFunction, field, FUNCTION_TYPES, functionBody, lineIndent, namedChildren, nodeRange, walk, type SyntaxNode } from '../go/syntax';
import { versionAtLeast } from '../index/gomod';
import { CLIENT_CONSTRUCTORS, DEPRECATED_DIAL_OPTIONS, GRPC_PKG, NEW_CLIENT, NEW_CLIENT_SINCE } from '../knowledge/grpc-api';
import type { SourceFile } from '../source-file';
import type { Fix, Position, TextEdit } from '../types';
import type { FileRule } from './rule';

const FIX_TITLE =
  `Use grpc.${NEW_CLIENT} (note: it resolves targets with the "dns" scheme by default where Dial used "passthrough", ` +
  'and it connects on the first RPC instead of dialling now)';

/** Identifier nodes that declare a local name (`x :=`, `var x`, `for x := range`). */
function isLocalDeclaration(id: SyntaxNode): boolean {
  const parent = id.parent;
  if (!parent) return false;
  if (parent.type === 'var_spec') return parent.childrenForFieldName('name').some((n) => n.id === id.id);
  const holder = parent.type === 'expression_list' ? parent.parent : null;
  if (!holder || field(holder, 'left')?.id !== parent.id) return false;
  return holder.type === 'short_var_declaration' || (holder.type === 'range_clause' && holder.child(1)?.type === ':=');
}

/** True when fn (a declaration or literal) has a parameter called name, hiding any outer name. */
function hasParameter(fn: SyntaxNode, name: string): boolean {
  return namedChildren(field(fn, 'parameters')).some((p) => p.childrenForFieldName('name').some((n) => n.text === name));
}

/**
 * Mentions of name outside expr (identifiers, and package names in qualified types), skipping
 * imports and functions whose own parameter of that name hides the one meant.
 */
function usesOutside(scope: SyntaxNode, expr: SyntaxNode, name: string): number {
  let uses = 0;
  walk(scope, (n) => {
    if (n.type === 'import_declaration' || n.id === expr.id) return false;
    if (FUNCTION_TYPES.has(n.type) && hasParameter(n, name)) return false;
    if ((n.type === 'identifier' || n.type === 'package_identifier') && n.text === name && !isLocalDeclaration(n)) uses++;
    return true;
  });
  return uses;
}

function declaresLocally(body: SyntaxNode, name: string): boolean {
  let declared = false;
  walk(body, (n) => {
    if (n.type === 'identifier' && n.text === name && isLocalDeclaration(n)) declared = true;
    return !declared;
  });
  return declared;
}

/**
 * Removing expr must compile: a local variable (of the outermost enclosing declaration, so
 * that variables captured by closures are seen) or an import it mentions must be used elsewhere.
 */
function removableWithoutUnused(file: SourceFile, expr: SyntaxNode): boolean {
  const fn = enclosingDeclaration(expr) ?? enclosingFunction(expr);
  const body = fn ? functionBody(fn) : null;
  if (!body) return false;
  const names = new Set<string>();
  walk(expr, (n) => {
    if (n.type === 'identifier') names.add(n.text);
  });
  for (const name of names) {
    if (declaresLocally(body, name)) {
      if (usesOutside(body, expr, name) === 0) return false;
    } else if (file.imports.pathOf(name) && usesOutside(file.root, expr, name) === 0) return false;
  }
  return true;
}

/**
 * Where removing the first argument ends: at the next argument, or after its comma when a
 * comment (`ctx, //nolint:staticcheck`) stands between them and must stay. A first argument
 * alone at the start of its line takes the blanks before the comment too (gofmt-clean).
 */
function firstArgumentEnd(text: string, first: SyntaxNode, next: SyntaxNode): Position {
  const comma = first.nextSibling;
  const comment = comma?.nextSibling;
  if (comma?.type !== ',' || comment?.type !== 'comment' || comment.startIndex >= next.startIndex) return nodeRange(next).start;
  const startsLine = lineIndent(text, first).length === first.startPosition.column;
  return startsLine ? nodeRange(comment).start : nodeRange(comma).end;
}

/** `grpc.Dial(t, o...)` → `grpc.NewClient(t, o...)`; `grpc.DialContext(ctx, t, o...)` drops ctx. */
function newClientFix(file: SourceFile, call: SyntaxNode, selector: SyntaxNode): Fix[] {
  const name = field(selector, 'field');
  if (selector.type !== 'selector_expression' || !name) return [];
  const edits: TextEdit[] = [replaceNode(file, name, NEW_CLIENT)];
  const args = callArguments(call);
  const targetArg = CLIENT_CONSTRUCTORS.get(name.text)!.targetArg;
  if (targetArg > 0) {
    const [ctx, target] = [args[0], args[targetArg]];
    if (!ctx || !target || !removableWithoutUnused(file, ctx)) return [];
    edits.push({ file: file.path, range: { start: nodeRange(ctx).start, end: firstArgumentEnd(file.text, ctx, target) }, newText: '' });
  }
  return [{ title: FIX_TITLE, edits }];
}

export const grpcDeprecatedDial: FileRule = {
  meta: {
    id: 'grpc-deprecated-dial',
    defaultSeverity: 'hint',
    summary: 'grpc.Dial, grpc.DialContext and grpc.WithBlock are deprecated since grpc-go v1.63: use grpc.NewClient.',
    fixable: true,
  },
  scope: 'file',
  check({ file, report }) {
    if (!seesGrpc(file) || !versionAtLeast(file.requiredVersion(GRPC_PKG), NEW_CLIENT_SINCE)) return;
    for (const node of file.nodesOfType('call_expression')) {
      const callee = file.callee(node);
      const fn = field(node, 'function');
      if (callee?.pkg !== GRPC_PKG || !fn) continue;
      if (CLIENT_CONSTRUCTORS.get(callee.name)?.deprecated) {
        report({
          node: fn,
          message: `grpc.${callee.name} is deprecated since grpc-go ${NEW_CLIENT_SINCE}: use grpc.${NEW_CLIENT}, which resolves targets with the "dns" scheme by default and connects lazily`,
          fixes: newClientFix(file, node, fn),
        });
      } else if (DEPRECATED_DIAL_OPTIONS.has(callee.name)) {
        report({
          node: fn,
          message: `grpc.${callee.name} is deprecated since grpc-go ${NEW_CLIENT_SINCE} and ignored by grpc.${NEW_CLIENT}: a connection that is up at dial time can still fail later, so RPCs must handle Unavailable anyway`,
        });
      }
    }
  },
};
