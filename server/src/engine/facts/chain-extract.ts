// Extracts a file's chain facts from its syntax tree: constructor calls with their option
// expressions, the functions and variables options and interceptors may come from.
import { qualifiedTypeText } from '../go/type-text';
import { flattenParameters } from '../go/scopes';
import { callArguments, callOfSelectorField, enclosingDeclaration, field, namedChildren, nodeRange, unparen, walk, type SyntaxNode } from '../go/syntax';
import { interceptorFacts } from '../interceptors/body';
import { CLIENT_CONSTRUCTORS, GRPC_PKG } from '../knowledge/grpc-api';
import type { SourceFile } from '../go/source-file';
import type { Range } from '../types';
import type { ChainFileFacts, ChainFunctionFact, ConstructorFact, ExprFact, FieldWriteFact, LocalBinding, PackageVarFact } from './chain-facts';
import { MW_V1 } from '../knowledge/grpc-middleware';
import { recoveryImport } from './recovery-import';

/** Nested call arguments kept (options wrap interceptors wrap interceptors; deeper is noise). */
const MAX_EXPR_DEPTH = 6;

/** Statements whose body may not run: what makes a binding conditional. */
const CONDITIONAL_TYPES: ReadonlySet<string> = new Set([
  'if_statement',
  'for_statement',
  'expression_switch_statement',
  'type_switch_statement',
  'select_statement',
  'func_literal',
]);

type TypeEnv = Record<string, string>;

/** Facts keep at most this much of an expression's text (it only names unknown values). */
const MAX_TEXT = 80;

function shortText(text: string): string {
  const firstLine = text.split('\n', 1)[0]!;
  return firstLine.length <= MAX_TEXT && firstLine.length === text.length ? text : `${firstLine.slice(0, MAX_TEXT)}…`;
}

/** True when the call's last argument is `x...` (this grammar wraps it in a variadic_argument). */
function spreadsLast(call: SyntaxNode): boolean {
  return callArguments(call).at(-1)?.type === 'variadic_argument';
}

/** The named type of a type expression without pointer: `*Server` → Server. */
function baseTypeName(type: SyntaxNode | null): string | null {
  let t = type;
  while (t && (t.type === 'pointer_type' || t.type === 'generic_type')) t = t.type === 'generic_type' ? field(t, 'type') : t.namedChild(0);
  return t && t.type === 'type_identifier' ? t.text : null;
}

/** `withBodies`: func literals get their interceptor facts (not for the calls kept only to bind parameters). */
function exprFact(file: SourceFile, raw: SyntaxNode, types: TypeEnv, depth = 0, withBodies = true): ExprFact {
  const node = unparen(raw);
  const base = { text: shortText(node.text), range: nodeRange(node), ref: null };
  if (depth > MAX_EXPR_DEPTH) return { kind: 'other', ...base };
  switch (node.type) {
    case 'identifier':
      return { kind: 'ident', ...base };
    case 'selector_expression': {
      const operand = field(node, 'operand');
      const name = field(node, 'field');
      if (!operand || !name) return { kind: 'other', ...base };
      const importPath = operand.type === 'identifier' ? file.imports.pathOf(operand.text) : undefined;
      if (importPath) return { kind: 'selector', ...base, ref: { pkg: importPath, name: name.text } };
      return { kind: 'member', ...base, member: { operand: operand.text, operandType: types[operand.text] ?? null, name: name.text } };
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
        text: shortText(unparen(fn).text),
        callee: exprFact(file, fn, types, depth + 1, withBodies),
        args,
        spread: spreadsLast(node),
      };
    }
    case 'func_literal': {
      const body = withBodies ? interceptorFacts(file, node) : null;
      return { kind: 'funcLit', ...base, text: 'func literal', body };
    }
    case 'composite_literal': {
      const type = field(node, 'type');
      if (type?.type !== 'slice_type') return { kind: 'other', ...base };
      const elements = namedChildren(field(node, 'body'))
        .filter((el) => el.type === 'literal_element')
        .flatMap((el) => (el.namedChild(0) ? [exprFact(file, el.namedChild(0)!, types, depth + 1, withBodies)] : []));
      return { kind: 'slice', ...base, elements };
    }
    default:
      return { kind: 'other', ...base };
  }
}

/** The range of the innermost statement between node and its function body that may not run. */
function conditionalScope(node: SyntaxNode, fnBody: SyntaxNode): Range | null {
  for (let n = node.parent; n && n.id !== fnBody.id; n = n.parent) {
    if (CONDITIONAL_TYPES.has(n.type)) return nodeRange(n);
  }
  return null;
}

