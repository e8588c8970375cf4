// The seeds: every Go file, golden file and go.mod of the fixtures and the example workspace
// (never fetched code), plus configuration files written here from the rule catalogue.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { INTERCEPTOR_CLASSES } from '../../server/src/engine/chains/model';
import { RULE_IDS } from '../../server/src/engine/rules';
import { FIXTURES, REPO_ROOT, filesUnder } from '../support/fixtures';

export interface Corpus {
  goFiles: readonly Buffer[];
  goMods: readonly string[];
  configs: readonly string[];
}

const SEED_DIRS = [FIXTURES, path.join(REPO_ROOT, 'examples')];
/** Regressions the fuzzer wrote are mutated inputs already, not seeds. */
const NOT_SEEDS = path.join(FIXTURES, '_fuzz');

function seedFiles(keep: (name: string) => boolean): string[] {
  return SEED_DIRS.flatMap((dir) => filesUnder(dir, keep)).filter((file) => !file.startsWith(NOT_SEEDS + path.sep));
}

/** Valid `.ctxlens.json` texts touching every setting, for the config mutators to start from. */
function seedConfigs(): string[] {
  const rules = [...RULE_IDS];
  const severities = ['error', 'warning', 'info', 'hint', 'off'];
  const configs = [
    '{}',
    JSON.stringify({ rules: Object.fromEntries(rules.map((id, i) => [id, severities[i % severities.length]])) }, null, 2),
    JSON.stringify({ exclude: ['{gen,mocks}/**', '*_test.go', 'sub/[ab]*.go'], includeGenerated: true }),
    JSON.stringify({ order: INTERCEPTOR_CLASSES.slice(1).map((c, i) => [INTERCEPTOR_CLASSES[i], c]) }, null, 2),
    JSON.stringify({ recoveryNames: ['Recoverer', 'mw.Recoverer'], authNames: ['mw.Auth', 'Auth'] }),
    '// comments and trailing commas are allowed\n{\n  "rules": { "ctx-nil": "off", },\n  /* block */ "order": [["auth", "ratelimit"],],\n}\n',
  ];
  return configs;
}

export function loadCorpus(): Corpus {
  const goFiles = seedFiles((n) => n.endsWith('.go') || n.endsWith('.go.golden')).map((f) => fs.readFileSync(f));
  const goMods = seedFiles((n) => n === 'go.mod').map((f) => fs.readFileSync(f, 'utf8'));
  return { goFiles, goMods, configs: seedConfigs() };
}
