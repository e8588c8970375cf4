// What the chain model knows of go-grpc-middleware's chain helpers and selector.
export const MW_V1 = 'github.com/grpc-ecosystem/go-grpc-middleware';
export const MW_V2 = 'github.com/grpc-ecosystem/go-grpc-middleware/v2';
export const SELECTOR_PKG = `${MW_V2}/interceptors/selector`;

/** v1 functions composing several interceptors into one (first = outermost). */
export const V1_CHAIN_BUILDERS: ReadonlySet<string> = new Set(['ChainUnaryServer', 'ChainStreamServer', 'ChainUnaryClient', 'ChainStreamClient']);

/**
 * v1 server options taking interceptors. Before v1.4.0 they were
 * `grpc.UnaryInterceptor(ChainUnaryServer(…))` (a single option); since then
 * `grpc.ChainUnaryInterceptor(…)`.
 */
export const V1_CHAIN_OPTIONS: ReadonlyMap<string, { stream: boolean }> = new Map([
  ['WithUnaryServerChain', { stream: false }],
  ['WithStreamServerChain', { stream: true }],
]);

export const V1_OPTIONS_BECAME_CHAINS = 'v1.4.0';

/** selector.XInterceptor(inner, matcher): inner runs only for the calls matcher selects. */
export const SELECTOR_WRAPPERS: ReadonlySet<string> = new Set([
  'UnaryServerInterceptor',
  'StreamServerInterceptor',
  'UnaryClientInterceptor',
  'StreamClientInterceptor',
]);
