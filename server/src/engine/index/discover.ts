// Finds the Go files of a workspace, skipping what the go tool skips and what config excludes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globToRegExp, matchesAny } from './glob';
import { parseGoWork } from './gomod';

/** Folders never analysed: dependencies, test data, VCS and tool folders (as the go tool does for _ and . prefixes). */
function isSkippedDir(name: string): boolean {
  return name === 'vendor' || name === 'testdata' || name === 'node_modules' || name.startsWith('.') || name.startsWith('_');
}

export interface DiscoverOptions {
  /** Globs relative to base. */
  exclude: readonly string[];
  base: string;
}

export function isExcluded(file: string, options: DiscoverOptions): boolean {
  const rel = path.relative(options.base, file).split(path.sep).join('/');
  return matchesAny(rel, options.exclude.map(globToRegExp));
}

/** The module folders a root's go.work uses: they belong to the workspace even outside the root. */
function goWorkModules(root: string): string[] {
  let text: string;
  try {
    text = fs.readFileSync(path.join(root, 'go.work'), 'utf8');
  } catch {
    return [];
  }
  return parseGoWork(text).map((dir) => path.resolve(root, dir));
}

/** Every .go file under the given files or folders, and the modules their go.work files use (absolute paths, sorted, deduplicated). */
export function discoverGoFiles(roots: readonly string[], options: DiscoverOptions): string[] {
  const globs = options.exclude.map(globToRegExp);
  const found = new Set<string>();
  const excluded = (p: string) => matchesAny(path.relative(options.base, p).split(path.sep).join('/'), globs);
  const stack: string[] = [];
  for (const root of roots) {
    const stat = fs.statSync(root);
    if (stat.isFile()) {
      if (root.endsWith('.go')) found.add(path.resolve(root));
    } else stack.push(path.resolve(root), ...goWorkModules(path.resolve(root)));
  }
  const visited = new Set<string>();
  while (stack.length > 0) {
    const dir = stack.pop()!;
    if (visited.has(dir)) continue;
    visited.add(dir);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedDir(entry.name) && !excluded(full)) stack.push(full);
      } else if (entry.isFile() && entry.name.endsWith('.go') && !excluded(full)) found.add(full);
    }
  }
  return [...found].sort();
}

/** True when discoverGoFiles([root]) would list file: a .go file below root, in no skipped or excluded folder. */
export function wouldDiscover(file: string, root: string, options: DiscoverOptions): boolean {
  const rel = path.relative(root, file);
  if (!file.endsWith('.go') || rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
  const dirs = rel.split(path.sep).slice(0, -1);
  let dir = root;
  for (const name of dirs) {
    dir = path.join(dir, name);
    if (isSkippedDir(name) || isExcluded(dir, options)) return false;
  }
  return !isExcluded(file, options);
}
