// Functions as chain facts: their locals (in source order, conditional ones marked), returned
// values by position, parameters, field writes and the calls that may bind other functions' parameters.
import { qualifiedTypeText } from '../go/type-text';
import { flattenParameters } from '../go/scopes';
import {
  appendArguments,
  callArguments,
  enclosingFunction,
  field,
  InnermostEnclosing,
  namedChildren,
  nodeRange,
  prependedTo,
  unparen,
  type SyntaxNode,
} from '../go/syntax';
import { interceptorFacts } from '../interceptors/body';
import { CONNECT_PKGS, CONNECT_UNARY_INTERCEPTOR_FUNC } from '../knowledge/connect-api';
import { GRPC_PKG } from '../knowledge/grpc-api';
import type { SourceFile } from '../go/source-file';
import type { ChainFunctionFact, ExprFact, FieldWriteFact, LocalBinding } from './chain-facts';
import { addLiteralParamTypes, assignedFieldWrites, literalFieldWrites } from './field-writes';
import { argumentFacts, baseTypeName, exprFact, spreadsLast, type TypeEnv } from './option-values';

/** Statements whose body may not run: what makes a binding conditional. */
const CONDITIONAL_TYPES: readonly string[] = [
  'if_statement',
  'for_statement',
  'expression_switch_statement',
  'type_switch_statement',
  'select_statement',
  'func_literal',
];

function isAppendTo(value: SyntaxNode, name: string): boolean {
  const first = appendArguments(value)?.[0];
  return first?.type === 'identifier' && first.text === name;
}

/** conditionals: the statements of fn's body that may not run (CONDITIONAL_TYPES), asked in source order. */
function bindingsOf(file: SourceFile, stmt: SyntaxNode, fn: SyntaxNode, conditionals: InnermostEnclosing, types: TypeEnv): LocalBinding[] {
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
    // `var o options` before `opt(&o)`: functional options fill a struct declared without a value.
    const declared = baseTypeName(field(stmt, 'type'));
    for (const [i, n] of names.entries()) {
      pairs.push([n, values[i] ?? null, 0]);
      if (declared) types[n.text] = declared;
    }
  }
  const conditional = conditionals.of(stmt);
  const scope = conditional ? nodeRange(conditional) : null;
  const out: LocalBinding[] = [];
  const right = namedChildren(field(stmt, 'right'));
  for (const [target, raw, result] of pairs) {
    if (target.type !== 'identifier' || target.text === '_') continue;
    const { start: at, end } = nodeRange(stmt);
    // The variable written, through the file's scopes: one of a nested scope is not the one the function's later uses name.
    const declared = file.scopes.resolve(target)?.scope.node;
    const visible = declared && declared.id !== fn.id && declared.type !== 'source_file' ? { visible: nodeRange(declared) } : {};
    const rawValue = result > 0 && right[0] && unparen(right[0]).type === 'call_expression' ? right[0] : raw;
    const value = rawValue ? unparen(rawValue) : null;
    if (value && result > 0 && rawValue === right[0]) {
      out.push({ name: target.text, mode: 'assign', values: [{ ...exprFact(file, value, types), result }], spread: false, scope, at, end, ...visible });
      continue;
    }
    if (value && isAppendTo(value, target.text)) {
      const values = argumentFacts(file, callArguments(value).slice(1), types);
      out.push({ name: target.text, mode: 'append', values, spread: spreadsLast(value), scope, at, end, ...visible });
      continue;
    }
    const prefix = value ? prependedTo(value, target.text) : null;
    if (prefix) {
      out.push({ name: target.text, mode: 'prepend', values: [exprFact(file, unparen(prefix), types)], spread: false, scope, at, end, ...visible });
      continue;
    }
    if (value) {
      // `s := &Server{…}` gives s a type for method values; so does `v, ok := x.(*T)` (the first name is a T).
      const literal = value.type === 'unary_expression' ? value.namedChild(0) : value;
      const typed = literal?.type === 'composite_literal' || literal?.type === 'type_assertion_expression' ? field(literal, 'type') : null;
      const typeName = baseTypeName(typed);
      if (typeName) types[target.text] = typeName;
    }
    out.push({ name: target.text, mode: 'assign', values: value ? [exprFact(file, value, types)] : [], spread: false, scope, at, end, ...visible });
  }
  return out;
}

/** The nodes functionFact reads, in document order. */
const FACT_NODE_TYPES = [
  'call_expression',
  'func_literal',
  'composite_literal',
  'assignment_statement',
  'short_var_declaration',
  'var_spec',
  'return_statement',
];

/** The element type of a function's first result (slices and pointers taken off), or null. */
function firstResultType(result: SyntaxNode | null): SyntaxNode | null {
  if (!result) return null;
  let type = result.type === 'parameter_list' ? field(namedChildren(result)[0] ?? result, 'type') : result;
  while (type && (type.type === 'slice_type' || type.type === 'pointer_type')) type = type.type === 'slice_type' ? field(type, 'element') : type.namedChild(0);
  return type;
}

const connectInterceptorTypesCache = new WeakMap<SourceFile, ReadonlySet<string>>();

