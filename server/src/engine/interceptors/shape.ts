// Recognising an interceptor by its signature: the distinctive grpc parameter types decide the
// kind (parameter names and the spelling of `any`/`interface{}` do not matter).
import { field, FUNCTION_TYPES, type SyntaxNode } from '../go/syntax';
import { flattenParameters } from '../go/scopes';
import type { SourceFile } from '../go/source-file';
import { GRPC_PKG } from '../knowledge/grpc-api';
import type { InterceptorKind } from './types';

export interface InterceptorShape {
  kind: InterceptorKind;
  /** The function (declaration, method or literal) with the interceptor signature. */
  fn: SyntaxNode;
  /** The incoming context parameter; null for stream server interceptors and `_`/unnamed ones. */
  ctxName: string | null;
  /** handler/invoker/streamer; null when `_` or unnamed: next can never be called. */
  nextName: string | null;
  /** A stream server interceptor's grpc.ServerStream parameter (null otherwise or when `_`). */
  streamName: string | null;
  /** A unary client interceptor's reply parameter (null otherwise or when `_`). */
  replyName: string | null;
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

/** Index of next (handler/invoker/streamer) among the parameters, per kind. */
const NEXT_INDEX: Record<InterceptorKind, number> = { 'unary-server': 3, 'stream-server': 3, 'unary-client': 5, 'stream-client': 4 };

/** The interceptor signature of fn (a function_declaration, method_declaration or func_literal), or null. */
export function interceptorShape(file: SourceFile, fn: SyntaxNode): InterceptorShape | null {
  if (fn.type !== 'function_declaration' && fn.type !== 'method_declaration' && fn.type !== 'func_literal') return null;
  const params = flattenParams(field(fn, 'parameters'));
  const kind = kindOf(file, params);
  if (!kind) return null;
  return {
    kind,
    fn,
    ctxName: kind === 'stream-server' ? null : params[0]!.name,
    nextName: params[NEXT_INDEX[kind]]!.name,
    streamName: kind === 'stream-server' ? params[1]!.name : null,
    replyName: kind === 'unary-client' ? params[3]!.name : null,
    optsName: kind.endsWith('client') ? params[params.length - 1]!.name : null,
  };
}

const shapesByFile = new WeakMap<SourceFile, readonly InterceptorShape[]>();

/**
 * Every function in the file with an interceptor signature, in source order. Naming the grpc
 * parameter types needs the grpc import, so files without it are not searched.
 */
export function interceptorsIn(file: SourceFile): readonly InterceptorShape[] {
  const cached = shapesByFile.get(file);
  if (cached) return cached;
  const shapes: InterceptorShape[] = [];
  if (file.imports.has(GRPC_PKG)) {
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

/** What next is called in grpc-go's own docs, per kind. */
export const NEXT_ROLE: Record<InterceptorKind, string> = {
  'unary-server': 'handler',
  'stream-server': 'handler',
  'unary-client': 'invoker',
  'stream-client': 'streamer',
};

/** Where a finding about the whole interceptor sits: its name, or the `func` keyword of a literal. */
export function interceptorNameNode(shape: InterceptorShape): SyntaxNode {
  return field(shape.fn, 'name') ?? shape.fn.child(0) ?? shape.fn;
}

/** How messages name the interceptor: `interceptor auth`, or `this interceptor` for a func literal. */
export function interceptorLabel(shape: InterceptorShape): string {
  const name = field(shape.fn, 'name');
  return name ? `interceptor ${name.text}` : 'this interceptor';
}
