// `ctxlens chains --format text`: one header line per chain, then its unary and stream lines.
import { chainLensTitles } from './display';
import type { Chain } from './model';
import { relativePath } from './relative';

export function formatChainsText(chains: readonly Chain[], base: string): string {
  const lines: string[] = [];
  for (const chain of chains) {
    lines.push(`${relativePath(base, chain.file)}:${chain.range.start.line + 1} ${chain.kind} ${chain.constructor}`);
    for (const title of chainLensTitles(chain)) lines.push(`  ${title}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