function isAppendTo(value: SyntaxNode, name: string): boolean {
  if (value.type !== 'call_expression') return false;
  const fn = field(value, 'function');
  const first = callArguments(value)[0];
  return fn?.type === 'identifier' && fn.text === 'append' && first?.type === 'identifier' && first.text === name;
}

function bindingsOf(file: SourceFile, stmt: SyntaxNode, fnBody: SyntaxNode, types: TypeEnv): LocalBinding[] {
  const pairs: [SyntaxNode, SyntaxNode | null, number][] = [];
  if (stmt.type === 'short_var_declaration' || (stmt.type === 'assignment_statement' && stmt.childForFieldName('operator')?.text === '=')) {
    const left = namedChildren(field(stmt, 'left'));
    const right = namedChildren(field(stmt, 'right'));
    // `a, err := f()`: a later name binds the call's result at its position.
    if (right.length === left.length || right.length === 1)
      for (const [i, l] of left.entries()) pairs.push([l, i === 0 || right.length > 1 ? (right[i] ?? null) : null, right.length === 1 ? i : 0]);
  } else if (stmt.type === 'var_spec') {
    const names = stmt.childrenForFieldName('name').filter((n): n is SyntaxNode => n !== null);
    const values = namedChildren(field(stmt, 'value'));
    for (const [i, n] of names.entries()) pairs.push([n, values[i] ?? null, 0]);
  }
  const scope = conditionalScope(stmt, fnBody);
  const out: LocalBinding[] = [];
  const right = namedChildren(field(stmt, 'right'));
  for (const [target, raw, result] of pairs) {
    if (target.type !== 'identifier' || target.text === '_') continue;
    const { start: at, end } = nodeRange(stmt);
    const rawValue = result > 0 && right[0] && unparen(right[0]).type === 'call_expression' ? right[0] : raw;
    const value = rawValue ? unparen(rawValue) : null;
    if (value && result > 0 && rawValue === right[0]) {
      out.push({ name: target.text, mode: 'assign', values: [{ ...exprFact(file, value, types), result }], spread: false, scope, at, end });
      continue;
    }
    if (value && isAppendTo(value, target.text)) {
      const args = callArguments(value).slice(1);
      const values = args.map((a) => exprFact(file, a.type === 'variadic_argument' ? (a.namedChild(0) ?? a) : a, types));
      out.push({ name: target.text, mode: 'append', values, spread: spreadsLast(value), scope, at, end });
      continue;
    }
    if (value) {
      // `s := &Server{…}` gives s a type for method values.
      const literal = value.type === 'unary_expression' ? value.namedChild(0) : value;
      const typeName = literal?.type === 'composite_literal' ? baseTypeName(field(literal, 'type')) : null;
      if (typeName) types[target.text] = typeName;
    }
    out.push({ name: target.text, mode: 'assign', values: value ? [exprFact(file, value, types)] : [], spread: false, scope, at, end });
  }
  return out;
}

/** The struct a composite literal builds: `Server` (own package) or `pkg.Server` by import path. */
function literalType(file: SourceFile, literal: SyntaxNode): { typePkg: string | null; type: string } | null {
  const type = field(literal, 'type');
  if (type?.type === 'type_identifier') return { typePkg: null, type: type.text };
  if (type?.type !== 'qualified_type') return null;
  const pkg = field(type, 'package')?.text;
  const name = field(type, 'name')?.text;
  const importPath = pkg ? file.imports.pathOf(pkg) : undefined;
  return importPath && name ? { typePkg: importPath, type: name } : null;
}

function literalFieldWrites(file: SourceFile, literal: SyntaxNode, types: TypeEnv): FieldWriteFact[] {
  const struct = literalType(file, literal);
  if (!struct) return [];
  const out: FieldWriteFact[] = [];
  for (const el of namedChildren(field(literal, 'body'))) {
    if (el.type !== 'keyed_element') continue;
    const key = unparen(field(el, 'key')?.namedChild(0) ?? el);
    const value = field(el, 'value')?.namedChild(0);
    if (key.type !== 'identifier' && key.type !== 'field_identifier') continue;
    if (!value) continue;
    out.push({ ...struct, field: key.text, mode: 'assign', values: [exprFact(file, value, types)], spread: false, at: nodeRange(el).start });
  }
  return out;
}

