// Recognising an interceptor by its signature: the distinctive grpc parameter types decide the
// kind (parameter names and the spelling of `any`/`interface{}` do not matter). A connect-go
// interceptor is the func a wrapper taking `next connect.UnaryFunc` (or a streaming func) returns.
import { enclosingFunction, field, FUNCTION_TYPES, type SyntaxNode } from '../go/syntax';
import { flattenParameters } from '../go/scopes';
import type { SourceFile } from '../go/source-file';
import { CONNECT_NEXT_TYPES, CONNECT_PKGS } from '../knowledge/connect-api';
import { GRPC_PKG } from '../knowledge/grpc-api';
import { INTERCEPTOR_SIDE, type InterceptorKind } from './types';

export interface InterceptorShape {
  kind: InterceptorKind;
  /** The function (declaration, method or literal) with the interceptor signature. */
  fn: SyntaxNode;
  /** The incoming context parameter; null for stream server interceptors and `_`/unnamed ones. */
  ctxName: string | null;
  /** handler/invoker/streamer; null when `_` or unnamed: next can never be called. */
  nextName: string | null;
  /** A stream server interceptor's grpc.ServerStream (connect: StreamingHandlerConn) parameter (null otherwise or when `_`). */
  streamName: string | null;
  /** A unary client interceptor's reply parameter (null otherwise or when `_`). */
  replyName: string | null;
  /** connect: the wrapper whose parameter next is (`WrapUnary(next)`); absent when fn declares next. */
  nextOwner?: SyntaxNode;
  /** A client interceptor's variadic `opts ...grpc.CallOption` parameter (null otherwise or when `_`/unnamed). */
  optsName: string | null;
}

interface Param {
  name: string | null;
  type: SyntaxNode;
  variadic: boolean;
}

/** The typed parameters one by one: `req, reply any` yields two entries. */
function flattenParams(list: SyntaxNode | null): Param[] {
  return flattenParameters(list).flatMap((p) =>
    p.type ? [{ name: p.name && p.name.text !== '_' ? p.name.text : null, type: p.type, variadic: p.variadic }] : [],
  );
}

/** True when type is `grpc.<name>` (or `*grpc.<name>` when pointer), whatever the import's local name. */
function isGrpcType(file: SourceFile, type: SyntaxNode, name: string, pointer = false): boolean {
  let t = type;
  if (pointer) {
    if (t.type !== 'pointer_type' || !t.namedChild(0)) return false;
    t = t.namedChild(0)!;
  }
  if (t.type !== 'qualified_type') return false;
  const pkg = field(t, 'package');
  return !!pkg && field(t, 'name')?.text === name && file.imports.pathOf(pkg.text) === GRPC_PKG;
}

/** True when type is `connect.<name>` from either of connect-go's import paths. */
function isConnectType(file: SourceFile, type: SyntaxNode, name: string): boolean {
  if (type.type !== 'qualified_type' || field(type, 'name')?.text !== name) return false;
  const pkg = field(type, 'package');
  return !!pkg && CONNECT_PKGS.has(file.imports.pathOf(pkg.text) ?? '');
}

/** The result types of fn, one per result (`(_ AnyResponse, err error)` gives two). */
function resultTypes(fn: SyntaxNode): SyntaxNode[] {
  const result = field(fn, 'result');
  if (!result) return [];
  return result.type === 'parameter_list' ? flattenParams(result).map((p) => p.type) : [result];
}

/**
 * A connect interceptor: a func literal `func(ctx context.Context, req connect.AnyRequest)
 * (connect.AnyResponse, error)` (or a streaming one) whose enclosing function takes the
 * matching `next connect.UnaryFunc`. A func of that signature outside such a wrapper is a
 * handler or a terminal step, not an interceptor.
 */
function connectShape(file: SourceFile, fn: SyntaxNode, p: Param[]): InterceptorShape | null {
  if (fn.type !== 'func_literal' || p.length !== 2 || !isContextType(file, p[0]!.type)) return null;
  const results = resultTypes(fn);
  for (const [nextType, wrapped] of CONNECT_NEXT_TYPES) {
    if (!isConnectType(file, p[1]!.type, wrapped.params[0]!) || results.length !== wrapped.results.length) continue;
    const resultsMatch = wrapped.results.every((name, i) =>
      name === 'error' ? results[i]!.type === 'type_identifier' && results[i]!.text === 'error' : isConnectType(file, results[i]!, name),
    );
    const outer = resultsMatch ? enclosingFunction(fn) : null;
    const next = outer ? flattenParams(field(outer, 'parameters')).filter((q) => isConnectType(file, q.type, nextType)) : [];
    if (next.length !== 1) return null;
    const kind = wrapped.kind;
    return {
      kind,
      fn,
      ctxName: p[0]!.name,
      nextName: next[0]!.name,
      nextOwner: outer!,
      streamName: kind === 'connect-stream-handler' ? p[1]!.name : null,
      replyName: null,
      optsName: null,
    };
  }
  return null;
}

