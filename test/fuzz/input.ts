// A fuzz input: a small workspace (go.mod, maybe .ctxlens.json, one to three Go files) built
// from mutated seeds, as relative paths and bytes.
import type { Corpus } from './corpus';
import { CONFIG_MUTATORS, GO_MOD_MUTATORS, GO_MUTATORS, mutate } from './mutators';
import { Prng } from './prng';

export interface FuzzInput {
  files: [path: string, bytes: Buffer][];
  /** What was done to the seeds, for the report. */
  mutations: string[];
}

const GO_PATHS = ['a.go', 'b.go', 'sub/c.go', 'a_test.go', 'sub/deeper/d.go'];

export function generateInput(seed: number, corpus: Corpus): FuzzInput {
  const rng = new Prng(seed);
  const files: FuzzInput['files'] = [];
  const mutations: string[] = [];
  const seedFile = (path: string, seedBytes: Buffer, table: Parameters<typeof mutate>[1], pMutate: number): void => {
    if (!rng.chance(pMutate)) {
      files.push([path, seedBytes]);
      return;
    }
    const { bytes, applied } = mutate(seedBytes, table, rng, corpus);
    files.push([path, bytes]);
    mutations.push(`${path}: ${applied.join(', ')}`);
  };
  if (rng.chance(0.9)) seedFile('go.mod', Buffer.from(rng.pick(corpus.goMods)), GO_MOD_MUTATORS, 0.3);
  if (rng.chance(0.05)) seedFile('sub/go.mod', Buffer.from(rng.pick(corpus.goMods)), GO_MOD_MUTATORS, 0.5);
  if (rng.chance(0.3)) seedFile('.ctxlens.json', Buffer.from(rng.pick(corpus.configs)), CONFIG_MUTATORS, 0.6);
  const goFiles = rng.between(1, 3);
  const paths = [...GO_PATHS];
  for (let i = 0; i < goFiles; i++) {
    const path = paths.splice(rng.int(paths.length), 1)[0]!;
    seedFile(path, rng.pick(corpus.goFiles), GO_MUTATORS, 0.9);
  }
  return { files, mutations };
}
