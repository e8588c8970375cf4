import { classByName } from '../chains/classify';
import { replaceNode } from '../fixes/edits';
import { importsForFix, removeImportEdit } from '../fixes/imports';
import type { SourceFile } from '../go/source-file';
import { callArguments, enclosingDeclaration, enclosingFunction, field, namedChildren, unparen, type SyntaxNode } from '../go/syntax';
import { ownBodyNodes } from '../interceptors/own-body';
import { interceptorLabel, interceptorsIn, type InterceptorShape } from '../interceptors/shape';
import { CODES_PKG, GRPC_NEEDS, STATUS_PKG } from '../knowledge/grpc-api';
import type { Fix, TextEdit } from '../types';
import type { FileRule } from './rule';

/** How many `x := …` steps are followed back from a returned identifier. */
const MAX_DEPTH = 3;

/** A plain error made here: the errors.New/fmt.Errorf call, and whether the returned error wraps it. */
interface PlainError {
  call: SyntaxNode;
  wrapped: boolean;
  /** The errors.New/fmt.Errorf call that made the plain error (call itself unless wrapped). */
  origin: SyntaxNode;
}

function stringLiteralText(node: SyntaxNode | undefined): string | null {
  if (node?.type === 'raw_string_literal' || node?.type === 'interpreted_string_literal') return node.text.slice(1, -1);
  return null;
}

/** The verbs of a format string in argument order; null when an argument index or `*` makes the mapping unclear. */
function formatVerbs(format: string): string[] | null {
  const verbs: string[] = [];
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== '%') continue;
    i++;
    if (format[i] === '%') continue;
    while (i < format.length && /[+\-# 0-9.]/.test(format[i]!)) i++;
    if (format[i] === '[' || format[i] === '*') return null;
    if (i < format.length) verbs.push(format[i]!);
  }
  return verbs;
}

/** The plain error an expression surely is (errors.New, fmt.Errorf wrapping only plain errors, a local bound only to one), or null. */
function plainError(file: SourceFile, shape: InterceptorShape, raw: SyntaxNode, depth = 0): PlainError | null {
  const expr = unparen(raw);
  if (expr.type === 'identifier') return depth < MAX_DEPTH ? plainLocal(file, shape, expr, depth) : null;
  if (expr.type !== 'call_expression') return null;
  if (file.isCallTo(expr, 'errors', 'New') && callArguments(expr).length === 1) return { call: expr, wrapped: false, origin: expr };
  if (!file.isCallTo(expr, 'fmt', 'Errorf')) return null;
  const [format, ...args] = callArguments(expr);
  const text = stringLiteralText(format);
  const verbs = text === null ? null : formatVerbs(text);
  if (!verbs || verbs.length !== args.length || args.some((a) => a.type === 'variadic_argument')) return null;
  const wrappedArgs = args.filter((_, i) => verbs[i] === 'w');
  if (wrappedArgs.length === 0) return { call: expr, wrapped: false, origin: expr };
  // Wrapping keeps the wrapped error's status (status.FromError unwraps): plain only when every wrapped error is.
  const inner = wrappedArgs.map((a) => plainError(file, shape, a, depth + 1));
  return inner.every((p) => p) ? { call: expr, wrapped: true, origin: inner[0]!.origin } : null;
}

/** A local of the interceptor whose every write is a plain error. Package variables are left alone: an outer interceptor may map such sentinels to codes. */
function plainLocal(file: SourceFile, shape: InterceptorShape, ident: SyntaxNode, depth: number): PlainError | null {
  const decl = file.scopes.resolve(ident);
  if (decl?.kind !== 'var' || decl.declarer.type !== 'short_var_declaration') return null;
  if (enclosingFunction(decl.declarer)?.id !== shape.fn.id) return null;
  const writes: SyntaxNode[] = [];
  const own = valueAt(decl.declarer, decl.node);
  if (!own) return null;
  writes.push(own);
  for (const use of file.scopes.usesOf(decl)) {
    const list = use.parent;
    const statement = list?.parent;
    const isWrite = list?.type === 'expression_list' && statement?.type === 'assignment_statement' && field(statement, 'left')?.id === list.id;
    if (!isWrite) continue;
    const value = valueAt(statement, use);
    if (!value) return null;
    writes.push(value);
  }
  const found = writes.map((w) => plainError(file, shape, w, depth + 1));
  return found.every((f) => f) ? found[0]! : null;
}

/** The value written to name by a `:=`/`=` statement with as many values as names. */
function valueAt(statement: SyntaxNode, name: SyntaxNode): SyntaxNode | null {
  const left = namedChildren(field(statement, 'left'));
  const right = namedChildren(field(statement, 'right'));
  const i = left.findIndex((n) => n.id === name.id);
  return i >= 0 && right.length === left.length ? right[i]! : null;
}

/** The error a return statement of the interceptor hands to grpc-go. */
function returnedError(shape: InterceptorShape, statement: SyntaxNode): SyntaxNode | null {
  const values = namedChildren(namedChildren(statement)[0] ?? null);
  const expected = shape.kind === 'unary-server' ? 2 : 1;
  return values.length === expected ? values[expected - 1]! : null;
}

