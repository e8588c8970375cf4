// `npm run bench:chains [-- --cli FILE]`: re-runs `ctxlens chains` on the judged public
// services and scores every judged chain site against what was read in the code.
// Mirrors are bare git dirs (/work/.mirror/<owner>+<name>/repo, or CTXLENS_MIRRORS); only Go
// sources and module files are extracted, into a temporary folder, at the judged commit.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { extract } from '../mirror';

interface Site {
  repo: string;
  commit: string;
  path: string;
  line: number;
  kind: 'server' | 'client';
  /** Entry names as read in the code, outermost first; `?x` where the site cannot know (the caller's options). */
  unary: string[];
  stream: string[];
  note?: string;
}

interface EntryJson {
  name: string;
  resolved: boolean;
  reason?: string | null;
}

/** `incomplete`: every entry shown is right, but one the code has is not shown (or the order differs). */
type Verdict = 'exact' | '?' | 'incomplete' | 'WRONG NAME' | 'missing';

const MIRRORS = process.env.CTXLENS_MIRRORS ?? '/work/.mirror';
/** npm runs scripts from the repository root. */
const ROOT = process.cwd();

const OPTIONS = {
  cli: { type: 'string' },
} satisfies ParseArgsConfig['options'];

/** The CLI to score (`--cli FILE`, from where npm was run), or a usage message. */
function cliPath(argv: readonly string[]): string | { error: string } {
  try {
    const { values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true });
    if (values.cli === undefined) return path.join(ROOT, 'dist', 'cli.js');
    return path.resolve(process.env.INIT_CWD ?? ROOT, values.cli);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function extractSite(repo: string, commit: string, dest: string): void {
  extract(path.join(MIRRORS, repo.replace('/', '+'), 'repo'), commit, dest);
}

function verdictOf(expected: string[], actual: EntryJson[]): Verdict {
  const names = actual.map((e) => (e.resolved ? e.name : `?${e.name}`));
  // A resolved entry the code does not have is the one thing never acceptable.
  if (actual.some((e, i) => e.resolved && !expected.includes(names[i]!))) return 'WRONG NAME';
  if (actual.some((e) => !e.resolved) || expected.some((n) => n.startsWith('?'))) return '?';
  return JSON.stringify(names) === JSON.stringify(expected) ? 'exact' : 'incomplete';
}

function worst(a: Verdict, b: Verdict): Verdict {
  const rank: Verdict[] = ['exact', '?', 'incomplete', 'missing', 'WRONG NAME'];
  return rank.indexOf(a) > rank.indexOf(b) ? a : b;
}

function main(): void {
  const cli = cliPath(process.argv.slice(2));
  if (typeof cli !== 'string') {
    console.error(`bench:chains: ${cli.error}\nusage: npm run bench:chains [-- --cli FILE]`);
    process.exitCode = 2;
    return;
  }
  const sites: Site[] = JSON.parse(fs.readFileSync(path.join(ROOT, 'bench', 'chains', 'sites.json'), 'utf8'));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ctxlens-chains-'));
  const counts = new Map<Verdict, number>();
  try {
    for (const repo of [...new Set(sites.map((s) => s.repo))]) {
      const repoSites = sites.filter((s) => s.repo === repo);
      const dest = path.join(tmp, repo.replace('/', '+'));
      extractSite(repo, repoSites[0]!.commit, dest);
      const out = execFileSync('node', [cli, 'chains', dest, '--format', 'json'], { cwd: dest, maxBuffer: 1 << 28 }).toString();
      const chains: { file: string; line: number; unary: EntryJson[]; stream: EntryJson[] }[] = JSON.parse(out).chains;
      for (const site of repoSites) {
        const chain = chains.find((c) => c.file === site.path && c.line === site.line);
        const verdict: Verdict = chain ? worst(verdictOf(site.unary, chain.unary), verdictOf(site.stream, chain.stream)) : 'missing';
        counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
        const unknowns = chain ? [...chain.unary, ...chain.stream].filter((e) => !e.resolved).map((e) => `${e.name}: ${e.reason ?? '(no reason)'}`) : [];
        console.log(`${verdict.padEnd(10)} ${repo} ${site.path}:${site.line}${unknowns.length ? `  [${[...new Set(unknowns)].join('; ')}]` : ''}`);
      }
      fs.rmSync(dest, { recursive: true, force: true });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const summary = (['exact', '?', 'incomplete', 'WRONG NAME', 'missing'] as Verdict[]).map((v) => `${v} ${counts.get(v) ?? 0}`).join(', ');
  console.log(`\n${counts.get('exact') ?? 0}/${sites.length} exact (${summary})`);
  if ((counts.get('WRONG NAME') ?? 0) > 0) process.exitCode = 1;
}

main();
