// `ctxlens chains --format mermaid`: one left-to-right flowchart, a subgraph per chain and
// stream kind; conditional entries are joined by dotted arrows.
import { shortName, terminal } from './display';
import type { Chain, ChainEntry } from './model';
import { relativePath } from './relative';

function label(text: string): string {
  return `"${text.replace(/"/g, '#quot;')}"`;
}

function streamLines(id: string, title: string, entries: readonly ChainEntry[], terminal: string): string[] {
  const lines = [`  subgraph ${id}[${label(title)}]`, '    direction LR'];
  const nodes = entries.map((e, i) => `${id}_${i}[${label(shortName(e))}]`);
  nodes.push(`${id}_end([${label(terminal)}])`);
  if (nodes.length === 1) lines.push(`    ${nodes[0]}`);
  for (let i = 1; i < nodes.length; i++) {
    const arrow = entries[i - 1]?.conditional || entries[i]?.conditional ? '-.->' : '-->';
    lines.push(`    ${nodes[i - 1]} ${arrow} ${nodes[i]}`);
  }
  lines.push('  end');
  return lines;
}

export function formatChainsMermaid(chains: readonly Chain[], base: string): string {
  const lines = ['flowchart LR'];
  chains.forEach((chain, c) => {
    const where = `${relativePath(base, chain.file)}:${chain.range.start.line + 1} ${chain.constructor}`;
    lines.push(...streamLines(`c${c}_unary`, `${where} unary`, chain.unary, terminal(chain, 'unary')));
    if (chain.stream.length > 0) lines.push(...streamLines(`c${c}_stream`, `${where} stream`, chain.stream, terminal(chain, 'stream')));
  });
  return `${lines.join('\n')}\n`;
}
