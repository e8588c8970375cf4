// Per-file facts the gRPC service model needs: where implementations are registered, and the
// goroutines that rules judge by the function they start in (interceptor or handler).
import type { RequestScope } from '../flow/request-scope';
import type { QualifiedName } from '../go/source-file';
import type { Fix, Range } from '../types';

/**
 * What a registered implementation is, as far as the file says: a named type (`&T{}`, `T{}`,
 * `new(T)`, a parameter or local declared `*T`), the result of a workspace function
 * (`NewServer(…)`) or a struct field, the last two resolved later through the index.
 */
export type ImplFact =
  | { type: NamedTypeRef }
  | { resultOf: QualifiedName }
  /** `s.field` on a parameter or receiver of a named struct type: the field's declared type. */
  | { fieldOf: { type: NamedTypeRef; field: string } };

/** A named type: of the file's own package (pkg null) or of an imported one (its import path). */
export interface NamedTypeRef {
  pkg: string | null;
  name: string;
}

/** A call giving a generated package an implementation of a service: what makes its methods handlers. */
export type RegistrationFact = GrpcRegistrationFact | ConnectRegistrationFact;

interface RegistrationBase {
  /** Import path of the generated package (the file's own package path when unqualified). */
  servicePkg: string | null;
  /** The implementation's type; null when the file cannot say. */
  impl: ImplFact | null;
  range: Range;
}

/** A `pb.Register<Service>Server(server, impl)` call, as protoc-gen-go-grpc generates them. */
export interface GrpcRegistrationFact extends RegistrationBase {
  framework: 'grpc';
  /** The service's name as in the generated function (`Greeter` for RegisterGreeterServer). */
  service: string;
  /** The server argument as written (`s`, `srv.grpc`). */
  server: string;
}

/**
 * A `<name>connect.New<Service>Handler(impl, opts...)` call, as protoc-gen-connect-go generates
 * them: the http.Handler it returns is served by whatever serves it, never by a grpc.Server.
 */
export interface ConnectRegistrationFact extends RegistrationBase {
  framework: 'connect';
  /** The service's name as in the generated function (`GreetService` for NewGreetServiceHandler). */
  service: string;
}

/** A goroutine started from a func literal without its own deferred recover(). */
export interface UnrecoveredGoroutineFact {
  /** The `go` keyword: where the finding sits. */
  range: Range;
  /** Set when the goroutine starts in an interceptor: how messages name it. */
  interceptor?: string;
  /** Set when it starts in a method's own body: the method, for the service model to judge. */
  method?: { receiver: string; name: string };
  /** The goroutine calls more than stream, channel, cancellation, error and logging plumbing (it may panic). */
  doesWork: boolean;
  /** Set with method: how the method stops its own panics, which its goroutines escape. */
  methodRecovery?: MethodRecoveryFact;
  fixes: Fix[];
}

export interface MethodRecoveryFact {
  /** The method defers a recover() the file shows (a func literal, a function of this file, a name saying recover). */
  recovers: boolean;
  /** The functions of other files it defers (`defer log.CapturePanic(&err)`): they recover when their own body calls recover(). */
  deferred: QualifiedName[];
}

/** A method by receiver type and name, for the service model to say whether it is a handler. */
export interface MethodRef {
  receiver: string;
  name: string;
}

/**
 * A grpc.NewClient/Dial/DialContext call whose connection stays in a local variable of the
 * dialling function (neither returned, stored nor passed on): a connection per call.
 */
export interface DialSiteFact {
  /** The `grpc.X` callee: where findings sit. */
  range: Range;
  /** `NewClient`, `Dial`, `DialContext`. */
  funcName: string;
  /** The dialling function's request kind by its signature, if any. */
  scope: RequestScope | null;
  /** Set when the dial is in a method's own body. */
  method?: MethodRef;
  /** The dialling function's name; null for a func literal. */
  functionName: string | null;
  /** main or init: runs once per process. */
  runsOnce: boolean;
  closed: boolean;
  /** A value obtained through the connection (a stream) is returned, stored or passed on. */
  kept: boolean;
  fixes: Fix[];
}

/** A named function or method that opens a new connection on every call: it uses one locally, or returns a fresh one. */
export interface DialHelperFact {
  /** Receiver type name for a method, null for a function. */
  receiver: string | null;
  name: string;
  funcName: string;
  /** The dial inside it (related information for findings at its callers). */
  range: Range;
  /** The helper returns the connection (the caller owns it) rather than using it itself. */
  returns: boolean;
}

/** A call to a workspace function or method from a function that may run per request. */
export interface RequestCallFact {
  /** The caller's request kind by signature, or the method the service model judges. */
  owner: { scope: RequestScope } | { method: MethodRef };
  /** A function by package (the file's own for a bare name), or a method on the caller's receiver (by its type). */
  callee: QualifiedName | { receiver: string; method: string };
  /** The callee expression: where findings sit. */
  range: Range;
  /** The call's result is a connection kept in a local variable only (for helpers that return one). */
  resultStaysLocal: boolean;
}

/**
 * A span from a tracer's Start that otel-span-detached judges: started from a context that is not
 * the request's while it is at hand (judged with the service model), or not ended on some path.
 */
export interface SpanFact {
  problem: 'detached' | 'not-ended';
  /** detached: Start's context argument; not-ended: the span variable. */
  range: Range;
  /** detached: the context argument as written; not-ended: the span variable's name. */
  text: string;
  /** detached: the request context at hand (`ctx`, `r.Context()`). */
  context?: string;
  /** detached: a root context, or a value that outlives the request (a field, a package variable). */
  origin?: 'root' | 'unrelated';
  /** detached: the request kind of the function declaring the context, by its signature. */
  scope?: RequestScope | null;
  /** detached: that function when it is a method, for the service model to judge. */
  method?: MethodRef;
  fixes: Fix[];
}

export interface ServiceFileFacts {
  registrations: RegistrationFact[];
  goroutines: UnrecoveredGoroutineFact[];
  dials: DialSiteFact[];
  dialHelpers: DialHelperFact[];
  requestCalls: RequestCallFact[];
  spans: SpanFact[];
}
