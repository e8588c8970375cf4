// What ctxlens knows of connect-go's public API (connectrpc.com/connect, formerly
// github.com/bufbuild/connect-go): the types that give its interceptors their shape.
import type { TextNeeds } from '../go/needs';
import type { InterceptorKind } from '../interceptors/types';
import { GRPC_NEEDS } from './grpc-api';

export const CONNECT_PKG = 'connectrpc.com/connect';
/** The module's path before v1.11.0 (same API). */
export const CONNECT_LEGACY_PKG = 'github.com/bufbuild/connect-go';
export const CONNECT_PKGS: ReadonlySet<string> = new Set([CONNECT_PKG, CONNECT_LEGACY_PKG]);

/** Both import paths declare `package connect`: the word every file using it holds. */
export const CONNECT_NEEDS: TextNeeds = { words: ['connect'] };

/**
 * Files with connect handlers: the methods implementing them say connect (`*connect.Request[T]`);
 * the generated package's name varies (`greetv1connect`), but files mounting handlers say http or connect.
 */
export const CONNECT_HANDLER_NEEDS: TextNeeds = { words: ['connect', 'http'] };

/** Analyses of interceptors of either framework. */
export const INTERCEPTOR_NEEDS: TextNeeds = { words: [...GRPC_NEEDS.words, ...CONNECT_NEEDS.words] };

/**
 * The function a connect interceptor wraps, by the type of the wrapper's next parameter, and the
 * signature of the function it returns: `WrapUnary(next UnaryFunc) UnaryFunc` returns
 * `func(ctx context.Context, req AnyRequest) (AnyResponse, error)` (interceptor.go).
 */
export interface ConnectWrapped {
  kind: InterceptorKind;
  /** The returned function's parameter types after ctx, as connect names them. */
  params: readonly string[];
  /** Its results as connect names them (`error` is the builtin). */
  results: readonly string[];
}

export const CONNECT_NEXT_TYPES: ReadonlyMap<string, ConnectWrapped> = new Map([
  ['UnaryFunc', { kind: 'connect-unary', params: ['AnyRequest'], results: ['AnyResponse', 'error'] }],
  ['StreamingHandlerFunc', { kind: 'connect-stream-handler', params: ['StreamingHandlerConn'], results: ['error'] }],
  ['StreamingClientFunc', { kind: 'connect-stream-client', params: ['Spec'], results: ['StreamingClientConn'] }],
]);

/**
 * connect-go's options that build a handler's or client's interceptor chain (option.go,
 * handler.go). `WithInterceptors(A, B, …)`: the first interceptor is the outermost layer, it acts
 * first on the request and last on the response; repeated WithInterceptors options are applied
 * in order (`WithInterceptors(A) + WithInterceptors(B, C) == WithInterceptors(A, B, C)`).
 * `WithRecover(fn)` is `WithInterceptors(&recoverHandlerInterceptor{fn})`: a recovery at its
 * option's place, around unary calls and streams alike. The bundles apply their options in order.
 */
export type ConnectChainOption = 'interceptors' | 'recover' | 'bundle';

export const CONNECT_CHAIN_OPTIONS: ReadonlyMap<string, ConnectChainOption> = new Map([
  ['WithInterceptors', 'interceptors'],
  ['WithRecover', 'recover'],
  ['WithHandlerOptions', 'bundle'],
  ['WithClientOptions', 'bundle'],
  ['WithOptions', 'bundle'],
]);

/**
 * Options whose interceptors ctxlens cannot list: `WithConditionalHandlerOptions(func(Spec) []HandlerOption)`
 * applies options a function picks per procedure.
 */
export const CONNECT_OPAQUE_OPTIONS: ReadonlySet<string> = new Set(['WithConditionalHandlerOptions']);

/** `connect.UnaryInterceptorFunc(f)`: an Interceptor whose WrapStreamingHandler and WrapStreamingClient return next unchanged. */
export const CONNECT_UNARY_INTERCEPTOR_FUNC = 'UnaryInterceptorFunc';
