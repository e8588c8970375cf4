// Per-file facts the gRPC service model needs: where implementations are registered, and the
// goroutines that rules judge by the function they start in (interceptor or handler).
import type { QualifiedName } from '../go/source-file';
import type { Fix, Range } from '../types';

/**
 * What a registered implementation is, as far as the file says: a named type (`&T{}`, `T{}`,
 * `new(T)`, a parameter or local declared `*T`), or the result of a workspace function
 * (`NewServer(…)`), resolved later through the index.
 */
export type ImplFact = { type: { pkg: string | null; name: string } } | { resultOf: QualifiedName };

/** A `pb.Register<Service>Server(server, impl)` call, as protoc-gen-go-grpc generates them. */
export interface RegistrationFact {
  /** The service's name as in the generated function (`Greeter` for RegisterGreeterServer). */
  service: string;
  /** Import path of the generated package (the file's own package path when unqualified). */
  servicePkg: string | null;
  /** The server argument as written (`s`, `srv.grpc`). */
  server: string;
  /** The implementation's type; null when the file cannot say. */
  impl: ImplFact | null;
  range: Range;
}

/** A goroutine started from a func literal without its own deferred recover(). */
export interface UnrecoveredGoroutineFact {
  /** The `go` keyword: where the finding sits. */
  range: Range;
  /** Set when the goroutine starts in an interceptor: how messages name it. */
  interceptor?: string;
  /** Set when it starts in a method's own body: the method, for the service model to judge. */
  method?: { receiver: string; name: string };
  fixes: Fix[];
}

export interface ServiceFileFacts {
  registrations: RegistrationFact[];
  goroutines: UnrecoveredGoroutineFact[];
}
