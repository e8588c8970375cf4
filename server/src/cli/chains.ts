// `ctxlens chains`: the effective interceptor chain of every server and client, as text,
// JSON (with each chain's finding count) or a mermaid flowchart, all from the chain view model
// (the configuration applied, as the rules and the editor's chain views apply it).
import { chainModels, formatChainsJson, formatChainsMermaid, formatChainsText } from '../engine/api';
import type { ChainsCommand } from './args';
import { analysePaths } from './analyse';
import { EXIT_CLEAN, type CliIO } from './io';

export async function runChains(command: ChainsCommand, io: CliIO): Promise<number> {
  const analysed = await analysePaths(command.paths, command.configFile, io);
  if ('exit' in analysed) return analysed.exit;
  const { result, config } = analysed;
  const { workspace, findings } = result;
  const models = chainModels(workspace.chains, { facts: workspace, configOf: () => config, findingsOf: () => findings });
  if (command.format === 'json') io.stdout(formatChainsJson(models, io.cwd));
  else if (command.format === 'mermaid') io.stdout(formatChainsMermaid(models, io.cwd));
  else io.stdout(formatChainsText(models, io.cwd));
  return EXIT_CLEAN;
}