/** `x.f = v` and `x.f = append(x.f, …)` where x's type is known. */
function assignedFieldWrites(file: SourceFile, stmt: SyntaxNode, types: TypeEnv): FieldWriteFact[] {
  if (stmt.type !== 'assignment_statement' || stmt.childForFieldName('operator')?.text !== '=') return [];
  const left = namedChildren(field(stmt, 'left'));
  const right = namedChildren(field(stmt, 'right'));
  if (left.length !== right.length) return [];
  const out: FieldWriteFact[] = [];
  left.forEach((target, i) => {
    const operand = target.type === 'selector_expression' ? field(target, 'operand') : null;
    const name = field(target, 'field');
    const type = operand?.type === 'identifier' ? types[operand.text] : undefined;
    const value = unparen(right[i]!);
    if (!type || !name) return;
    const base = { typePkg: null, type, field: name.text, at: nodeRange(stmt).start };
    const fn = value.type === 'call_expression' ? field(value, 'function') : null;
    const first = value.type === 'call_expression' ? callArguments(value)[0] : undefined;
    if (fn?.type === 'identifier' && fn.text === 'append' && first && unparen(first).text === target.text) {
      const values = callArguments(value)
        .slice(1)
        .map((a) => exprFact(file, a.type === 'variadic_argument' ? (a.namedChild(0) ?? a) : a, types));
      out.push({ ...base, mode: 'append', values, spread: spreadsLast(value) });
    } else {
      out.push({ ...base, mode: 'assign', values: [exprFact(file, value, types)], spread: false });
    }
  });
  return out;
}

/** A func literal's parameters with their named types (`func(o *options)`), for the writes in its body. */
function addLiteralParamTypes(literal: SyntaxNode, types: TypeEnv): void {
  for (const param of flattenParameters(field(literal, 'parameters'))) {
    const typeName = baseTypeName(param.type);
    if (typeName && param.name) types[param.name.text] ??= typeName;
  }
}

/** Struct type name → named fields, for every struct declared in the file. */
function structFields(file: SourceFile): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== 'type_declaration') continue;
    for (const spec of namedChildren(decl)) {
      const name = field(spec, 'name');
      const type = field(spec, 'type');
      if (spec.type !== 'type_spec' || !name || type?.type !== 'struct_type') continue;
      const list = namedChildren(type).find((c) => c.type === 'field_declaration_list');
      out[name.text] = namedChildren(list ?? null).flatMap((f) =>
        f.type === 'field_declaration' ? f.childrenForFieldName('name').flatMap((n) => (n ? [n.text] : [])) : [],
      );
    }
  }
  return out;
}

/** True for result types through which options or interceptors flow (grpc types, func types). */
function carriesChainValues(file: SourceFile, result: SyntaxNode | null): boolean {
  if (!result) return false;
  const first = result.type === 'parameter_list' ? field(namedChildren(result)[0] ?? result, 'type') : result;
  let type = first;
  while (type && (type.type === 'slice_type' || type.type === 'pointer_type')) type = type.type === 'slice_type' ? field(type, 'element') : type.namedChild(0);
  if (!type) return false;
  return type.type === 'function_type' || qualifiedTypeText(file, type).startsWith(`${GRPC_PKG}.`);
}

