// Extracts a file's service facts: `Register<Service>Server(s, impl)` and connect
// `New<Service>Handler(impl, …)` calls with what impl is, and goroutines without their own
// recover() started in interceptors or methods.
import { spanFacts } from './span-extract';
import { deferRecoverFix } from '../fixes/defer-recover';
import { dialFacts, requestCallFacts } from './dial-extract';
import { connectHandlerCalls } from '../flow/connect-handlers';
import { doesPanickingWork } from '../interceptors/panicking-work';
import { callArguments, containsNode, enclosingDeclaration, enclosingFunction, field, namedChildren, nodeRange, unparen, type SyntaxNode } from '../go/syntax';
import { receiverTypeName } from '../go/type-text';
import { deferredFunctionsElsewhere, hasDeferredRecover } from '../interceptors/recovery';
import { interceptorLabel, interceptorShape } from '../interceptors/shape';
import type { SourceFile } from '../go/source-file';
import { registrationCalls } from '../knowledge/grpc-api';
import type { ImplFact, MethodRecoveryFact, NamedTypeRef, RegistrationFact, ServiceFileFacts, UnrecoveredGoroutineFact } from './service-facts';

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

interface Bound {
  value: SyntaxNode | null;
  type: SyntaxNode | null;
}

/** What the write of target (a name on the left of `:=`/`=` or of a var spec) binds it to, or null when it cannot be read. */
function boundBy(target: SyntaxNode): Bound | null {
  const holder = target.parent?.type === 'expression_list' ? target.parent.parent : target.parent;
  if (!holder) return null;
  const isAssign = holder.type === 'short_var_declaration' || holder.type === 'assignment_statement';
  if (isAssign ? field(holder, 'left')?.id !== target.parent?.id : holder.type !== 'var_spec') return null;
  const left = isAssign ? namedChildren(field(holder, 'left')) : holder.childrenForFieldName('name').filter((n): n is SyntaxNode => n !== null);
  const right = namedChildren(field(holder, isAssign ? 'right' : 'value'));
  const i = left.findIndex((l) => l.id === target.id);
  // `x, err := NewX()`: x is the call's first result.
  const firstOfCall = i === 0 && right.length === 1 && unparen(right[0]!).type === 'call_expression';
  if (i >= 0 && (right.length === left.length || firstOfCall)) return { value: right[i]!, type: null };
  if (i >= 0 && right.length === 0 && holder.type === 'var_spec') return { value: null, type: field(holder, 'type') };
  return null;
}

/**
 * The value last written to the local variable ident names, before ident (`x := v`, `x = v`,
 * `var x = v`), or its declared type (`var x T`); found through the file's scopes, so a
 * same-named variable of another block or closure is not taken for it.
 */
function lastBinding(file: SourceFile, decl: SyntaxNode, ident: SyntaxNode): Bound | null {
  const variable = file.scopes.resolve(ident);
  const local = variable?.kind === 'var' || variable?.kind === 'param' || variable?.kind === 'receiver';
  if (!variable || !local || !containsNode(decl, variable.node)) return null;
  let last: SyntaxNode | null = null;
  for (const n of [variable.node, ...file.scopes.usesOf(variable)]) {
    if (n.startIndex < ident.startIndex && isWritten(n) && (!last || n.startIndex > last.startIndex)) last = n;
  }
  return last && boundBy(last);
}

/** ident is written: on the left of `:=`/`=` (or another assignment), or a var spec's name. */
function isWritten(ident: SyntaxNode): boolean {
  const parent = ident.parent;
  if (parent?.type === 'var_spec') return parent.childrenForFieldName('name').some((n) => n?.id === ident.id);
  const holder = parent?.type === 'expression_list' ? parent.parent : null;
  return !!holder && (holder.type === 'short_var_declaration' || holder.type === 'assignment_statement') && field(holder, 'left')?.id === parent!.id;
}

/** The declared type of the parameter or receiver of decl that ident names. */
function parameterType(file: SourceFile, decl: SyntaxNode, ident: SyntaxNode): SyntaxNode | null {
  const d = file.scopes.resolve(ident);
  return file.scopes.isParameterOf(d, decl) || file.scopes.isParameterOf(d, decl, 'receiver') ? field(d.declarer, 'type') : null;
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
    const type = namedType(file, parameterType(file, decl, operand));
    return type ? { fieldOf: { type, field: member } } : null;
  }
  if (node.type !== 'identifier' || !decl || depth > MAX_BINDING_DEPTH) return null;
  const binding = lastBinding(file, decl, node);
  if (binding?.value) return implOf(file, binding.value, decl, depth + 1);
  const declared = binding ? binding.type : parameterType(file, decl, node);
  const type = namedType(file, declared);
  return type ? { type } : null;
}

/** The file's gRPC registrations and connect handler constructions, in source order. */
function registrations(file: SourceFile): RegistrationFact[] {
  const found: { at: number; fact: RegistrationFact }[] = [];
  for (const { service, call, server, impl } of registrationCalls(file)) {
    const callee = file.qualify(field(call, 'function')!);
    if (!callee) continue;
    const fact: RegistrationFact = {
      framework: 'grpc',
      service,
      servicePkg: callee.pkg,
      server: server.text,
      impl: implOf(file, impl, enclosingDeclaration(call)),
      range: nodeRange(call),
    };
    found.push({ at: call.startIndex, fact });
  }
  for (const { call, service, pkg } of connectHandlerCalls(file)) {
    const impl = implOf(file, callArguments(call)[0]!, enclosingDeclaration(call));
    found.push({ at: call.startIndex, fact: { framework: 'connect', service, servicePkg: pkg, impl, range: nodeRange(call) } });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.fact);
}

/** `go func() { … }()` without a deferred recover() of its own, in an interceptor or a method. */
function unrecoveredGoroutines(file: SourceFile): UnrecoveredGoroutineFact[] {
  const out: UnrecoveredGoroutineFact[] = [];
  const recoveryOf = new Map<number, MethodRecoveryFact>();
  const methodRecovery = (method: SyntaxNode): MethodRecoveryFact => {
    let known = recoveryOf.get(method.id);
    if (!known) recoveryOf.set(method.id, (known = { recovers: hasDeferredRecover(file, method), deferred: deferredFunctionsElsewhere(file, method) }));
    return known;
  };
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
      ...(receiver && name ? { method: { receiver, name }, methodRecovery: methodRecovery(owner) } : {}),
      doesWork: doesPanickingWork(file, literal),
      fixes: deferRecoverFix(file, literal),
    });
  }
  return out;
}

export function extractServiceFacts(file: SourceFile): ServiceFileFacts {
  return {
    registrations: registrations(file),
    goroutines: unrecoveredGoroutines(file),
    ...dialFacts(file),
    requestCalls: requestCallFacts(file),
    spans: spanFacts(file),
  };
}
