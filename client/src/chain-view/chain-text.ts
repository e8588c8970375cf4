// Words shared by every chain display (panel, Mermaid, Markdown, tree): pure, no vscode.
import type { ChainEntryView, ChainView, ViewLocation } from '../../../server/src/protocol';

export type StreamKind = 'unary' | 'stream';

export const STREAM_KINDS: readonly StreamKind[] = ['unary', 'stream'];

/** Where a request enters the chain: the remote client (servers) or the calling code (clients). */
export function origin(chain: ChainView): string {
  return chain.kind === 'server' ? 'client' : 'call site';
}

/** What the innermost interceptor calls: the handler (servers), the invoker or streamer (clients). */
export function terminal(chain: ChainView, stream: StreamKind): string {
  if (chain.kind === 'server') return 'handler';
  return stream === 'unary' ? 'invoker' : 'streamer';
}

/** The streams worth drawing: unary always, stream when it has interceptors or the unary one is empty too. */
export function drawnStreams(chain: ChainView): StreamKind[] {
  return chain.stream.length > 0 ? ['unary', 'stream'] : ['unary'];
}

/** `main.go:52` (1-based line) from a location's URI. */
export function locationLabel(location: ViewLocation): string {
  const path = location.uri.replace(/[?#].*$/, '');
  const base = path.slice(path.lastIndexOf('/') + 1);
  let name = base;
  try {
    name = decodeURIComponent(base);
  } catch {
    // A malformed escape: show the raw segment.
  }
  return `${name}:${location.range.start.line + 1}`;
}

/** `cmd/server/main.go:50`. */
export function chainPlace(chain: ChainView): string {
  return `${chain.relativePath}:${chain.location.range.start.line + 1}`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function interceptorCount(chain: ChainView): number {
  return chain.unary.length + chain.stream.length;
}

/** `3 interceptors · 1 finding`. */
export function chainSummary(chain: ChainView): string {
  return `${plural(interceptorCount(chain), 'interceptor')} · ${plural(chain.findingCount, 'finding')}`;
}

/** The qualifiers a reader needs beside the name: unknown, conditional, selector, library. */
export function entryQualifiers(entry: ChainEntryView): string[] {
  const out: string[] = [];
  if (!entry.resolved) out.push('unknown');
  if (entry.conditional) out.push('conditional');
  if (entry.wrappedBy) out.push(`via ${entry.wrappedBy}`);
  return out;
}

/** What the body does, as short phrases (warnings first), or none when the body is not in the workspace. */
export function bodyPhrases(entry: ChainEntryView): string[] {
  const body = entry.body;
  if (!body) return [];
  return [
    body.callsNextOnEveryPath ? 'calls next on every path' : 'may skip next',
    body.passesContext ? 'passes ctx on' : 'drops ctx',
    ...(body.mayPanic ? ['may panic'] : []),
    ...(body.recovers ? ['recovers'] : []),
  ];
}
