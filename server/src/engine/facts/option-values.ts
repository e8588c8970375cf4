// Option values as facts: an expression reduced to what chain resolution reads (calls with
// their callee and arguments, selectors by import path, members with their operand's type, slices, func literals).
import { BUILTIN_TYPES } from '../go/builtin-types';
import { callArguments, field, namedChildren, nodeRange, unparen, type SyntaxNode } from '../go/syntax';
import { interceptorFacts } from '../interceptors/body';
import type { SourceFile } from '../go/source-file';
import type { ExprFact } from './chain-facts';
import { declaredType } from './local-types';
import { CONNECT_PKGS } from '../knowledge/connect-api';
import { GRPC_PKG } from '../knowledge/grpc-api';

/** Nested call arguments kept (options wrap interceptors wrap interceptors; deeper is noise). */
const MAX_EXPR_DEPTH = 6;

/** A longer slice literal is a table, not options or interceptors: kept as an unknown value, its elements unread. */
const MAX_SLICE_ELEMENTS = 1000;

/** A function's names with their named types (parameters, receiver, `s := &Server{…}`), to resolve `s.method` values. */
export type TypeEnv = Record<string, string>;

/** Facts keep at most this much of an expression's text (it only names unknown values). */
const MAX_TEXT = 80;

function shortText(file: SourceFile, node: SyntaxNode): string {
  // Only the head is read, from the file's text: a call chained 5,000 times on one line is an
  // operand 100 KB long at every link, and a node's own text is built from the parser's input.
  const length = node.endIndex - node.startIndex;
  const head = file.text.slice(node.startIndex, node.startIndex + Math.min(length, MAX_TEXT + 1));
  const newline = head.indexOf('\n');
  const firstLine = newline < 0 ? head : head.slice(0, newline);
  return firstLine.length === length ? firstLine : `${firstLine.slice(0, MAX_TEXT)}…`;
}

/** True when the call's last argument is `x...` (this grammar wraps it in a variadic_argument). */
export function spreadsLast(call: SyntaxNode): boolean {
  return callArguments(call).at(-1)?.type === 'variadic_argument';
}

/** The named type of a type expression without pointer: `*Server` → Server. */
export function baseTypeName(type: SyntaxNode | null): string | null {
  let t = type;
  while (t && (t.type === 'pointer_type' || t.type === 'generic_type')) t = t.type === 'generic_type' ? field(t, 'type') : t.namedChild(0);
  return t && t.type === 'type_identifier' ? t.text : null;
}

/** The identifier a selector chain starts from: `s` in `s.opts.metrics`; null for other operands (calls, indexes). */
function rootName(operand: SyntaxNode): SyntaxNode | null {
  let node = unparen(operand);
  while (node.type === 'selector_expression') {
    const inner = field(node, 'operand');
    if (!inner) return null;
    node = unparen(inner);
  }
  return node.type === 'identifier' ? node : null;
}

/** True for files that may define interceptors or options: they name grpc or connect types (other files define none). */
export function mayDefineChainParts(file: SourceFile): boolean {
  return file.imports.layout.specs.some((spec) => spec.path === GRPC_PKG || CONNECT_PKGS.has(spec.path) || spec.path.startsWith('github.com/grpc-ecosystem/'));
}

/** Only files that may define chain parts build their scopes for this: the others' values carry no options. */
function shadowsImport(file: SourceFile, ident: SyntaxNode): boolean {
  if (!mayDefineChainParts(file)) return false;
  const decl = file.scopes.resolve(ident);
  return decl !== null && decl.kind !== 'import';
}

/** A composite literal of a named type (`T{…}`, `pkg.T{…}`): the type as written, with its import path when imported. */
function namedValue(file: SourceFile, literal: SyntaxNode): Pick<ExprFact, 'text' | 'ref'> | null {
  const type = field(literal, 'type');
  if (type?.type === 'type_identifier') return { text: type.text, ref: null };
  if (type?.type !== 'qualified_type') return null;
  const pkg = field(type, 'package')?.text;
  const name = field(type, 'name')?.text;
  const importPath = pkg ? file.imports.pathOf(pkg) : undefined;
  return importPath && name ? { text: type.text, ref: { pkg: importPath, name } } : null;
}

