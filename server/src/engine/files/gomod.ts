// go.mod and go.work readers. Both are line-oriented formats with their own small grammar
// (not Go source), read token by token.

export interface GoMod {
  modulePath: string;
  goVersion: string | null;
  /** Required module path → version (v-prefixed, as written). */
  requires: Map<string, string>;
  /** Required modules marked `// indirect`: no package of this module imports them. */
  indirect: Set<string>;
}

/** The text of a line's `//` comment after its tokens, trimmed ('' without one). */
function commentOf(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === '`') quote = ch;
    else if (ch === '/' && line[i + 1] === '/') return line.slice(i + 2).trim();
  }
  return '';
}

/** Splits a go.mod line into tokens, dropping `//` comments and unquoting "strings". */
function tokens(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
      continue;
    }
    if (ch === '/' && line[i + 1] === '/') break;
    if (ch === '"' || ch === '`') {
      const close = line.indexOf(ch, i + 1);
      const end = close < 0 ? line.length : close;
      out.push(line.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < line.length && !' \t\r'.includes(line[j]!) && !(line[j] === '/' && line[j + 1] === '/')) j++;
    out.push(line.slice(i, j));
    i = j;
  }
  return out;
}

/** Calls onDirective(verb, args, comment) for every directive, expanding `verb ( … )` blocks. */
function eachDirective(text: string, onDirective: (verb: string, args: string[], comment: string) => void): void {
  let block: string | null = null;
  for (const line of text.split('\n')) {
    const t = tokens(line);
    if (t.length === 0) continue;
    if (block) {
      if (t[0] === ')') block = null;
      else onDirective(block, t, commentOf(line));
      continue;
    }
    if (t[1] === '(') {
      block = t[0]!;
      continue;
    }
    onDirective(t[0]!, t.slice(1), commentOf(line));
  }
}

export function parseGoMod(text: string): GoMod {
  const mod: GoMod = { modulePath: '', goVersion: null, requires: new Map(), indirect: new Set() };
  eachDirective(text, (verb, args, comment) => {
    if (verb === 'module' && args[0]) mod.modulePath = args[0];
    else if (verb === 'go' && args[0]) mod.goVersion = args[0];
    else if (verb === 'require' && args[0] && args[1]) {
      mod.requires.set(args[0], args[1]);
      // The go command writes `// indirect`, possibly followed by `; other comment`.
      if (comment === 'indirect' || comment.startsWith('indirect;')) mod.indirect.add(args[0]);
    }
  });
  return mod;
}

/** The `use` directories of a go.work file, as written (relative to the go.work file). */
export function parseGoWork(text: string): string[] {
  const dirs: string[] = [];
  eachDirective(text, (verb, args) => {
    if (verb === 'use' && args[0]) dirs.push(args[0]);
  });
  return dirs;
}

/** Compares Go / semver versions ("1.21", "v1.63.0", "v0.46.0-rc1"); prerelease tags sort first. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = '', pre] = v.replace(/^v/, '').split('-', 2);
    return { nums: core.split('.').map((n) => Number.parseInt(n, 10) || 0), pre };
  };
  const pa = parse(a);
  const pb = parse(b);
  for (let i = 0; i < Math.max(pa.nums.length, pb.nums.length); i++) {
    const d = (pa.nums[i] ?? 0) - (pb.nums[i] ?? 0);
    if (d !== 0) return d;
  }
  if (pa.pre && !pb.pre) return -1;
  if (!pa.pre && pb.pre) return 1;
  return 0;
}

export function versionAtLeast(version: string | null | undefined, minimum: string): boolean {
  return !!version && compareVersions(version, minimum) >= 0;
}
