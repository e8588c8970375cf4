// `ctxlens chains --format text`: one header line per chain, then its unary and stream lines, each
// followed by what its `?` entries stand for and which entries run outside recovery.
import { chainLensTitle, outsideNote, unknownNotes } from './display';
import { relativePath } from './relative';
import type { ChainModel } from './view-model';
import { drawnStreams } from './words';

export function formatChainsText(models: readonly ChainModel[], base: string): string {
  const lines: string[] = [];
  for (const model of models) {
    const { chain } = model;
    lines.push(`${relativePath(base, chain.file)}:${chain.range.start.line + 1} ${chain.kind} ${chain.constructor}`);
    for (const stream of drawnStreams(chain)) {
      lines.push(`  ${chainLensTitle(chain, stream)}`);
      for (const note of [...unknownNotes(chain, stream), ...outsideNote(model, stream)]) lines.push(`    ${note}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