/** `withBodies`: func literals get their interceptor facts (not for the calls kept only to bind parameters). */
export function exprFact(file: SourceFile, raw: SyntaxNode, types: TypeEnv, depth = 0, withBodies = true): ExprFact {
  const node = unparen(raw);
  const base = { text: shortText(file, node), range: nodeRange(node), ref: null };
  if (depth > MAX_EXPR_DEPTH) return { kind: 'other', ...base };
  switch (node.type) {
    case 'identifier':
      return { kind: 'ident', ...base };
    case 'selector_expression': {
      const operand = field(node, 'operand');
      const name = field(node, 'field');
      if (!operand || !name) return { kind: 'other', ...base };
      const importPath = operand.type === 'identifier' ? file.imports.pathOf(operand.text) : undefined;
      // A parameter or variable named like an import (`metrics metrics.Metrics`) hides it.
      if (importPath && !shadowsImport(file, operand)) return { kind: 'selector', ...base, ref: { pkg: importPath, name: name.text } };
      const root = mayDefineChainParts(file) ? rootName(operand) : null;
      const rootType = root ? declaredType(file, root) : null;
      return {
        kind: 'member',
        ...base,
        member: {
          operand: shortText(file, operand),
          // Types are known by name: a longer operand's text (a chained call) is not read whole.
          operandType: operand.type === 'identifier' ? (types[operand.text] ?? null) : null,
          name: name.text,
          ...(rootType ? { rootType } : {}),
        },
      };
    }
    case 'call_expression': {
      const fn = field(node, 'function');
      if (!fn) return { kind: 'other', ...base };
      const args = callArguments(node).map((arg) =>
        exprFact(file, arg.type === 'variadic_argument' ? (arg.namedChild(0) ?? arg) : arg, types, depth + 1, withBodies),
      );
      return {
        kind: 'call',
        ...base,
        text: shortText(file, unparen(fn)),
        callee: exprFact(file, fn, types, depth + 1, withBodies),
        args,
        spread: spreadsLast(node),
      };
    }
    case 'func_literal': {
      const body = withBodies ? interceptorFacts(file, node) : null;
      return { kind: 'funcLit', ...base, text: 'func literal', body };
    }
    case 'unary_expression': {
      const operand = field(node, 'operand');
      const literal = operand ? unparen(operand) : null;
      const named = field(node, 'operator')?.text === '&' && literal?.type === 'composite_literal' ? namedValue(file, literal) : null;
      return named ? { kind: 'composite', ...base, ...named } : { kind: 'other', ...base };
    }
    case 'composite_literal': {
      const type = field(node, 'type');
      const named = namedValue(file, node);
      if (named) return { kind: 'composite', ...base, ...named };
      if (type?.type !== 'slice_type') return { kind: 'other', ...base };
      // `[]int{…}` holds no option or interceptor: its elements (maybe thousands) are not kept.
      const element = field(type, 'element');
      if (element?.type === 'type_identifier' && BUILTIN_TYPES.has(element.text)) return { kind: 'other', ...base };
      const body = field(node, 'body');
      if ((body?.namedChildCount ?? 0) > MAX_SLICE_ELEMENTS) return { kind: 'other', ...base };
      const elements = namedChildren(body)
        .filter((el) => el.type === 'literal_element')
        .flatMap((el) => (el.namedChild(0) ? [exprFact(file, el.namedChild(0)!, types, depth + 1, withBodies)] : []));
      return { kind: 'slice', ...base, elements };
    }
    default:
      return { kind: 'other', ...base };
  }
}

/** The facts of call arguments, a spread last one (`opts...`) unwrapped. */
export function argumentFacts(file: SourceFile, args: readonly SyntaxNode[], types: TypeEnv): ExprFact[] {
  return args.map((a) => exprFact(file, a.type === 'variadic_argument' ? (a.namedChild(0) ?? a) : a, types));
}
