// Computes the chains of a fixture workspace under test/fixtures/_chains and prints entries compactly.
import * as path from 'node:path';
import { Analyzer } from '../../server/src/engine/run/analyzer';
import { chainModel, computeChains, type Chain, type ChainEntry, type ChainModel } from '../../server/src/engine/chains';
import type { Config } from '../../server/src/engine/config/config';
import type { Finding } from '../../server/src/engine/types';
import { defaultConfig } from '../../server/src/engine/config/config';
import { discoverGoFiles } from '../../server/src/engine/files/discover';
import { readGoSource } from '../../server/src/engine/files/read-source';
import { Workspace } from '../../server/src/engine/run/workspace';
import { FIXTURES } from '../support/fixtures';

export const CHAIN_FIXTURES = path.join(FIXTURES, '_chains');

export async function chainsOf(caseName: string): Promise<{ chains: Chain[]; dir: string }> {
  const dir = path.join(CHAIN_FIXTURES, caseName);
  const analyzer = await Analyzer.create();
  const workspace = new Workspace();
  const config = defaultConfig();
  for (const file of discoverGoFiles([dir], { exclude: [], base: dir })) {
    const read = readGoSource(file, false);
    if ('skipped' in read) continue;
    const { analysis, tree } = analyzer.analyze(file, read.text, config);
    tree.delete();
    workspace.setFile(analysis);
  }
  return { chains: computeChains(workspace), dir };
}

/** `name class` plus ` if` for conditional and ` ?` for unresolved entries. */
export function describe(entries: readonly ChainEntry[]): string[] {
  return entries.map((e) => `${e.name} ${e.class}${e.conditional ? ' if' : ''}${e.resolved ? '' : ' ?'}`);
}

/** `file:line` (1-based, relative to dir) of each entry's definition, or `-`. */
export function definitions(entries: readonly ChainEntry[], dir: string): string[] {
  return entries.map((e) => (e.defined ? `${path.relative(dir, e.defined.file)}:${e.defined.range.start.line + 1}` : '-'));
}

/** The chain whose constructor call starts on this 1-based line of the file. */
export function chainAt(chains: readonly Chain[], dir: string, file: string, line: number): Chain {
  const found = chains.find((c) => c.file === path.join(dir, file) && c.range.start.line + 1 === line);
  if (!found) throw new Error(`no chain at ${file}:${line}; have ${chains.map((c) => `${path.relative(dir, c.file)}:${c.range.start.line + 1}`).join(', ')}`);
  return found;
}

/** The chains' view models with a configuration (the defaults) and findings (none), outside test code. */
export function modelsOf(chains: readonly Chain[], config: Config = defaultConfig(), findings: readonly Finding[] = []): ChainModel[] {
  return chains.map((chain) => chainModel(chain, { config, findings, testCode: false }));
}
