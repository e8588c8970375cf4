// `npm run bench:precision -- <mirror dir> [--json FILE] [--unjudged [--sample N --seed S]] [--all-rules]`:
// for every bench/precision/repos/*.json, extracts the pinned commit from the mirror's bare git
// dir, runs the check in-process and scores the findings against the judgements.
import { execFileSync } from 'node:child_process';
import { extract } from '../mirror';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs as tokenize, type ParseArgsConfig } from 'node:util';
import { checkPaths } from '../../server/src/engine/run/check';
import { loadConfigFile } from '../../server/src/engine/config/config-file';
import { withAllRules } from '../all-rules';
import { judgementFileName, parseRepoJudgement, type RepoJudgement } from './judgement-file';
import { formatText, formatUnjudged, toJson, type RepoOutcome } from './report';
import { sampleByRule } from './sample';
import { compareLocations, combineRules, scoreRepo, type ReportedFinding } from './score';

// scripts/bench-precision.sh runs this at the repository root.
const REPOS_DIR = path.resolve('bench', 'precision', 'repos');

interface Options {
  mirror: string;
  repos: string;
  json: string | null;
  /** JSON lines: every reported finding with its message and verdict (null when unjudged). */
  findings: string | null;
  unjudged: boolean;
  sample: number | null;
  seed: number;
  /** Turn on the rules and variants that are off by default (where the repository does not set them), to keep measuring them. */
  allRules: boolean;
}

