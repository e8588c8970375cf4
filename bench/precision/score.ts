// Scoring of the precision benchmark: hand-judged findings of one repository against what
// ctxlens reports on it now → one row per rule. Pure: no files, no engine.

export const VERDICTS = ['true', 'false', 'intentional'] as const;
/** "true": worth a reviewer's time; "false": the finding is wrong; "intentional": true but harmless or on purpose. */
export type Verdict = (typeof VERDICTS)[number];

export interface JudgedFinding {
  path: string;
  /** 1-based, as the CLI prints it. */
  line: number;
  rule: string;
  verdict: Verdict;
  why: string;
}

export interface ReportedFinding {
  path: string;
  line: number;
  rule: string;
  /** The rule's variant, if any: its findings get a row of their own (`rule/variant`). */
  variant?: string;
  message: string;
}

export interface RuleScore {
  rule: string;
  reported: number;
  /** Judged findings still reported, by verdict. */
  true: number;
  false: number;
  intentional: number;
  /** Judged findings no longer reported (fixed, or the rule changed). */
  gone: number;
  /** Reported findings nobody has judged yet. */
  unjudged: number;
}

export interface RepoScore {
  rules: RuleScore[];
  unjudged: ReportedFinding[];
}

/** What the benchmark aims for, per rule and in total. */
export const TARGETS = { minPrecision: 0.6, maxFalseRate: 0.03 } as const;

const keyOf = (f: { path: string; line: number; rule: string }) => `${f.path}\0${f.line}\0${f.rule}`;

function emptyRow(rule: string): RuleScore {
  return { rule, reported: 0, true: 0, false: 0, intentional: 0, gone: 0, unjudged: 0 };
}

export function compareLocations(a: { path: string; line: number; rule: string }, b: { path: string; line: number; rule: string }): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.line - b.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * Matches judged and reported findings by path, line and rule. Two findings of one rule on one
 * line need two judgements: each judgement matches one finding.
 */
export function scoreRepo(judged: readonly JudgedFinding[], reported: readonly ReportedFinding[]): RepoScore {
  const waiting = new Map<string, JudgedFinding[]>();
  for (const j of judged) {
    const key = keyOf(j);
    const list = waiting.get(key);
    if (list) list.push(j);
    else waiting.set(key, [j]);
  }
  const rows = new Map<string, RuleScore>();
  const row = (rule: string) => {
    let r = rows.get(rule);
    if (!r) {
      r = emptyRow(rule);
      rows.set(rule, r);
    }
    return r;
  };
  const unjudged: ReportedFinding[] = [];
  for (const finding of [...reported].sort(compareLocations)) {
    // Judgements match by rule; a variant's findings are counted on a row of their own.
    const r = row(finding.variant === undefined ? finding.rule : `${finding.rule}/${finding.variant}`);
    r.reported++;
    const judgement = waiting.get(keyOf(finding))?.shift();
    if (judgement) r[judgement.verdict]++;
    else {
      r.unjudged++;
      unjudged.push(finding);
    }
  }
  for (const left of waiting.values()) for (const j of left) row(j.rule).gone++;
  return { rules: sortRows([...rows.values()]), unjudged };
}

function sortRows(rows: RuleScore[]): RuleScore[] {
  return rows.sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

function add(into: RuleScore, row: RuleScore): void {
  into.reported += row.reported;
  into.true += row.true;
  into.false += row.false;
  into.intentional += row.intentional;
  into.gone += row.gone;
  into.unjudged += row.unjudged;
}

/** Sums rows of several repositories per rule. */
export function combineRules(perRepo: readonly (readonly RuleScore[])[]): RuleScore[] {
  const rows = new Map<string, RuleScore>();
  for (const rules of perRepo) {
    for (const r of rules) {
      let into = rows.get(r.rule);
      if (!into) {
        into = emptyRow(r.rule);
        rows.set(r.rule, into);
      }
      add(into, r);
    }
  }
  return sortRows([...rows.values()]);
}

export function totalOf(rows: readonly RuleScore[], label = 'total'): RuleScore {
  const total = emptyRow(label);
  for (const r of rows) add(total, r);
  return total;
}

/** Judged findings that are still reported: the denominator of both rates. */
export function judgedReported(row: RuleScore): number {
  return row.true + row.false + row.intentional;
}

/** true / judged-reported; null when nothing reported is judged. */
export function precision(row: RuleScore): number | null {
  const n = judgedReported(row);
  return n === 0 ? null : row.true / n;
}

/** false / judged-reported; null when nothing reported is judged. */
export function falseRate(row: RuleScore): number | null {
  const n = judgedReported(row);
  return n === 0 ? null : row.false / n;
}

/** Whether a row meets both targets; null when nothing reported is judged. */
export function meetsTargets(row: RuleScore): boolean | null {
  const p = precision(row);
  const f = falseRate(row);
  if (p === null || f === null) return null;
  return p >= TARGETS.minPrecision && f <= TARGETS.maxFalseRate;
}
