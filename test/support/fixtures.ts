// Locations of the Go fixture modules and helpers to walk them.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The nearest folder above the running bundle (out/test/…, .fuzz/) holding package.json. */
function repoRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
  }
  throw new Error(`no package.json above ${__dirname}`);
}

export const REPO_ROOT = repoRoot();
export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');
/** Shared stub modules (grpc, go-grpc-middleware, …) that fixtures reach through replace directives. */
export const STUBS = path.join(FIXTURES, '_stubs');

/** Fixtures of the runner's policies (suppression directives, test code), checked like rule fixtures. */
export const POLICY_FIXTURES: readonly string[] = ['_suppressions', '_test-code'];

/** Fixture folders, one per rule (folders starting with _ hold shared material). */
export function fixtureDirs(): string[] {
  return fs
    .readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
    .map((e) => e.name)
    .sort();
}

/** Every file below dir whose name passes the filter. */
export function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, keep));
    else if (keep(entry.name)) out.push(full);
  }
  return out.sort();
}

/** The nearest folder at or above file's folder holding a go.mod. */
export function moduleRootOf(file: string): string {
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'go.mod'))) return dir;
  }
  throw new Error(`no go.mod above ${file}`);
}

/** Copies the fixtures tree (with stubs) into a fresh temp folder and returns the copy's root. */
export function copyFixturesTo(ruleDir: string): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ctxlens-fix-'));
  fs.cpSync(STUBS, path.join(tmp, '_stubs'), { recursive: true });
  fs.cpSync(path.join(FIXTURES, ruleDir), path.join(tmp, ruleDir), { recursive: true });
  return tmp;
}

/** The stub module (below STUBS) whose go.mod declares modulePath, if any. */
export function stubOf(modulePath: string): string | undefined {
  for (const entry of fs.readdirSync(STUBS, { withFileTypes: true })) {
    const goMod = path.join(STUBS, entry.name, 'go.mod');
    if (entry.isDirectory() && fs.existsSync(goMod) && fs.readFileSync(goMod, 'utf8').split('\n')[0]?.trim() === `module ${modulePath}`) {
      return path.join(STUBS, entry.name);
    }
  }
  return undefined;
}
