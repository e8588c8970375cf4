// The order chains are listed in (quick pick, Explorer tree): what people look at first.
// Pure: no vscode.
import type { ChainView } from '../../../server/src/protocol';

/** Production servers, then production clients, then test code (servers, then clients); each by path and line. */
export function orderChains(chains: readonly ChainView[]): ChainView[] {
  const rank = (chain: ChainView) => (chain.testCode ? 2 : 0) + (chain.kind === 'server' ? 0 : 1);
  return [...chains].sort(
    (a, b) => rank(a) - rank(b) || a.relativePath.localeCompare(b.relativePath) || a.location.range.start.line - b.location.range.start.line,
  );
}
