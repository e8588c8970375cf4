// One repository's judgements, bench/precision/repos/<owner>+<name>.json:
// { "repo": "owner/name", "commit": "<40 hex>", "judged": [ { path, line, rule, verdict, why } ] }
import { compareLocations, VERDICTS, type JudgedFinding, type Verdict } from './score';

export interface RepoJudgement {
  repo: string;
  commit: string;
  judged: JudgedFinding[];
}

/** The file name a repository's judgements are kept under. */
export function judgementFileName(repo: string): string {
  return `${repo.replace('/', '+')}.json`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the shape, the verdicts and the order (by path, line, rule); every problem is named. */
export function parseRepoJudgement(value: unknown): { judgement: RepoJudgement } | { errors: string[] } {
  if (!isObject(value)) return { errors: ['not a JSON object'] };
  const errors: string[] = [];
  const { repo, commit, judged } = value;
  if (typeof repo !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(repo)) errors.push('"repo" must be "owner/name"');
  if (typeof commit !== 'string' || !/^[0-9a-f]{40}$/.test(commit)) errors.push('"commit" must be 40 lower-case hex digits');
  if (!Array.isArray(judged)) return { errors: [...errors, '"judged" must be an array'] };
  const entries: JudgedFinding[] = [];
  for (const [i, entry] of (judged as unknown[]).entries()) {
    const at = `judged[${i}]`;
    if (!isObject(entry)) {
      errors.push(`${at} is not an object`);
      continue;
    }
    const { path, line, rule, verdict, why } = entry;
    if (typeof path !== 'string' || path === '' || path.startsWith('/')) errors.push(`${at}.path must be a path relative to the repository`);
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) errors.push(`${at}.line must be a 1-based line number`);
    if (typeof rule !== 'string' || rule === '') errors.push(`${at}.rule must be a rule id`);
    if (!VERDICTS.includes(verdict as Verdict)) errors.push(`${at}.verdict must be one of ${VERDICTS.join(', ')}`);
    if (typeof why !== 'string' || why.trim() === '') errors.push(`${at}.why must say why in one line`);
    else if (why.includes('\n')) errors.push(`${at}.why must be one line`);
    entries.push(entry as unknown as JudgedFinding);
  }
  if (errors.length > 0) return { errors };
  for (let i = 1; i < entries.length; i++) {
    if (compareLocations(entries[i - 1]!, entries[i]!) > 0) errors.push(`judged[${i}] is out of order: sort by path, line, rule`);
  }
  if (errors.length > 0) return { errors };
  return { judgement: { repo: repo as string, commit: commit as string, judged: entries } };
}