function functionFact(file: SourceFile, decl: SyntaxNode, hasConstructor: boolean): ChainFunctionFact | null {
  const name = field(decl, 'name');
  const body = field(decl, 'body');
  if (!name || !body) return null;
  const parameters = field(decl, 'parameters');
  const interceptorBody = interceptorFacts(file, decl);
  const carries = carriesChainValues(file, field(decl, 'result'));

  const types: TypeEnv = {};
  const params: string[] = [];
  let variadic: string | undefined;
  const receiver = decl.type === 'method_declaration' ? namedChildren(field(decl, 'receiver'))[0] : undefined;
  for (const param of [...(receiver ? flattenParameters(field(decl, 'receiver')).slice(0, 1) : []), ...flattenParameters(parameters)]) {
    const typeName = baseTypeName(param.type);
    if (!param.name) continue;
    params.push(param.name.text);
    if (typeName) types[param.name.text] = typeName;
    if (param.variadic) variadic = param.name.text;
  }
  const receiverType = receiver ? baseTypeName(field(receiver, 'type')) : null;

  const locals: LocalBinding[] = [];
  const returns: ExprFact[] = [];
  const laterReturns: ExprFact[][] = [];
  const fieldWrites: FieldWriteFact[] = [];
  const calls: SyntaxNode[] = [];
  walk(body, (node) => {
    if (node.type === 'call_expression' && mayBindParameters(file, node, params)) calls.push(node);
    if (node.type === 'func_literal') addLiteralParamTypes(node, types);
    else if (node.type === 'composite_literal') fieldWrites.push(...literalFieldWrites(file, node, types));
    if (node.type === 'assignment_statement') fieldWrites.push(...assignedFieldWrites(file, node, types));
    if (node.type === 'short_var_declaration' || node.type === 'assignment_statement' || node.type === 'var_spec') {
      locals.push(...bindingsOf(file, node, body, types));
    } else if (node.type === 'return_statement' && carries && !insideLiteral(node, body)) {
      const results = namedChildren(node)[0]?.type === 'expression_list' ? namedChildren(namedChildren(node)[0]!) : namedChildren(node);
      const first = results[0];
      if (first && first.type !== 'nil') returns.push(exprFact(file, first, types));
      results.slice(1).forEach((r, i) => {
        if (r.type !== 'nil') (laterReturns[i] ??= []).push(exprFact(file, r, types));
      });
    }
    return true;
  });
  // A function that writes struct fields may fill the options another function reads; one that calls may bind parameters.
  if (!interceptorBody && !carries && !hasConstructor && fieldWrites.length === 0 && calls.length === 0) return null;
  return {
    name: name.text,
    receiver: decl.type === 'method_declaration' ? receiverType : null,
    range: nodeRange(name),
    extent: nodeRange(decl),
    body: interceptorBody,
    returns,
    locals,
    params,
    paramTypes: types,
    ...(fieldWrites.length > 0 ? { fieldWrites } : {}),
    ...(variadic ? { variadic } : {}),
    ...(laterReturns.length > 0 ? { laterReturns } : {}),
    ...(calls.length > 0 ? { calls: calls.map((c) => exprFact(file, c, types, 0, false)) } : {}),
  };
}

/**
 * A call that may bind a workspace function's parameters: to a package function, a method or
 * a non-standard-library package (`handler(ctx, req)` on a parameter does not); no arguments bind an empty variadic one.
 */
function mayBindParameters(file: SourceFile, call: SyntaxNode, params: readonly string[]): boolean {
  const fn = unparen(field(call, 'function') ?? call);
  if (fn.type === 'identifier') return fn.text !== 'append' && fn.text !== 'make' && !params.includes(fn.text);
  if (fn.type !== 'selector_expression') return false;
  const operand = field(fn, 'operand');
  const importPath = operand?.type === 'identifier' ? file.imports.pathOf(operand.text) : undefined;
  return importPath === undefined || importPath.split('/')[0]!.includes('.');
}

function insideLiteral(node: SyntaxNode, body: SyntaxNode): boolean {
  for (let n = node.parent; n && n.id !== body.id; n = n.parent) if (n.type === 'func_literal') return true;
  return false;
}

/** The grpc constructor calls of a file in source order, found from the constructors' names in the text (no walk of the file). */
function constructorCalls(file: SourceFile): { node: SyntaxNode; kind: 'server' | 'client'; name: string; skip: number }[] {
  if (!file.imports.has(GRPC_PKG)) return [];
  const out: { node: SyntaxNode; kind: 'server' | 'client'; name: string; skip: number }[] = [];
  for (const name of ['NewServer', ...CLIENT_CONSTRUCTORS.keys()]) {
    for (const occurrence of file.nodesAt(name)) {
      const node = callOfSelectorField(occurrence);
      if (!node || file.callee(node)?.pkg !== GRPC_PKG) continue;
      const client = CLIENT_CONSTRUCTORS.get(name);
      if (client) out.push({ node, kind: 'client', name, skip: client.targetArg + 1 });
      else out.push({ node, kind: 'server', name, skip: 0 });
    }
  }
  return out.sort((a, b) => a.node.startIndex - b.node.startIndex);
}

function packageVars(file: SourceFile): PackageVarFact[] {
  const out: PackageVarFact[] = [];
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== 'var_declaration') continue;
    const specs = namedChildren(decl).flatMap((c) => (c.type === 'var_spec_list' ? namedChildren(c) : [c]));
    for (const spec of specs) {
      if (spec.type !== 'var_spec') continue;
      const names = spec.childrenForFieldName('name').filter((n): n is SyntaxNode => n !== null);
      const values = namedChildren(field(spec, 'value'));
      names.forEach((n, i) => {
        const value = values[i] ? exprFact(file, values[i]!, {}) : null;
        if (value && value.kind !== 'other') out.push({ name: n.text, value, range: nodeRange(n) });
      });
    }
  }
  return out;
}

