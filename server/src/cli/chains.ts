// `ctxlens chains`: the effective interceptor chain of every server and client, as text,
// JSON (with each chain's finding count) or a mermaid flowchart.
import { formatChainsJson, formatChainsMermaid, formatChainsText } from '../engine/api';
import { findingsOfChain } from '../engine/api';
import type { ChainsCommand } from './args';
import { analysePaths } from './analyse';
import { EXIT_CLEAN, type CliIO } from './io';

export async function runChains(command: ChainsCommand, io: CliIO): Promise<number> {
  const analysed = await analysePaths(command.paths, command.configFile, io);
  if ('exit' in analysed) return analysed.exit;
  const { result } = analysed;
  const chains = result.workspace.chains;
  if (command.format === 'json') {
    const counts = new Map(chains.map((chain) => [chain.id, findingsOfChain(chain, result.findings).length]));
    io.stdout(formatChainsJson(chains, io.cwd, counts));
  } else if (command.format === 'mermaid') io.stdout(formatChainsMermaid(chains, io.cwd));
  else io.stdout(formatChainsText(chains, io.cwd));
  return EXIT_CLEAN;
}
