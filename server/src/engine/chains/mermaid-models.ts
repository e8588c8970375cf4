// `ctxlens chains --format mermaid`: the chain models through the one Mermaid writer, placed
// relative to the base folder as the panel places them relative to the workspace folder.
import { chainsMermaid } from './format-mermaid';
import { relativePath } from './relative';
import type { ChainEntryModel, ChainModel } from './view-model';

function entry({ entry, effectiveClass, outsideRecovery, findings }: ChainEntryModel) {
  return { ...entry, effectiveClass, outsideRecovery, findings };
}

export function formatChainsMermaid(models: readonly ChainModel[], base: string): string {
  return chainsMermaid(
    models.map(({ chain, unary, stream }) => ({
      kind: chain.kind,
      constructor: chain.constructor,
      place: `${relativePath(base, chain.file)}:${chain.range.start.line + 1}`,
      unary: unary.map(entry),
      stream: stream.map(entry),
    })),
  );
}