/** `func NewCache() *Cache` → Cache: the package type a function's first result is. */
function resultTypes(file: SourceFile): Record<string, string> {
  const out: Record<string, string> = {};
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== 'function_declaration') continue;
    const name = field(decl, 'name');
    const result = field(decl, 'result');
    const first = result?.type === 'parameter_list' ? field(namedChildren(result)[0] ?? result, 'type') : result;
    const typeName = baseTypeName(first);
    if (name && typeName) out[name.text] = typeName;
  }
  return out;
}

/** The text and indentation a fix needs to move or insert before a constructor option and its call arguments. */
function addFixTexts(file: SourceFile, raw: SyntaxNode, fact: ExprFact): void {
  const setTexts = (n: SyntaxNode, f: ExprFact) => {
    const node = unparen(n);
    f.source = node.text;
    const lineStart = file.text.lastIndexOf('\n', node.startIndex - 1) + 1;
    const before = file.text.slice(lineStart, node.startIndex);
    if (before.trim() === '') f.indent = before;
    const lineEnd = file.text.indexOf('\n', node.endIndex);
    f.after = file.text.slice(node.endIndex, lineEnd < 0 ? file.text.length : lineEnd).replace(/\r$/, '');
  };
  if (raw.type === 'variadic_argument') return;
  setTexts(raw, fact);
  const option = unparen(raw);
  if (option.type !== 'call_expression' || !fact.args) return;
  callArguments(option).forEach((arg, i) => {
    if (arg.type !== 'variadic_argument' && fact.args![i]) setTexts(arg, fact.args![i]!);
  });
}

function mayDefineChainParts(file: SourceFile): boolean {
  return file.imports.has(GRPC_PKG) || file.imports.layout.specs.some((spec) => spec.path.startsWith('github.com/grpc-ecosystem/'));
}

/** `func metrics() *prom.ServerMetrics` → prom's import path: the package a function's first result comes from. */
function libraryResults(file: SourceFile): Record<string, string> {
  const out: Record<string, string> = {};
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== 'function_declaration') continue;
    const name = field(decl, 'name');
    const result = field(decl, 'result');
    let type = result?.type === 'parameter_list' ? field(namedChildren(result)[0] ?? result, 'type') : result;
    while (type?.type === 'pointer_type') type = type.namedChild(0);
    const pkg = type?.type === 'qualified_type' ? field(type, 'package')?.text : undefined;
    const importPath = pkg ? file.imports.pathOf(pkg) : undefined;
    if (name && importPath) out[name.text] = importPath;
  }
  return out;
}

export function extractChainFacts(file: SourceFile): ChainFileFacts {
  const calls = constructorCalls(file);
  const declsWithConstructor = new Set(calls.map((c) => enclosingDeclaration(c.node)?.id));
  const functions: ChainFunctionFact[] = [];
  const indexOfDecl = new Map<number, number>();
  // Interceptors, factories and option helpers all name grpc types: other files define none.
  const declarations = mayDefineChainParts(file) ? namedChildren(file.root) : [];
  for (const decl of declarations) {
    if (decl.type !== 'function_declaration' && decl.type !== 'method_declaration') continue;
    const fact = functionFact(file, decl, declsWithConstructor.has(decl.id));
    if (!fact) continue;
    indexOfDecl.set(decl.id, functions.length);
    functions.push(fact);
  }
  const constructors: ConstructorFact[] = calls.map(({ node, kind, name, skip }) => {
    const decl = enclosingDeclaration(node);
    const functionIndex = decl ? (indexOfDecl.get(decl.id) ?? null) : null;
    const types = functionIndex === null ? {} : functions[functionIndex]!.paramTypes;
    const args = callArguments(node).slice(skip);
    const options = args.map((a) => exprFact(file, a.type === 'variadic_argument' ? (a.namedChild(0) ?? a) : a, types));
    for (const [i, arg] of args.entries()) addFixTexts(file, arg, options[i]!);
    const fn = field(node, 'function');
    const callee = fn ? { text: fn.text, range: nodeRange(fn) } : undefined;
    return { kind, name, range: nodeRange(node), options, spread: spreadsLast(node), functionIndex, callee };
  });
  return {
    constructors,
    functions,
    vars: packageVars(file),
    structFields: declarations.length > 0 ? structFields(file) : {},
    resultTypes: resultTypes(file),
    libraryResults: libraryResults(file),
    middlewareV1Version: file.requiredVersion(MW_V1) ?? null,
    recoveryImport: calls.some((c) => c.kind === 'server') ? recoveryImport(file) : undefined,
  };
}
