// Every chain of the workspace: each grpc constructor call's, and each call of a wrapper constructor's.
import type { WorkspaceFacts } from '../facts/file-facts';
import { ChainIndex } from '../index/workspace-index';
import { comparePositions } from '../types';
import type { Chain } from './model';
import { constructorChains } from './wrappers';

/** Every chain of the workspace, by file path then position. */
export function computeChains(facts: WorkspaceFacts): Chain[] {
  const index = new ChainIndex(facts);
  const chains: Chain[] = [];
  for (const file of facts.files.values()) for (const ctor of file.chains.constructors) chains.push(...constructorChains(index, file, ctor));
  return chains.sort((a, b) => (a.file !== b.file ? (a.file < b.file ? -1 : 1) : comparePositions(a.range.start, b.range.start)));
}
