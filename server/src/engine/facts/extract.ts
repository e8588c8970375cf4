// Builds a file's FileFacts from its syntax tree.
import { extractChainFacts } from './chain-extract';
import { parametersOf, resultTypesOf, structFieldTypes } from './parameters';
import { extractServiceFacts } from './service-extract';
import { extractTypeFacts } from './type-facts';
import type { ContextImportFact, FileFacts, FunctionFact, NilArgumentFact } from './file-facts';
import { importsForFix } from '../fixes/imports';
import { builtinKeyUses } from '../flow/builtin-keys';
import { assertsRejected } from '../flow/test-assertions';
import { callArguments, enclosingFunction, field, namedChildren, nodeRange, type SyntaxNode } from '../go/syntax';
import { CONTEXT_TYPE } from '../knowledge/context-api';
import { receiverTypeName } from '../go/type-text';
import type { SourceFile } from '../go/source-file';
import { readSuppressions } from '../config/suppressions';
import { readTestCode } from '../config/test-code';

/**
 * `name == nil` or `name != nil` somewhere in body, name being fn's parameter (not a local of
 * the same name), found from the occurrences of `nil`: far rarer than those of a context's name,
 * each of which costs a descent from the root.
 */
function comparedWithNil(file: SourceFile, name: string, fn: SyntaxNode, body: SyntaxNode): boolean {
  // The comparisons first: the file's scopes are built only for a function that has one (most have none).
  const compared = file.nodesAt('nil', body.startIndex, body.endIndex).flatMap((nil) => {
    const comparison = nil.parent;
    if (nil.type !== 'nil' || comparison?.type !== 'binary_expression') return [];
    const operator = field(comparison, 'operator')?.text;
    const other = field(comparison, 'left')?.id === nil.id ? field(comparison, 'right') : field(comparison, 'left');
    return (operator === '==' || operator === '!=') && other?.type === 'identifier' && other.text === name ? [other] : [];
  });
  if (compared.length === 0) return false;
  const param = file.scopes.lookup(name, body.startIndex);
  return file.scopes.isParameterOf(param, fn) && compared.some((other) => file.scopes.resolve(other) === param);
}

/** The declared functions and methods whose own body (not a func literal in it) calls recover(). */
function recoveringDeclarations(file: SourceFile): Set<number> {
  const out = new Set<number>();
  for (const name of file.nodesAt('recover')) {
    const call = name.parent;
    if (!call || !file.callsBuiltin(call, 'recover') || field(call, 'function')?.id !== name.id) continue;
    const fn = enclosingFunction(call);
    if (fn && fn.type !== 'func_literal') out.add(fn.id);
  }
  return out;
}

function functionFacts(file: SourceFile): FunctionFact[] {
  const out: FunctionFact[] = [];
  const recovering = recoveringDeclarations(file);
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== 'function_declaration' && decl.type !== 'method_declaration') continue;
    const name = field(decl, 'name');
    if (!name) continue;
    const { params, variadic } = parametersOf(file, field(decl, 'parameters'));
    const body = field(decl, 'body');
    for (const param of params) {
      if (body && param.name && param.qualifiedType === CONTEXT_TYPE) param.nilChecked = comparedWithNil(file, param.name, decl, body);
    }
    out.push({
      name: name.text,
      receiver: decl.type === 'method_declaration' ? receiverTypeName(field(decl, 'receiver')) : null,
      params,
      variadic,
      results: resultTypesOf(file, field(decl, 'result')),
      range: nodeRange(name),
      ...(recovering.has(decl.id) ? { recovers: true as const } : {}),
    });
  }
  return out;
}

function nilArgumentFacts(file: SourceFile): NilArgumentFact[] {
  const out: NilArgumentFact[] = [];
  const calls = new Set<number>();
  for (const nil of file.nodesAt('nil')) {
    const call = nil.type === 'nil' && nil.parent?.type === 'argument_list' ? nil.parent.parent : null;
    if (call?.type !== 'call_expression' || calls.has(call.id)) continue;
    calls.add(call.id);
    // `f(x, nil...)` wraps its nil in a variadic_argument: a nil slice, not a nil context.
    const args = callArguments(call);
    const nilIndexes = args.flatMap((arg, i) => (arg.type === 'nil' ? [i] : []));
    if (nilIndexes.length === 0) continue;
    const callee = file.callee(call);
    if (!callee) continue;
    const rejectionAsserted = assertsRejected(file, call);
    for (const argIndex of nilIndexes) out.push({ callee, argIndex, range: nodeRange(args[argIndex]!), rejectionAsserted });
  }
  return out;
}

function contextImportFact(file: SourceFile): ContextImportFact | undefined {
  if (file.imports.nameOf('context') === '.') return { name: '.', edits: [] };
  const imports = importsForFix(file, ['context']);
  const name = imports?.names.get('context');
  return imports && name ? { name, edits: imports.edits } : undefined;
}

export function extractFacts(file: SourceFile): FileFacts {
  const nilArguments = nilArgumentFacts(file);
  return {
    path: file.path,
    packagePath: file.packagePath,
    packageName: file.packageName,
    functions: functionFacts(file),
    structs: structFieldTypes(file),
    nilArguments,
    contextImport: nilArguments.length > 0 ? contextImportFact(file) : undefined,
    builtinKeys: builtinKeyUses(file),
    syntaxErrors: file.syntaxErrors,
    suppressions: readSuppressions(file),
    testCode: readTestCode(file),
    types: extractTypeFacts(file),
    chains: extractChainFacts(file),
    services: extractServiceFacts(file),
  };
}
