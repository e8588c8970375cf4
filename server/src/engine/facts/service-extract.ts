// Extracts a file's service facts: `Register<Service>Server(s, impl)` calls with what impl is,
// and goroutines without their own recover() started in interceptors or methods.
import { deferRecoverFix } from '../fixes/defer-recover';
import { dialFacts, requestCallFacts } from './dial-extract';
import { goroutineDoesWork } from '../flow/goroutine-work';
import {
  callArguments,
  callOfSelectorField,
  enclosingDeclaration,
  enclosingFunction,
  field,
  namedChildren,
  nodeRange,
  unparen,
  walk,
  type SyntaxNode,
} from '../go/syntax';
import { receiverTypeName } from '../go/type-text';
import { hasDeferredRecover } from '../interceptors/recovery';
import { interceptorLabel, interceptorShape } from '../interceptors/shape';
import type { SourceFile } from '../go/source-file';
import type { ImplFact, NamedTypeRef, RegistrationFact, ServiceFileFacts, UnrecoveredGoroutineFact } from './service-facts';

/** protoc-gen-go-grpc's registration function: `RegisterGreeterServer`. */
const REGISTER_FUNCTION = /^Register(\w+)Server$/;

/** How many local assignments are followed back from the impl argument (`s := impl; Register…(g, s)`). */
const MAX_BINDING_DEPTH = 2;

/** The named type of a type expression without pointer or type arguments: own package (pkg null) or imported. */
function namedType(file: SourceFile, raw: SyntaxNode | null): NamedTypeRef | null {
  let type = raw;
  while (type && (type.type === 'pointer_type' || type.type === 'generic_type' || type.type === 'parenthesized_type')) {
    type = type.type === 'generic_type' ? field(type, 'type') : type.namedChild(0);
  }
  if (type?.type === 'type_identifier') return { pkg: null, name: type.text };
  if (type?.type !== 'qualified_type') return null;
  const pkg = field(type, 'package')?.text;
  const name = field(type, 'name')?.text;
  const importPath = pkg ? file.imports.pathOf(pkg) : undefined;
  return importPath && name ? { pkg: importPath, name } : null;
}

/** The value last assigned to name in decl before offset (`x := v`, `x = v`, `var x = v`), or the declared type (`var x T`). */
function lastBinding(decl: SyntaxNode, name: string, before: number): { value: SyntaxNode | null; type: SyntaxNode | null } | null {
  let found: { value: SyntaxNode | null; type: SyntaxNode | null } | null = null;
  const body = field(decl, 'body');
  if (!body) return null;
  walk(body, (node) => {
    if (node.startIndex >= before) return false;
    const isAssign = node.type === 'short_var_declaration' || node.type === 'assignment_statement';
    if (!isAssign && node.type !== 'var_spec') return true;
    const left = isAssign ? namedChildren(field(node, 'left')) : node.childrenForFieldName('name').filter((n): n is SyntaxNode => n !== null);
    const right = namedChildren(field(node, isAssign ? 'right' : 'value'));
    const i = left.findIndex((l) => l.type === 'identifier' && l.text === name);
    // `x, err := NewX()`: x is the call's first result.
    const firstOfCall = i === 0 && right.length === 1 && unparen(right[0]!).type === 'call_expression';
    if (i >= 0 && (right.length === left.length || firstOfCall)) found = { value: right[i]!, type: null };
    else if (i >= 0 && right.length === 0 && node.type === 'var_spec') found = { value: null, type: field(node, 'type') };
    else if (i >= 0) found = null;
    return true;
  });
  return found;
}

/** The declared type of a parameter or receiver of decl named name. */
function parameterType(decl: SyntaxNode, name: string): SyntaxNode | null {
  for (const list of [field(decl, 'receiver'), field(decl, 'parameters')]) {
    for (const param of namedChildren(list)) {
      if (param.childrenForFieldName('name').some((n) => n?.text === name)) return field(param, 'type');
    }
  }
  return null;
}

