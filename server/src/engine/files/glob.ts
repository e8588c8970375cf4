// Exclude globs, compiled by picomatch (the matcher of micromatch and chokidar): `**`, `*`, `?`,
// braces `{a,b}` and character classes `[abc]`, dot files included.
import picomatch from 'picomatch';

export function globToRegExp(glob: string): RegExp {
  return picomatch.makeRe(glob, { dot: true });
}

/** True when relPath (with `/` separators) matches any glob, or lies below a matched folder. */
export function matchesAny(relPath: string, globs: readonly RegExp[]): boolean {
  if (globs.length === 0) return false;
  const parts = relPath.split('/');
  for (let i = parts.length; i > 0; i--) {
    const prefix = parts.slice(0, i).join('/');
    if (globs.some((g) => g.test(prefix))) return true;
  }
  return false;
}
