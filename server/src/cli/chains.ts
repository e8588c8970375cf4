// `ctxlens chains`: the effective interceptor chain of every server and client, as text,
// JSON (with each chain's finding count) or a mermaid flowchart.
import { formatChainsJson, formatChainsMermaid, formatChainsText } from '../engine/chains';
import { findingsOfChain } from '../engine/chains/findings';
import { checkPaths } from '../engine/check';
import type { ChainsCommand } from './args';
import { loadCliConfig } from './config';
import { EXIT_CLEAN, EXIT_USAGE, type CliIO } from './io';
import { displayPath } from './locations';
import { checkRoots } from './roots';

export async function runChains(command: ChainsCommand, io: CliIO): Promise<number> {
  const loaded = loadCliConfig(command.configFile, io.cwd);
  if ('error' in loaded) {
    io.stderr(`ctxlens: ${loaded.error}\n`);
    return EXIT_USAGE;
  }
  for (const problem of loaded.problems) io.stderr(`ctxlens: ${problem}\n`);
  const roots = checkRoots(command.paths, io.cwd);
  if ('error' in roots) {
    io.stderr(`ctxlens: ${roots.error}\n`);
    return EXIT_USAGE;
  }

  const result = await checkPaths(roots.roots, loaded.config, loaded.base);
  for (const problem of result.problems) io.stderr(`ctxlens: ${problem}\n`);
  for (const s of result.skipped) if (s.reason.startsWith('cannot read')) io.stderr(`ctxlens: ${displayPath(s.file, io.cwd)}: ${s.reason}\n`);

  const chains = result.workspace.chains;
  if (command.format === 'json') {
    const counts = new Map(chains.map((chain) => [chain.id, findingsOfChain(chain, result.findings).length]));
    io.stdout(formatChainsJson(chains, io.cwd, counts));
  } else if (command.format === 'mermaid') io.stdout(formatChainsMermaid(chains, io.cwd));
  else io.stdout(formatChainsText(chains, io.cwd));
  return EXIT_CLEAN;
}
