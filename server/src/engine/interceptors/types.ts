// What an interceptor is and what its body does: shared by the interceptor rules (which
// read bodies) and the chain model (which shows these facts per chain entry).

export type InterceptorKind =
  | 'unary-server'
  | 'stream-server'
  | 'unary-client'
  | 'stream-client'
  /** connect-go: the func a `WrapUnary(next)`/`UnaryInterceptorFunc` returns (handlers and clients both run it). */
  | 'connect-unary'
  /** connect-go: the func `WrapStreamingHandler(next)` returns. */
  | 'connect-stream-handler'
  /** connect-go: the func `WrapStreamingClient(next)` returns. */
  | 'connect-stream-client';

/** Which side runs an interceptor of this kind: connect's unary interceptors run on handlers and clients alike. */
export const INTERCEPTOR_SIDE: Record<InterceptorKind, 'server' | 'client' | 'either'> = {
  'unary-server': 'server',
  'stream-server': 'server',
  'unary-client': 'client',
  'stream-client': 'client',
  'connect-unary': 'either',
  'connect-stream-handler': 'server',
  'connect-stream-client': 'client',
};

/** Facts about one interceptor function body (a declaration, method, or func literal). */
export interface InterceptorBodyFacts {
  kind: InterceptorKind;
  /** Every path that ends the interceptor normally calls handler/invoker/streamer (or returns an error). */
  callsNextOnEveryPath: boolean;
  /** next is called with the incoming ctx or one derived from it. */
  passesContext: boolean;
  /** Contains panic(...) outside a nested function literal. */
  mayPanic: boolean;
  /** Calls more than plumbing and next (sync counters, logging, context, errors …), writes an element or asserts a type: it can panic. */
  doesWork: boolean;
  /** Has a deferred function that calls recover(): a recovery interceptor. */
  recovers: boolean;
}
