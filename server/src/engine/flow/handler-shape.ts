// The signatures protoc-gen-go-grpc gives service methods, read from qualified type texts
// (`context.Context`, `*example.com/pb.Reply`): what makes a method a handler of a service.
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
