// The benchmark's output: a text table per repository and per rule, and the same as JSON.
import { falseRate, judgedReported, meetsTargets, precision, TARGETS, totalOf, type ReportedFinding, type RuleScore } from './score';

export type RepoOutcome =
  | { repo: string; commit: string; status: 'scored'; rules: RuleScore[]; unjudged: ReportedFinding[] }
  | { repo: string; commit: string; status: 'missing'; reason: string };

const percent = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(0)}%`);
const verdictOf = (row: RuleScore) => {
  const ok = meetsTargets(row);
  return ok === null ? '—' : ok ? 'met' : 'missed';
};

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

function ruleCells(row: RuleScore): string[] {
  const counts = [row.reported, row.true, row.false, row.intentional, row.gone, row.unjudged].map(String);
  return [row.rule, ...counts, percent(precision(row)), percent(falseRate(row)), verdictOf(row)];
}

export function formatText(outcomes: readonly RepoOutcome[], rules: readonly RuleScore[]): string {
  const repoRows = outcomes.map((o) => {
    if (o.status === 'missing') return [o.repo, o.commit.slice(0, 12), 'missing', '—', '—', '—'];
    const t = totalOf(o.rules);
    return [o.repo, o.commit.slice(0, 12), String(t.reported), String(judgedReported(t)), String(t.gone), String(t.unjudged)];
  });
  const ruleRows = [...rules, totalOf(rules)].map(ruleCells);
  const missing = outcomes.flatMap((o) => (o.status === 'missing' ? [`${o.repo} missing: ${o.reason}\n`] : []));
  return [
    table(['repository', 'commit', 'reported', 'judged', 'gone', 'unjudged'], repoRows) + missing.join(''),
    table(['rule', 'reported', 'true', 'false', 'intentional', 'gone', 'unjudged', 'precision', 'false-rate', 'targets'], ruleRows),
    `precision = true / judged-and-reported; targets: precision ≥ ${TARGETS.minPrecision * 100}%, false-rate ≤ ${TARGETS.maxFalseRate * 100}% per rule\n`,
  ].join('\n');
}

export function formatUnjudged(outcomes: readonly RepoOutcome[], pick: (f: readonly ReportedFinding[]) => ReportedFinding[]): string {
  const lines: string[] = [];
  for (const o of outcomes) {
    if (o.status !== 'scored') continue;
    for (const f of pick(o.unjudged)) lines.push(`${o.repo}\t${f.path}:${f.line}\t${f.rule}\t${f.message}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : 'no unjudged findings\n';
}

function ruleJson(row: RuleScore) {
  return { ...row, precision: precision(row), falseRate: falseRate(row), meetsTargets: meetsTargets(row) };
}

export function toJson(outcomes: readonly RepoOutcome[], rules: readonly RuleScore[]) {
  return {
    version: 1,
    targets: TARGETS,
    repos: outcomes.map((o) =>
      o.status === 'missing'
        ? { repo: o.repo, commit: o.commit, status: o.status, reason: o.reason }
        : { repo: o.repo, commit: o.commit, status: o.status, rules: o.rules.map(ruleJson), total: ruleJson(totalOf(o.rules)) },
    ),
    rules: rules.map(ruleJson),
    total: ruleJson(totalOf(rules)),
  };
}
