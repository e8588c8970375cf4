// `ctxlens chains --format text`: one header line per chain, then its unary and stream lines, each
// followed by what its `?` entries stand for.
import { chainLensTitles, unknownNotes } from './display';
import type { Chain } from './model';
import { relativePath } from './relative';

export function formatChainsText(chains: readonly Chain[], base: string): string {
  const lines: string[] = [];
  for (const chain of chains) {
    lines.push(`${relativePath(base, chain.file)}:${chain.range.start.line + 1} ${chain.kind} ${chain.constructor}`);
    chainLensTitles(chain).forEach((title, i) => {
      lines.push(`  ${title}`);
      for (const note of unknownNotes(chain, i === 0 ? 'unary' : 'stream')) lines.push(`    ${note}`);
    });
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
