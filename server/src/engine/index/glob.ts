// Minimal glob matching for exclude settings: `**` any path segments, `*` and `?` within one.

export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else out += '[^/]*';
    } else if (ch === '?') out += '[^/]';
    else out += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
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
