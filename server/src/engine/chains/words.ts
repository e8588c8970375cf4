// Words every chain display shares (code lens, `ctxlens chains`, the chain panel, tree and
// exports). No imports, so that the extension client can use it as it is.

export type StreamKind = 'unary' | 'stream';

/** Where a request enters the chain: the remote client (servers) or the calling code (clients). */
export function origin(chain: { kind: 'server' | 'client' }): string {
  return chain.kind === 'server' ? 'client' : 'call site';
}

/** What the innermost interceptor calls: the handler (servers), the invoker or streamer (clients). */
export function terminal(chain: { kind: 'server' | 'client' }, stream: StreamKind): string {
  if (chain.kind === 'server') return 'handler';
  return stream === 'unary' ? 'invoker' : 'streamer';
}

/** The streams worth drawing: unary always, stream when it has interceptors. */
export function drawnStreams(chain: { stream: readonly unknown[] }): StreamKind[] {
  return chain.stream.length > 0 ? ['unary', 'stream'] : ['unary'];
}

/** The qualifiers a reader needs beside the name: unknown, conditional, selector, connect's unary-only. */
export function entryQualifiers(entry: { resolved: boolean; conditional: boolean; wrappedBy?: string | null; unaryOnly?: boolean }): string[] {
  const out: string[] = [];
  if (!entry.resolved) out.push('unknown');
  if (entry.conditional) out.push('conditional');
  if (entry.wrappedBy) out.push(`via ${entry.wrappedBy}`);
  if (entry.unaryOnly) out.push('unary only');
  return out;
}

/** What a red zone means, said once for every display. */
export const OUTSIDE_RECOVERY = 'outside recovery: a panic here is not recovered';
