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
  return chains.sort(byPosition);
}

/** By file path, then position; one call reaching several constructors has a chain for each, by id. */
export function byPosition(a: Chain, b: Chain): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return comparePositions(a.range.start, b.range.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
