// What an interceptor is and what its body does: shared by the interceptor rules (which
// read bodies) and the chain model (which shows these facts per chain entry).

export type InterceptorKind = 'unary-server' | 'stream-server' | 'unary-client' | 'stream-client';

/** Facts about one interceptor function body (a declaration, method, or func literal). */
export interface InterceptorBodyFacts {
  kind: InterceptorKind;
  /** Every path that ends the interceptor normally calls handler/invoker/streamer (or returns an error). */
  callsNextOnEveryPath: boolean;
  /** next is called with the incoming ctx or one derived from it. */
  passesContext: boolean;
  /** Contains panic(...) outside a nested function literal. */
  mayPanic: boolean;
  /** Has a deferred function that calls recover(): a recovery interceptor. */
  recovers: boolean;
}
