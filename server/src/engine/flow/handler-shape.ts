// The signatures protoc-gen-go-grpc and protoc-gen-connect-go give service methods, read from
// qualified type texts (`context.Context`, `*example.com/pb.Reply`): what makes a method a handler of a service.
import { CONNECT_PKGS } from '../knowledge/connect-api';
import { GRPC_PKG } from '../knowledge/grpc-api';

export type HandlerKind = 'unary' | 'streaming';

/** The generic stream types of protoc-gen-go-grpc ≥ 1.5 (`grpc.ServerStreamingServer[Event]`). */
const GENERIC_STREAMS = ['ServerStreamingServer', 'ClientStreamingServer', 'BidiStreamingServer'].map((name) => `${GRPC_PKG}.${name}[`);

/** `*pkg.T` with an import path: a message type of a generated package. */
function isMessagePointer(type: string | undefined): boolean {
  return !!type && type.startsWith('*') && type.includes('.');
}

/** The service a handler belongs to: its generated package and name; unknown (null) to accept any. */
export interface ServiceRef {
  service: string;
  /** Import path of the generated package; null when it is the method's own package. */
  pkg: string | null;
}

/**
 * The kind of handler method `name` is, from its parameter and result types: unary
 * `(context.Context, *Req) (*Resp, error)`, or streaming `([*Req,] <Service>_<Method>Server) error`
 * (or a generic grpc stream), exported. With service null, any service's stream type is accepted.
 */
export function handlerKind(name: string, params: readonly string[], results: readonly string[], service: ServiceRef | null): HandlerKind | null {
  // Generated interfaces have exported methods only.
  if (!/^\p{Lu}/u.test(name)) return null;
  if (params.length === 2 && params[0] === 'context.Context' && isMessagePointer(params[1])) {
    return results.length === 2 && isMessagePointer(results[0]) && results[1] === 'error' ? 'unary' : null;
  }
  if (results.length !== 1 || results[0] !== 'error' || params.length < 1 || params.length > 2) return null;
  if (params.length === 2 && !isMessagePointer(params[0])) return null;
  const stream = params.at(-1)!;
  if (GENERIC_STREAMS.some((prefix) => stream.startsWith(prefix))) return 'streaming';
  const suffix = `_${name}Server`;
  if (!service) return stream.endsWith(suffix) ? 'streaming' : null;
  const generated = `${service.service}${suffix}`;
  return stream === (service.pkg ? `${service.pkg}.${generated}` : generated) ? 'streaming' : null;
}

/** The connect types of each generated handler shape after ctx (`Request` for `*connect.Request[T]`), and `error`. */
const CONNECT_SHAPES: readonly { params: readonly string[]; results: readonly string[]; kind: HandlerKind }[] = [
  { params: ['Request'], results: ['Response', 'error'], kind: 'unary' },
  { params: ['Request', 'ServerStream'], results: ['error'], kind: 'streaming' },
  { params: ['ClientStream'], results: ['Response', 'error'], kind: 'streaming' },
  { params: ['BidiStream'], results: ['error'], kind: 'streaming' },
];

/** `*connectrpc.com/connect.Request[pb.X]` (either connect path) → `Request`; `error` stays; null for any other type. */
function connectTypeName(type: string): string | null {
  if (type === 'error') return type;
  const open = type.indexOf('[');
  if (!type.startsWith('*') || open < 0 || !type.endsWith(']')) return null;
  const base = type.slice(1, open);
  const dot = base.lastIndexOf('.');
  return dot > 0 && CONNECT_PKGS.has(base.slice(0, dot)) ? base.slice(dot + 1) : null;
}

function sameNames(types: readonly string[], names: readonly string[]): boolean {
  return types.length === names.length && types.every((t, i) => connectTypeName(t) === names[i]);
}

/**
 * The kind of connect handler method `name` is, from the signatures protoc-gen-connect-go writes
 * into `<Service>Handler`: unary `(ctx, *connect.Request[T]) (*connect.Response[U], error)`,
 * server stream `(ctx, *connect.Request[T], *connect.ServerStream[U]) error`, client stream
 * `(ctx, *connect.ClientStream[T]) (*connect.Response[U], error)`, bidi `(ctx, *connect.BidiStream[T, U]) error`.
 */
export function connectHandlerKind(name: string, params: readonly string[], results: readonly string[]): HandlerKind | null {
  if (!/^\p{Lu}/u.test(name) || params[0] !== 'context.Context') return null;
  const shape = CONNECT_SHAPES.find((s) => sameNames(params.slice(1), s.params) && sameNames(results, s.results));
  return shape?.kind ?? null;
}