/** The file's types with a WrapUnary method: connect interceptors (a constructor of one makes an interceptor). */
function connectInterceptorTypes(file: SourceFile): ReadonlySet<string> {
  let types = connectInterceptorTypesCache.get(file);
  if (!types) {
    const found = new Set<string>();
    if ([...CONNECT_PKGS].some((p) => file.imports.has(p))) {
      for (const decl of namedChildren(file.root)) {
        if (decl.type !== 'method_declaration' || field(decl, 'name')?.text !== 'WrapUnary') continue;
        const receiver = baseTypeName(flattenParameters(field(decl, 'receiver'))[0]?.type ?? null);
        if (receiver) found.add(receiver);
      }
    }
    connectInterceptorTypesCache.set(file, (types = found));
  }
  return types;
}

/** True for result types through which options or interceptors flow (grpc and connect types, the file's connect interceptor types, func types). */
function carriesChainValues(file: SourceFile, type: SyntaxNode | null): boolean {
  if (!type) return false;
  if (type.type === 'type_identifier') return connectInterceptorTypes(file).has(type.text);
  const text = qualifiedTypeText(file, type);
  return type.type === 'function_type' || text.startsWith(`${GRPC_PKG}.`) || CONNECT_PKGS.has(text.slice(0, text.lastIndexOf('.')));
}

/** The result is a `connect.UnaryInterceptorFunc`: an interceptor of unary calls only. */
function returnsUnaryInterceptorFunc(file: SourceFile, type: SyntaxNode | null): boolean {
  if (type?.type !== 'qualified_type') return false;
  const text = qualifiedTypeText(file, type);
  return text.endsWith(`.${CONNECT_UNARY_INTERCEPTOR_FUNC}`) && CONNECT_PKGS.has(text.slice(0, text.lastIndexOf('.')));
}

/**
 * The chain facts of a function or method, or of a func literal outside any (named after its
 * line: no call can name it).
 */
export function functionFact(file: SourceFile, decl: SyntaxNode, hasConstructor: boolean): ChainFunctionFact | null {
  const nameNode = decl.type === 'func_literal' ? decl.child(0) : field(decl, 'name');
  const body = field(decl, 'body');
  if (!nameNode || !body) return null;
  const name = decl.type === 'func_literal' ? `func literal at line ${decl.startPosition.row + 1}` : nameNode.text;
  const parameters = field(decl, 'parameters');
  const interceptorBody = interceptorFacts(file, decl);
  const resultType = firstResultType(field(decl, 'result'));
  const carries = carriesChainValues(file, resultType);

  const types: TypeEnv = {};
  const params: string[] = [];
  let variadic: string | undefined;
  const receiver = decl.type === 'method_declaration' ? flattenParameters(field(decl, 'receiver'))[0] : undefined;
  for (const param of [...(receiver ? [receiver] : []), ...flattenParameters(parameters)]) {
    if (!param.name) continue;
    const typeName = baseTypeName(param.type);
    params.push(param.name.text);
    if (typeName) types[param.name.text] = typeName;
    if (param.variadic) variadic = param.name.text;
  }
  const receiverType = receiver ? baseTypeName(receiver.type) : null;

  const locals: LocalBinding[] = [];
  const returns: ExprFact[] = [];
  const laterReturns: ExprFact[][] = [];
  const fieldWrites: FieldWriteFact[] = [];
  const calls: SyntaxNode[] = [];
  const conditionals = new InnermostEnclosing(body, CONDITIONAL_TYPES);
  // Found inside the wasm: a JavaScript walk over every node of every function costs several times the parse.
  for (const node of body.descendantsOfType(FACT_NODE_TYPES)) {
    if (!node) continue;
    if (node.type === 'call_expression' && mayBindParameters(file, node, params)) calls.push(node);
    if (node.type === 'func_literal') addLiteralParamTypes(node, types);
    else if (node.type === 'composite_literal') fieldWrites.push(...literalFieldWrites(file, node, types));
    if (node.type === 'assignment_statement') fieldWrites.push(...assignedFieldWrites(file, node, types));
    if (node.type === 'short_var_declaration' || node.type === 'assignment_statement' || node.type === 'var_spec') {
      locals.push(...bindingsOf(file, node, decl, conditionals, types));
    } else if (node.type === 'return_statement' && carries && enclosingFunction(node)?.id === decl.id) {
      const results = namedChildren(node)[0]?.type === 'expression_list' ? namedChildren(namedChildren(node)[0]!) : namedChildren(node);
      const first = results[0];
      if (first && first.type !== 'nil') returns.push(exprFact(file, first, types));
      results.slice(1).forEach((r, i) => {
        if (r.type !== 'nil') (laterReturns[i] ??= []).push(exprFact(file, r, types));
      });
    }
  }
  // A function that writes struct fields may fill the options another function reads; one that calls may bind parameters.
  if (!interceptorBody && !carries && !hasConstructor && fieldWrites.length === 0 && calls.length === 0) return null;
  return {
    name,
    receiver: decl.type === 'method_declaration' ? receiverType : null,
    range: nodeRange(nameNode),
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
    ...(returnsUnaryInterceptorFunc(file, resultType) ? { unaryOnly: true as const } : {}),
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