/** What an impl argument is: `&T{}`, `T{}`, `new(T)`, `NewT(…)`, or a parameter or local bound to one of them. */
function implOf(file: SourceFile, raw: SyntaxNode, decl: SyntaxNode | null, depth = 0): ImplFact | null {
  const node = unparen(raw);
  if (node.type === 'unary_expression' && node.child(0)?.type === '&' && node.namedChild(0)) return implOf(file, node.namedChild(0)!, decl, depth);
  if (node.type === 'composite_literal') {
    const type = namedType(file, field(node, 'type'));
    return type ? { type } : null;
  }
  if (node.type === 'call_expression') {
    const fn = field(node, 'function');
    const first = callArguments(node)[0];
    if (fn?.type === 'identifier' && fn.text === 'new' && first) {
      const type = namedType(file, first);
      return type ? { type } : null;
    }
    const callee = fn ? file.qualify(fn) : null;
    return callee ? { resultOf: callee } : null;
  }
  const operand = node.type === 'selector_expression' ? field(node, 'operand') : null;
  const member = node.type === 'selector_expression' ? field(node, 'field')?.text : undefined;
  if (operand?.type === 'identifier' && member && decl) {
    const type = namedType(file, parameterType(decl, operand.text));
    return type ? { fieldOf: { type, field: member } } : null;
  }
  if (node.type !== 'identifier' || !decl || depth > MAX_BINDING_DEPTH) return null;
  const binding = lastBinding(decl, node.text, node.startIndex);
  if (binding?.value) return implOf(file, binding.value, decl, depth + 1);
  const declared = binding ? binding.type : parameterType(decl, node.text);
  const type = namedType(file, declared);
  return type ? { type } : null;
}

/** The `Register<Service>Server(server, impl)` calls of the file, found from the word `Register` in the text. */
function registrations(file: SourceFile): RegistrationFact[] {
  const out: RegistrationFact[] = [];
  const word = 'Register';
  for (let at = file.text.indexOf(word); at >= 0; at = file.text.indexOf(word, at + word.length)) {
    const name = file.root.descendantForIndex(at, at + word.length);
    if (!name || name.startIndex !== at) continue;
    const service = REGISTER_FUNCTION.exec(name.text)?.[1];
    if (!service) continue;
    const parent = name.parent;
    const call =
      name.type === 'field_identifier'
        ? callOfSelectorField(name)
        : name.type === 'identifier' && parent?.type === 'call_expression' && field(parent, 'function')?.id === name.id
          ? parent
          : null;
    const args = call ? callArguments(call) : [];
    if (!call || args.length !== 2) continue;
    const callee = file.qualify(field(call, 'function')!);
    if (!callee) continue;
    out.push({
      service,
      servicePkg: callee.pkg,
      server: args[0]!.text,
      impl: implOf(file, args[1]!, enclosingDeclaration(call)),
      range: nodeRange(call),
    });
  }
  return out;
}

/** `go func() { … }()` without a deferred recover() of its own, in an interceptor or a method. */
function unrecoveredGoroutines(file: SourceFile): UnrecoveredGoroutineFact[] {
  const out: UnrecoveredGoroutineFact[] = [];
  for (const keyword of file.nodesAt('go')) {
    const statement = keyword.parent;
    if (keyword.type !== 'go' || statement?.type !== 'go_statement') continue;
    const call = namedChildren(statement).find((c) => c.type === 'call_expression');
    const literal = call ? field(call, 'function') : null;
    // Named functions are not followed: only func literals can be judged here.
    if (literal?.type !== 'func_literal' || hasDeferredRecover(file, literal)) continue;
    const owner = enclosingFunction(statement);
    if (!owner) continue;
    const shape = interceptorShape(file, owner);
    const receiver = owner.type === 'method_declaration' ? receiverTypeName(field(owner, 'receiver')) : null;
    const name = field(owner, 'name')?.text;
    if (!shape && !(receiver && name)) continue;
    out.push({
      range: nodeRange(keyword),
      ...(shape ? { interceptor: interceptorLabel(shape) } : {}),
      ...(receiver && name ? { method: { receiver, name } } : {}),
      doesWork: goroutineDoesWork(file, literal),
      fixes: deferRecoverFix(file, literal),
    });
  }
  return out;
}

export function extractServiceFacts(file: SourceFile): ServiceFileFacts {
  return { registrations: registrations(file), goroutines: unrecoveredGoroutines(file), ...dialFacts(file), requestCalls: requestCallFacts(file) };
}
