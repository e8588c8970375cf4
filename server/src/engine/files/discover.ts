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
  /**
   * Told about what is left out without being excluded: folders that cannot be listed
   * (unreadable) and symbolic links to .go files outside the root (skipped).
   */
  onSkipped?: (path: string, reason: string, unreadable: boolean) => void;
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
    } catch (error) {
      options.onSkipped?.(dir, `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, true);
      continue;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedDir(entry.name) && !excluded(full)) stack.push(full);
      } else if (!entry.name.endsWith('.go') || excluded(full)) continue;
      else if (entry.isFile()) found.add(full);
      else if (entry.isSymbolicLink()) {
        const target = linkedGoFile(full, roots);
        if ('file' in target) found.add(target.file);
        else options.onSkipped?.(full, target.skipped, false);
      }
    }
  }
  return [...found].sort();
}

/**
 * A symbolic link named .go: its target when that is a file inside one of the roots (listed
 * under its own path, so a file linked to is analysed once); else why it is skipped.
 */
function linkedGoFile(link: string, roots: readonly string[]): { file: string } | { skipped: string } {
  let target: string;
  try {
    target = fs.realpathSync(link);
    if (!fs.statSync(target).isFile()) return { skipped: 'symbolic link to something that is not a file' };
  } catch (error) {
    return { skipped: `broken symbolic link (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  for (const root of roots) {
    const rel = path.relative(realpathOr(root), target);
    // The target's path as seen through the root as given, so that it is listed once.
    if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) return { file: path.join(path.resolve(root), rel) };
  }
  return { skipped: 'symbolic link to a file outside the analysed folders' };
}

function realpathOr(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
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
