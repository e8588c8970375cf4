// The chain model: the effective interceptor chains of every gRPC server and client, and of
// every connect-go handler and client.
import type { InterceptorBodyFacts } from '../interceptors/types';
import type { Range } from '../types';
import type { ConstructorKind } from '../facts/chain-facts';

export type InterceptorClass = 'recovery' | 'tracing' | 'metrics' | 'logging' | 'auth' | 'ratelimit' | 'validation' | 'retry' | 'timeout' | 'other';

export const INTERCEPTOR_CLASSES: readonly InterceptorClass[] = [
  'recovery',
  'tracing',
  'metrics',
  'logging',
  'auth',
  'ratelimit',
  'validation',
  'retry',
  'timeout',
  'other',
];

export interface Location {
  /** Absolute path. */
  file: string;
  range: Range;
  /** A function definition's whole declaration (`range` is its name), to tell which findings are in it. */
  extent?: Range;
}

export interface ChainEntry {
  /** The registration expression without call arguments: `recovery.UnaryServerInterceptor`, `mw.Auth`, `s.auth`. */
  name: string;
  class: InterceptorClass;
  /** The expression that puts it in the chain (an option argument or slice element). */
  registered: Location;
  /** Its definition in the workspace (function, method, factory or func literal), if known. */
  defined: Location | null;
  /** Only sometimes in the chain: appended under a condition, or wrapped by a selector. */
  conditional: boolean;
  /** False when the expression could not be followed statically (parameters, fields, unknown options). */
  resolved: boolean;
  body: InterceptorBodyFacts | null;
  /** Import path of the library that defines it, for interceptors from outside the workspace. */
  library: string | null;
  /** The selector wrapping it (`selector.UnaryServerInterceptor`), when it runs only for matched calls. */
  wrappedBy?: string;
  /** Why an unresolved entry could not be followed ("parameter opts of NewServer, 3 call sites"). */
  reason?: string;
  /** connect: built with `connect.UnaryInterceptorFunc`, it wraps unary calls only (it is in `unary`, not in `stream`). */
  unaryOnly?: boolean;
}

/** One `UnaryInterceptor`/`StreamInterceptor` (or client `With…`) option given to a constructor. */
export interface SingleOption {
  /** The option as called: `grpc.UnaryInterceptor`, `grpc_middleware.WithUnaryServerChain`. */
  option: string;
  registered: Location;
  entries: ChainEntry[];
  conditional: boolean;
}

export interface Chain {
  /** Stable while the constructor call does not move: `<file>:<line>:<character>`. */
  id: string;
  file: string;
  /** The constructor call. */
  range: Range;
  kind: ConstructorKind;
  /** grpc-go, or connect-go (a `New<Service>Handler` is a server, a `New<Service>Client` a client). */
  framework: 'grpc' | 'connect';
  /** `grpc.NewServer`, `grpc.NewClient`, `grpc.Dial`, `grpc.DialContext` (whatever the import alias); connect: the call as written (`greetv1connect.NewGreetServiceHandler`). */
  constructor: string;
  /** Outermost first, as grpc-go (or connect-go) runs them; connect: every interceptor. */
  unary: ChainEntry[];
  /** connect: the interceptors that also wrap streams (not the `unaryOnly` ones). */
  stream: ChainEntry[];
  /** Every single-interceptor option given, in option order (more than one: panic or replacement). */
  singles: { unary: SingleOption[]; stream: SingleOption[] };
  /** Some options come from a package outside the workspace: the chain is (partly) built there. */
  builtOutsideWorkspace: boolean;
  /** A client's options that act only on a blocking grpc.Dial (grpc.NewClient ignores them), each where it is written. */
  blockingDialOptions: BlockingDialOption[];
  /** Every file whose facts were read to compute the chain (to refresh it when one changes). */
  files: string[];
  /** A call of a wrapper constructor (a workspace function passing its parameters to the grpc constructor): the chain is this call's. */
  via?: WrapperCall;
  /** A wrapper constructor's own chain: the calls of the wrapper, each with a chain of its own. */
  callers?: Location[];
}

/** `grpc.WithBlock()` and the other options only a blocking dial reads, as the chain's options hold them. */
export interface BlockingDialOption {
  /** `WithBlock`, `WithTimeout`, `WithReturnConnectionError`, `FailOnNonTempDialError`. */
  option: string;
  /** The option call. */
  at: Location;
}

/** What a call of a wrapper constructor reaches: the grpc constructor call inside the wrapper. */
export interface WrapperCall {
  /** The wrapper as the call names it (`prometheus.NewGrpcServer`), where findings about the chain sit. */
  callee: { text: string; range: Range };
  /** `grpc.NewServer`, `grpc.NewClient`, … (whatever the import alias); a connect constructor as written. */
  grpcConstructor: string;
  /** The grpc constructor call inside the wrapper. */
  at: Location;
  /** The id of the chain this call's wraps: the wrapper's own (or, for a wrapper of a wrapper, the inner call's). */
  inner: string;
}
