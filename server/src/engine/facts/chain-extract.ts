// Extracts a file's chain facts from its syntax tree: constructor calls with their option
// expressions, the functions and package variables options and interceptors may come from.
import { callArguments, field, namedChildren, nodeRange, outermostFunction, varSpecs, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import type { ChainFileFacts, ChainFunctionFact, PackageVarFact } from './chain-facts';
import { MW_V1 } from '../knowledge/grpc-middleware';
import { constructorCalls, constructorFact } from './constructor-calls';
import { structFields } from './field-writes';
import { functionFact } from './function-facts';
import { fxProvided } from './fx-provided';
import { baseTypeName, exprFact, mayDefineChainParts } from './option-values';
import { recoveryImport } from './recovery-import';

function packageVars(file: SourceFile): PackageVarFact[] {
  const out: PackageVarFact[] = [];
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== 'var_declaration') continue;
    for (const spec of varSpecs(decl)) {
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

/** Go 1.21's memoised constructors: `var m = sync.OnceValue(func() T {…})` is called like a func() T. */
const ONCE_VALUE_FUNCS: ReadonlySet<string> = new Set(['OnceValue', 'OnceValues']);

/**
 * The package-level names a call gives a value of a declared type, with that type's node (a
 * function's first result): functions, and vars holding a `sync.OnceValue(func() T {…})`.
 */
function* resultTypeNodes(file: SourceFile): Generator<{ name: string; type: SyntaxNode | null }> {
  const first = (result: SyntaxNode | null) => (result?.type === 'parameter_list' ? field(namedChildren(result)[0] ?? result, 'type') : result);
  for (const decl of namedChildren(file.root)) {
    if (decl.type === 'function_declaration') {
      const name = field(decl, 'name');
      if (name) yield { name: name.text, type: first(field(decl, 'result')) };
    }
    if (decl.type !== 'var_declaration') continue;
    for (const spec of varSpecs(decl)) {
      const names = spec.childrenForFieldName('name');
      const values = namedChildren(field(spec, 'value'));
      if (names.length !== 1 || values.length !== 1 || !names[0]) continue;
      const call = values[0]!;
      const literal = call.type === 'call_expression' && file.isCallTo(call, 'sync', ONCE_VALUE_FUNCS) ? callArguments(call)[0] : undefined;
      if (literal?.type === 'func_literal') yield { name: names[0].text, type: first(field(literal, 'result')) };
    }
  }
}

/** `func NewCache() *Cache` → Cache: the package type a function's first result is. */
function resultTypes(file: SourceFile): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name, type } of resultTypeNodes(file)) {
    const typeName = baseTypeName(type);
    if (typeName) out[name] = typeName;
  }
  return out;
}

/** `func metrics() *prom.ServerMetrics` → prom's import path: the package a function's first result comes from. */
function libraryResults(file: SourceFile): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name, type: result } of resultTypeNodes(file)) {
    let type = result;
    while (type?.type === 'pointer_type') type = type.namedChild(0);
    const pkg = type?.type === 'qualified_type' ? field(type, 'package')?.text : undefined;
    const importPath = pkg ? file.imports.pathOf(pkg) : undefined;
    if (importPath) out[name] = importPath;
  }
  return out;
}

export function extractChainFacts(file: SourceFile): ChainFileFacts {
  const calls = constructorCalls(file);
  const callFunctions = calls.map((c) => outermostFunction(c.node));
  const declsWithConstructor = new Set(callFunctions.map((fn) => fn?.id));
  const functions: ChainFunctionFact[] = [];
  const indexOfDecl = new Map<number, number>();
  const add = (decl: SyntaxNode) => {
    const fact = functionFact(file, decl, declsWithConstructor.has(decl.id));
    if (!fact) return;
    indexOfDecl.set(decl.id, functions.length);
    functions.push(fact);
  };
  // Interceptors, factories and option helpers all name grpc types: other files define none.
  const declarations = mayDefineChainParts(file) ? namedChildren(file.root) : [];
  for (const decl of declarations) if (decl.type === 'function_declaration' || decl.type === 'method_declaration') add(decl);
  // A constructor in a package-level var's func literal: the literal's locals hold its options.
  for (const fn of new Set(callFunctions)) if (fn?.type === 'func_literal') add(fn);
  const constructors = calls.map((call) => constructorFact(file, call, functions, indexOfDecl));
  return {
    constructors,
    functions,
    vars: packageVars(file),
    structFields: declarations.length > 0 ? structFields(file) : {},
    resultTypes: resultTypes(file),
    libraryResults: libraryResults(file),
    middlewareV1Version: file.requiredVersion(MW_V1) ?? null,
    recoveryImport: calls.some((c) => c.kind === 'server') ? recoveryImport(file) : undefined,
    fxProvided: fxProvided(file),
  };
}