const CODE_WORDS: readonly [RegExp, string][] = [
  [/permission|forbidden|denied|not allowed/i, 'PermissionDenied'],
  [/unauthenticated|unauthori[sz]ed|token|credential|authenticat|api key|login/i, 'Unauthenticated'],
  [/rate.?limit|too many|quota/i, 'ResourceExhausted'],
  [/invalid|malformed|validat|missing|required/i, 'InvalidArgument'],
];

const CLASS_CODES: Partial<Record<ReturnType<typeof classByName>, string>> = {
  auth: 'Unauthenticated',
  ratelimit: 'ResourceExhausted',
  validation: 'InvalidArgument',
};

/** The code the error's own words or the interceptor's name tell; Internal when neither does. */
function codeFor(shape: InterceptorShape, call: SyntaxNode): string {
  const message = stringLiteralText(callArguments(call)[0]);
  const byWords = message === null ? undefined : CODE_WORDS.find(([words]) => words.test(message))?.[1];
  if (byWords) return byWords;
  const name = field(shape.fn, 'name')?.text ?? (enclosingDeclaration(shape.fn) ? field(enclosingDeclaration(shape.fn)!, 'name')?.text : undefined);
  return (name && CLASS_CODES[classByName(name)]) || 'Internal';
}

/** Mentions of an imported package's name in code (not in the import declaration). */
function packageMentions(file: SourceFile, name: string): SyntaxNode[] {
  return file.nodesAt(name).filter((n) => (n.type === 'identifier' || n.type === 'package_identifier') && n.parent?.type !== 'import_spec');
}

/** A finding the fix can rewrite in place: the plain error is made in the return itself. */
function rewritable(returned: SyntaxNode, plain: PlainError): boolean {
  return !plain.wrapped && unparen(returned).id === plain.call.id;
}

function packageOf(file: SourceFile, call: SyntaxNode): 'errors' | 'fmt' {
  return file.isCallTo(call, 'errors', 'New') ? 'errors' : 'fmt';
}

/**
 * The fix for a plain error made in the return itself: status.Error/Errorf with the code told.
 * The errors/fmt import goes when this call is its last use; when other rewritable calls are its
 * only other uses there is no fix (one alone would keep the import, all together would not).
 */
function statusFix(file: SourceFile, shape: InterceptorShape, plain: PlainError, rewritableCalls: readonly SyntaxNode[]): Fix[] {
  const call = plain.call;
  const pkgPath = packageOf(file, call);
  const pkgName = file.imports.nameOf(pkgPath);
  const imports = importsForFix(file, [CODES_PKG, STATUS_PKG]);
  if (!imports || !pkgName || pkgName === '.') return [];
  const rewritten = new Set(rewritableCalls.map((c) => field(c, 'function')?.childForFieldName('operand')?.id));
  const others = packageMentions(file, pkgName).filter((m) => !rewritten.has(m.id));
  const samePackage = rewritableCalls.filter((c) => packageOf(file, c) === pkgPath);
  const edits: TextEdit[] = [];
  if (others.length === 0) {
    const removal = samePackage.length === 1 ? removeImportEdit(file, pkgPath) : null;
    if (!removal) return [];
    edits.push(removal);
  }
  const code = codeFor(shape, call);
  const fn = pkgPath === 'errors' ? 'Error' : 'Errorf';
  const status = imports.names.get(STATUS_PKG)!;
  const args = callArguments(call)
    .map((a) => a.text)
    .join(', ');
  const replacement = `${status}.${fn}(${imports.names.get(CODES_PKG)}.${code}, ${args})`;
  return [{ title: `Return ${status}.${fn}(codes.${code}, …)`, edits: [replaceNode(file, call, replacement), ...imports.edits, ...edits] }];
}

/** The interceptor's returns whose error is surely plain (in its own body: closures return elsewhere). */
function plainReturns(file: SourceFile, shape: InterceptorShape): { returned: SyntaxNode; plain: PlainError }[] {
  const found: { returned: SyntaxNode; plain: PlainError }[] = [];
  for (const node of ownBodyNodes(file, shape.fn, 'return_statement')) {
    const returned = returnedError(shape, node);
    const plain = returned ? plainError(file, shape, returned) : null;
    if (returned && plain) found.push({ returned, plain });
  }
  return found;
}

export const interceptorErrorNotStatus: FileRule = {
  meta: {
    id: 'interceptor-error-not-status',
    defaultSeverity: 'hint',
    summary: 'A server interceptor returns a plain errors.New/fmt.Errorf error: the client gets codes.Unknown.',
    fixable: true,
    inTestCode: 'quiet',
    needs: GRPC_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    const all = interceptorsIn(file)
      .filter((shape) => shape.kind.endsWith('server'))
      .flatMap((shape) => plainReturns(file, shape).map((found) => ({ shape, ...found })));
    const rewritableCalls = all.filter((f) => rewritable(f.returned, f.plain)).map((f) => f.plain.call);
    for (const { shape, returned, plain } of all) {
      const made = packageOf(file, plain.origin) === 'errors' ? 'errors.New' : 'fmt.Errorf';
      const what = plain.wrapped ? `an error wrapping a plain ${made} error` : `a plain ${made} error`;
      report({
        node: returned,
        message: `${interceptorLabel(shape)} returns ${what}: grpc-go sends it to the client as codes.Unknown with the error's text; return a status error (status.Error) with the code that says what failed`,
        fixes: rewritable(returned, plain) ? statusFix(file, shape, plain, rewritableCalls) : [],
      });
    }
  },
};
