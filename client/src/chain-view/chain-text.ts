// Words shared by every chain display (panel, Markdown, tree): pure, no vscode. Those the
// engine's displays say too come from its words module.
import type { ChainEntryView, ChainView, ViewLocation } from '../../../server/src/protocol';

export { drawnStreams, entryQualifiers, origin, OUTSIDE_RECOVERY, type StreamKind, terminal } from '../../../server/src/engine/chains/words';

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

/** Where a listed chain is (quick pick, tree): its place, and `test code` when it is. */
export function listedPlace(chain: ChainView): string {
  return chain.testCode ? `${chainPlace(chain)} · test code` : chainPlace(chain);
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