const OPTIONS = {
  json: { type: 'string' },
  findings: { type: 'string' },
  repos: { type: 'string' },
  unjudged: { type: 'boolean' },
  sample: { type: 'string' },
  seed: { type: 'string' },
  'all-rules': { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

// npm runs scripts at the repository root; paths given on its command line are meant from where it was run.
const fromCaller = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);

/** node:util's parseArgs; its error message instead of a throw. */
function tokens(argv: readonly string[]) {
  try {
    return tokenize({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return (error as Error).message;
  }
}

function parseOptions(argv: readonly string[]): Options | string {
  const parsed = tokens(argv);
  if (typeof parsed === 'string') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return positionals.length === 0 ? 'missing <mirror dir>' : 'one <mirror dir> only';
  const sample = values.sample === undefined ? null : Number(values.sample);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (sample !== null && !(Number.isInteger(sample) && sample > 0)) return '--sample needs a positive whole number';
  if (!Number.isInteger(seed)) return '--seed needs a whole number';
  const repos = values.repos === undefined ? REPOS_DIR : fromCaller(values.repos);
  if (!fs.statSync(repos, { throwIfNoEntry: false })?.isDirectory()) return `--repos: ${repos} is not a folder`;
  return {
    mirror: fromCaller(positionals[0]!),
    repos,
    json: values.json === undefined ? null : fromCaller(values.json),
    findings: values.findings === undefined ? null : fromCaller(values.findings),
    unjudged: values.unjudged === true,
    sample,
    seed,
    allRules: values['all-rules'] === true,
  };
}

const isGitDir = (dir: string) => fs.existsSync(path.join(dir, 'HEAD')) && fs.existsSync(path.join(dir, 'objects'));

/** The bare git dir of a repository: <mirror>/<owner>+<name>…, itself or its `repo` folder (what `fetch` makes). */
function findGitDir(mirror: string, repo: string): string | null {
  const prefix = judgementFileName(repo).slice(0, -'.json'.length);
  const names = fs.readdirSync(mirror).filter((n) => n === prefix || n.startsWith(`${prefix}.`) || n.startsWith(`${prefix}@`));
  for (const name of names.sort((a, b) => a.length - b.length)) {
    for (const dir of [path.join(mirror, name, 'repo'), path.join(mirror, name)]) if (isGitDir(dir)) return dir;
  }
  return null;
}

function hasCommit(gitDir: string, commit: string): boolean {
  try {
    execFileSync('git', ['--git-dir', gitDir, 'cat-file', '-e', `${commit}^{commit}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function findingsAt(gitDir: string, commit: string, allRules: boolean): Promise<ReportedFinding[]> {
  const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'ctxlens-precision-'));
  try {
    extract(gitDir, commit, tree);
    // As `ctxlens check .` run at the repository's root would: its .ctxlens.json, if any, applies.
    const { config } = loadConfigFile(tree);
    const result = await checkPaths([tree], allRules ? withAllRules(config) : config, tree);
    return result.findings.map((f) => ({
      path: path.relative(tree, f.file).split(path.sep).join('/'),
      line: f.range.start.line + 1,
      rule: f.rule,
      ...(f.variant === undefined ? {} : { variant: f.variant }),
      message: f.message,
    }));
  } finally {
    fs.rmSync(tree, { recursive: true, force: true });
  }
}

function readJudgements(dir: string): { judgements: RepoJudgement[]; errors: string[] } {
  const judgements: RepoJudgement[] = [];
  const errors: string[] = [];
  for (const name of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    let parsed: ReturnType<typeof parseRepoJudgement>;
    try {
      parsed = parseRepoJudgement(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
    } catch (error) {
      parsed = { errors: [error instanceof Error ? error.message : String(error)] };
    }
    if ('errors' in parsed) errors.push(...parsed.errors.map((e) => `${name}: ${e}`));
    else if (name !== judgementFileName(parsed.judgement.repo)) errors.push(`${name}: named after another repository than ${parsed.judgement.repo}`);
    else judgements.push(parsed.judgement);
  }
  return { judgements, errors };
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(
      `bench:precision: ${options}\nusage: npm run bench:precision -- <mirror dir> [--json FILE] [--findings FILE] [--unjudged [--sample N] [--seed S]] [--repos DIR] [--all-rules]`,
    );
    return 2;
  }
  if (!fs.statSync(options.mirror, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`bench:precision: ${options.mirror} is not a folder`);
    return 2;
  }
  const { judgements, errors } = readJudgements(options.repos);
  for (const error of errors) console.error(`bench:precision: ${error}`);

  const outcomes: RepoOutcome[] = [];
  const listed: string[] = [];
  for (const { repo, commit, judged } of judgements) {
    const gitDir = findGitDir(options.mirror, repo);
    if (!gitDir) outcomes.push({ repo, commit, status: 'missing', reason: `no mirror in ${options.mirror}` });
    else if (!hasCommit(gitDir, commit)) outcomes.push({ repo, commit, status: 'missing', reason: `commit not in ${gitDir}` });
    else {
      console.error(`bench:precision: checking ${repo} at ${commit.slice(0, 12)}`);
      const found = await findingsAt(gitDir, commit, options.allRules);
      outcomes.push({ repo, commit, status: 'scored', ...scoreRepo(judged, found) });
      for (const f of found) {
        const verdict = judged.find((j) => compareLocations(j, f) === 0)?.verdict ?? null;
        listed.push(JSON.stringify({ repo, path: f.path, line: f.line, rule: f.rule, variant: f.variant ?? null, verdict, message: f.message }));
      }
    }
  }
  const rules = combineRules(outcomes.map((o) => (o.status === 'scored' ? o.rules : [])));
  process.stdout.write(formatText(outcomes, rules));
  if (options.unjudged) {
    const { sample, seed } = options;
    process.stdout.write('\nunjudged findings (repository, path:line, rule, message):\n');
    process.stdout.write(formatUnjudged(outcomes, (found) => (sample === null ? [...found] : sampleByRule(found, sample, seed))));
  }
  if (options.findings) fs.writeFileSync(options.findings, listed.map((line) => `${line}\n`).join(''));
  if (options.json) fs.writeFileSync(options.json, `${JSON.stringify(toJson(outcomes, rules), null, 2)}\n`);
  return errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench:precision: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  },
);
