// What ctxlens knows of grpc-go's public API (google.golang.org/grpc): the client
// constructors, the interceptor options and the types that give interceptors their shape.
import { packageWord, type TextNeeds } from '../go/needs';
import type { SourceFile } from '../go/source-file';
import { callArguments, callOfSelectorField, field, type SyntaxNode } from '../go/syntax';
import type { InterceptorKind } from '../interceptors/types';

export const GRPC_PKG = 'google.golang.org/grpc';
export const STATUS_PKG = 'google.golang.org/grpc/status';
export const CODES_PKG = 'google.golang.org/grpc/codes';

/** Analyses that start from grpc-go's types or calls: their files import grpc, or are it. */
export const GRPC_NEEDS: TextNeeds = { words: [packageWord(GRPC_PKG)] };

/**
 * grpc.NewClient appeared, and Dial/DialContext were first deprecated, in v1.63.0 (grpc-go
 * #7029); v1.63.2 un-deprecated them (#7103); v1.64.0 deprecated them again, "supported
 * throughout 1.x", together with the dial options NewClient ignores (#7097).
 */
export const NEW_CLIENT_SINCE = 'v1.63.0';
export const DIAL_UNDEPRECATED_IN = 'v1.63.2';
export const DIAL_DEPRECATED_AGAIN = 'v1.64.0';

export interface ClientConstructor {
  /** Index of the target argument (DialContext takes a ctx first). */
  targetArg: number;
  /** Deprecated in favour of NewClient since NEW_CLIENT_SINCE. */
  deprecated: boolean;
}

/** Functions returning (*grpc.ClientConn, error). */
export const CLIENT_CONSTRUCTORS: ReadonlyMap<string, ClientConstructor> = new Map([
  ['NewClient', { targetArg: 0, deprecated: false }],
  ['Dial', { targetArg: 0, deprecated: true }],
  ['DialContext', { targetArg: 1, deprecated: true }],
]);

/** *grpc.ClientConn methods whose result keeps using the connection after they return. */
export const CONN_METHODS_RETURNING_STREAMS: ReadonlySet<string> = new Set(['NewStream']);

/** The replacement for the deprecated constructors. */
export const NEW_CLIENT = 'NewClient';

/** Dial options deprecated in DIAL_DEPRECATED_AGAIN: NewClient ignores them (it never dials at once). */
export const DEPRECATED_DIAL_OPTIONS: ReadonlySet<string> = new Set(['WithBlock', 'WithReturnConnectionError', 'FailOnNonTempDialError']);

/** Dial options that only act on a blocking dial (WithTimeout was deprecated long before): NewClient ignores them all. */
export const BLOCKING_DIAL_OPTIONS: ReadonlySet<string> = new Set([...DEPRECATED_DIAL_OPTIONS, 'WithTimeout']);

/** grpc.OnFinish (a CallOption called once when the RPC ends) appeared in v1.54.0. */
export const ON_FINISH_SINCE = 'v1.54.0';

/** What to do instead of each option NewClient ignores (it never dials at once: DialContext alone reads them). */
export const NEW_CLIENT_IGNORED_OPTIONS: ReadonlyMap<string, string> = new Map([
  [
    'WithBlock',
    'the connection is made on the first RPC; to wait for it, call conn.Connect() and wait for connectivity.Ready with conn.WaitForStateChange, or let RPCs wait with grpc.WaitForReady(true)',
  ],
  ['WithTimeout', 'nothing dials here to time out; bound each RPC with a context deadline instead'],
  ['WithReturnConnectionError', "it only acts on a blocking dial; a connection error reaches the caller in the failing RPC's status"],
  ['FailOnNonTempDialError', "it only acts on a blocking dial; a connection error reaches the caller in the failing RPC's status"],
]);

/** Dial options that replace how the target's address is dialled: the target need not be a name dns resolves. */
export const CUSTOM_DIALER_OPTIONS: ReadonlySet<string> = new Set(['WithContextDialer', 'WithDialer']);

/** Server options that install interceptors; `single` ones may be given once per server. */
export const SERVER_INTERCEPTOR_OPTIONS: ReadonlyMap<string, { stream: boolean; single: boolean }> = new Map([
  ['UnaryInterceptor', { stream: false, single: true }],
  ['StreamInterceptor', { stream: true, single: true }],
  ['ChainUnaryInterceptor', { stream: false, single: false }],
  ['ChainStreamInterceptor', { stream: true, single: false }],
]);

/** Dial options that install client interceptors; with `single` ones the last one wins. */
export const CLIENT_INTERCEPTOR_OPTIONS: ReadonlyMap<string, { stream: boolean; single: boolean }> = new Map([
  ['WithUnaryInterceptor', { stream: false, single: true }],
  ['WithStreamInterceptor', { stream: true, single: true }],
  ['WithChainUnaryInterceptor', { stream: false, single: false }],
  ['WithChainStreamInterceptor', { stream: true, single: false }],
]);

/**
 * The "next" parameter types of the four interceptor signatures: a function with a
 * parameter of one of these types is an interceptor (or a hand-written chain step).
 */
export const INTERCEPTOR_NEXT_TYPES: ReadonlyMap<string, InterceptorKind> = new Map([
  ['UnaryHandler', 'unary-server'],
  ['StreamHandler', 'stream-server'],
  ['UnaryInvoker', 'unary-client'],
  ['Streamer', 'stream-client'],
]);

/** What a file registering a service holds (`RegisterGreeterServer`): analyses reading the service model need such files parsed. */
export const REGISTRATION_NEEDS = { words: [], wordStarts: ['Register'] } as const;

/** The *grpc.Server method that starts serving: RegisterService after it makes grpc-go log fatally (server.go). */
export const SERVE_METHOD = 'Serve';

/** The *grpc.Server method the generated Register<Service>Server functions call. */
export const REGISTER_SERVICE_METHOD = 'RegisterService';

/** protoc-gen-go-grpc's registration function: `RegisterGreeterServer`. */
const REGISTER_FUNCTION = /^Register(\w+)Server$/;

/** A `Register<Service>Server(server, impl)` call: the generated function's service name and the call. */
export interface RegistrationCall {
  service: string;
  call: SyntaxNode;
  server: SyntaxNode;
  impl: SyntaxNode;
}

/** The `Register<Service>Server(server, impl)` calls of the file, found from the word `Register` in the text. */
export function registrationCalls(file: SourceFile): RegistrationCall[] {
  const out: RegistrationCall[] = [];
  const word = 'Register';
  for (let at = file.text.indexOf(word); at >= 0; at = file.text.indexOf(word, at + word.length)) {
    const name = file.root.descendantForIndex(at, at + word.length);
    if (!name || name.startIndex !== at) continue;
    const service = REGISTER_FUNCTION.exec(name.text)?.[1];
    if (!service) continue;
    const parent = name.parent;
    const call =
      name.type === 'field_identifier'
        ? callOfSelectorField(name)
        : name.type === 'identifier' && parent?.type === 'call_expression' && field(parent, 'function')?.id === name.id
          ? parent
          : null;
    const args = call ? callArguments(call) : [];
    if (!call || args.length !== 2) continue;
    out.push({ service, call, server: args[0]!, impl: args[1]! });
  }
  return out;
}