function isContextType(file: SourceFile, type: SyntaxNode): boolean {
  if (type.type !== 'qualified_type') return false;
  const pkg = field(type, 'package');
  return !!pkg && field(type, 'name')?.text === 'Context' && file.imports.pathOf(pkg.text) === 'context';
}

function kindOf(file: SourceFile, p: Param[]): InterceptorKind | null {
  const t = (i: number, name: string, pointer = false): boolean => isGrpcType(file, p[i]!.type, name, pointer);
  if (p.length === 4 && t(2, 'UnaryServerInfo', true) && t(3, 'UnaryHandler') && isContextType(file, p[0]!.type)) return 'unary-server';
  if (p.length === 4 && t(1, 'ServerStream') && t(2, 'StreamServerInfo', true) && t(3, 'StreamHandler')) return 'stream-server';
  if (p.length === 7 && t(4, 'ClientConn', true) && t(5, 'UnaryInvoker') && p[6]!.variadic && isContextType(file, p[0]!.type)) return 'unary-client';
  if (p.length === 6 && t(1, 'StreamDesc', true) && t(2, 'ClientConn', true) && t(4, 'Streamer') && isContextType(file, p[0]!.type)) return 'stream-client';
  return null;
}

/** Index of next (handler/invoker/streamer) among the parameters, per grpc kind. */
const NEXT_INDEX: Partial<Record<InterceptorKind, number>> = { 'unary-server': 3, 'stream-server': 3, 'unary-client': 5, 'stream-client': 4 };

/** The interceptor signature of fn (a function_declaration, method_declaration or func_literal), or null. */
export function interceptorShape(file: SourceFile, fn: SyntaxNode): InterceptorShape | null {
  if (fn.type !== 'function_declaration' && fn.type !== 'method_declaration' && fn.type !== 'func_literal') return null;
  const params = flattenParams(field(fn, 'parameters'));
  const kind = kindOf(file, params);
  if (!kind) return connectShape(file, fn, params);
  return {
    kind,
    fn,
    ctxName: kind === 'stream-server' ? null : params[0]!.name,
    nextName: params[NEXT_INDEX[kind]!]!.name,
    streamName: kind === 'stream-server' ? params[1]!.name : null,
    replyName: kind === 'unary-client' ? params[3]!.name : null,
    optsName: kind.endsWith('client') ? params[params.length - 1]!.name : null,
  };
}

const shapesByFile = new WeakMap<SourceFile, readonly InterceptorShape[]>();

/** The file imports grpc or connect: only then can it name their interceptor types. */
export function mayDefineInterceptors(file: SourceFile): boolean {
  return file.imports.has(GRPC_PKG) || [...CONNECT_PKGS].some((path) => file.imports.has(path));
}

/**
 * Every function in the file with an interceptor signature, in source order. Naming the grpc
 * or connect parameter types needs their import, so files without it are not searched.
 */
export function interceptorsIn(file: SourceFile): readonly InterceptorShape[] {
  const cached = shapesByFile.get(file);
  if (cached) return cached;
  const shapes: InterceptorShape[] = [];
  if (mayDefineInterceptors(file)) {
    const functions = [...FUNCTION_TYPES].flatMap((type) => file.nodesOfType(type));
    functions.sort((a, b) => a.startIndex - b.startIndex);
    for (const fn of functions) {
      const shape = interceptorShape(file, fn);
      if (shape) shapes.push(shape);
    }
  }
  shapesByFile.set(file, shapes);
  return shapes;
}

/** What next is called in grpc-go's and connect-go's own docs, per kind. */
export const NEXT_ROLE: Record<InterceptorKind, string> = {
  'unary-server': 'handler',
  'stream-server': 'handler',
  'unary-client': 'invoker',
  'stream-client': 'streamer',
  'connect-unary': 'next',
  'connect-stream-handler': 'next',
  'connect-stream-client': 'next',
};

/** The interceptor runs on servers (handlers) only. */
export function isServerSide(kind: InterceptorKind): boolean {
  return INTERCEPTOR_SIDE[kind] === 'server';
}

/** The interceptor is connect-go's. */
export function isConnectKind(kind: InterceptorKind): boolean {
  return kind.startsWith('connect-');
}

/** Where a finding about the whole interceptor sits: its name, or the `func` keyword of a literal. */
export function interceptorNameNode(shape: InterceptorShape): SyntaxNode {
  return field(shape.fn, 'name') ?? shape.fn.child(0) ?? shape.fn;
}

/** How messages name the interceptor: `interceptor auth`, or `this interceptor` for a func literal. */
export function interceptorLabel(shape: InterceptorShape): string {
  const name = field(shape.fn, 'name');
  return name ? `interceptor ${name.text}` : 'this interceptor';
}
