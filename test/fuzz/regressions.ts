// Minimised failing inputs kept as regressions: test/fixtures/_fuzz/<hash>/ holds the
// workspace's files as they were when it failed.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, filesUnder } from '../support/fixtures';
import type { FuzzInput } from './input';
import { writeWorkspace } from './check-input';

export const REGRESSIONS = path.join(FIXTURES, '_fuzz');

function hashOf(input: FuzzInput): string {
  const hash = createHash('sha256');
  for (const [rel, bytes] of [...input.files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(rel).update('\0').update(bytes).update('\0');
  return hash.digest('hex').slice(0, 12);
}

/** Writes the input as a regression folder; returns its path. */
export function saveRegression(input: FuzzInput): string {
  const dir = path.join(REGRESSIONS, hashOf(input));
  writeWorkspace(input, dir);
  return dir;
}

/** Every regression folder, as inputs. */
export function loadRegressions(): { name: string; input: FuzzInput }[] {
  if (!fs.existsSync(REGRESSIONS)) return [];
  return fs
    .readdirSync(REGRESSIONS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const dir = path.join(REGRESSIONS, name);
      const files = filesUnder(dir, () => true).map((file): [string, Buffer] => [path.relative(dir, file), fs.readFileSync(file)]);
      return { name, input: { files, mutations: [] } };
    });
}
