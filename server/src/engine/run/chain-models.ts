// The chain view models of a workspace: each chain with the configuration of its folder and the
// workspace's test-code policy applied (chains/ cannot read config/test-code: config imports chains).
import { chainModel, type ChainModel } from '../chains/view-model';
import type { Chain } from '../chains/model';
import type { Config } from '../config/config';
import { isTestCodeAt } from '../config/test-code';
import type { WorkspaceFacts } from '../facts/file-facts';
import type { Finding } from '../types';

export interface ChainModelSource {
  facts: WorkspaceFacts;
  configOf(file: string): Config;
  /** The findings to place on a chain (those of the files it touches, or all of them). */
  findingsOf(chain: Chain): readonly Finding[];
}

/** The constructor call is test code: a test file, a configured test folder, or a function taking *testing.T. */
export function isTestChain(facts: WorkspaceFacts, chain: Chain, config: Config): boolean {
  const file = facts.files.get(chain.file);
  return !!file && isTestCodeAt(chain.file, file.testCode, chain.range.start.line, config);
}

export function chainModels(chains: readonly Chain[], source: ChainModelSource): ChainModel[] {
  return chains.map((chain) => {
    const config = source.configOf(chain.file);
    return chainModel(chain, { config, findings: source.findingsOf(chain), testCode: isTestChain(source.facts, chain, config) });
  });
}
