// The precision benchmark's scoring: judged findings + reported findings → rows per rule.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { judgementFileName, parseRepoJudgement } from '../../bench/precision/judgement-file';
import { formatText, toJson, type RepoOutcome } from '../../bench/precision/report';
import { sampleByRule } from '../../bench/precision/sample';
import { REPO_ROOT } from '../support/fixtures';
import { combineRules, falseRate, meetsTargets, precision, scoreRepo, totalOf, type JudgedFinding, type ReportedFinding } from '../../bench/precision/score';

const judged = (path: string, line: number, rule: string, verdict: JudgedFinding['verdict']): JudgedFinding => ({ path, line, rule, verdict, why: 'because' });
const reported = (path: string, line: number, rule: string): ReportedFinding => ({ path, line, rule, message: `${rule} at ${path}:${line}` });

test('each reported finding counts under its judgement, or as unjudged; judgements no longer reported are gone', () => {
  const score = scoreRepo(
    [
      judged('a.go', 3, 'r1', 'true'),
      judged('a.go', 9, 'r1', 'false'),
      judged('b.go', 1, 'r1', 'intentional'),
      judged('b.go', 7, 'r2', 'true'),
      judged('c.go', 2, 'r1', 'true'),
    ],
    [
      reported('b.go', 1, 'r1'),
      reported('a.go', 3, 'r1'),
      reported('a.go', 9, 'r1'),
      reported('a.go', 4, 'r1'),
      reported('b.go', 7, 'r2'),
      reported('b.go', 7, 'r3'),
    ],
  );
  assert.deepEqual(score.rules, [
    { rule: 'r1', reported: 4, true: 1, false: 1, intentional: 1, gone: 1, unjudged: 1 },
    { rule: 'r2', reported: 1, true: 1, false: 0, intentional: 0, gone: 0, unjudged: 0 },
    { rule: 'r3', reported: 1, true: 0, false: 0, intentional: 0, gone: 0, unjudged: 1 },
  ]);
  assert.deepEqual(score.unjudged, [reported('a.go', 4, 'r1'), reported('b.go', 7, 'r3')]);
});

test("a variant's findings match the rule's judgements and count on a row of their own", () => {
  const score = scoreRepo(
    [judged('a.go', 3, 'r1', 'true'), judged('a.go', 5, 'r1', 'false'), judged('a.go', 8, 'r1', 'intentional')],
    [reported('a.go', 3, 'r1'), { ...reported('a.go', 5, 'r1'), variant: 'v' }],
  );
  assert.deepEqual(score.rules, [
    { rule: 'r1', reported: 1, true: 1, false: 0, intentional: 0, gone: 1, unjudged: 0 },
    { rule: 'r1/v', reported: 1, true: 0, false: 1, intentional: 0, gone: 0, unjudged: 0 },
  ]);
});

test('a judgement matches one finding: a second finding of the rule on the line is unjudged', () => {
  const score = scoreRepo([judged('a.go', 5, 'r', 'false')], [reported('a.go', 5, 'r'), reported('a.go', 5, 'r')]);
  assert.deepEqual(score.rules, [{ rule: 'r', reported: 2, true: 0, false: 1, intentional: 0, gone: 0, unjudged: 1 }]);
});

test('a judgement of another rule or another line does not match', () => {
  const score = scoreRepo([judged('a.go', 5, 'r1', 'true'), judged('a.go', 6, 'r2', 'true')], [reported('a.go', 5, 'r2')]);
  assert.deepEqual(score.rules, [
    { rule: 'r1', reported: 0, true: 0, false: 0, intentional: 0, gone: 1, unjudged: 0 },
    { rule: 'r2', reported: 1, true: 0, false: 0, intentional: 0, gone: 1, unjudged: 1 },
  ]);
});

test('precision and false-rate are over the judged findings still reported; targets are 60% and 3%', () => {
  const rows = combineRules([
    scoreRepo(
      [judged('a.go', 1, 'r', 'true'), judged('a.go', 2, 'r', 'true'), judged('a.go', 3, 'r', 'intentional')],
      [reported('a.go', 1, 'r'), reported('a.go', 2, 'r'), reported('a.go', 3, 'r'), reported('a.go', 4, 'r')],
    ).rules,
    scoreRepo([judged('b.go', 1, 'r', 'false'), judged('b.go', 2, 's', 'true')], [reported('b.go', 1, 'r')]).rules,
  ]);
  assert.deepEqual(rows, [
    { rule: 'r', reported: 5, true: 2, false: 1, intentional: 1, gone: 0, unjudged: 1 },
    { rule: 's', reported: 0, true: 0, false: 0, intentional: 0, gone: 1, unjudged: 0 },
  ]);
  const [r, s] = rows as [(typeof rows)[0], (typeof rows)[0]];
  assert.equal(precision(r), 0.5);
  assert.equal(falseRate(r), 0.25);
  assert.equal(meetsTargets(r), false);
  assert.equal(precision(s), null);
  assert.equal(meetsTargets(s), null);
  const total = totalOf(rows);
  assert.deepEqual(total, { rule: 'total', reported: 5, true: 2, false: 1, intentional: 1, gone: 1, unjudged: 1 });

  const good = scoreRepo(
    Array.from({ length: 40 }, (_, i) => judged('a.go', i + 1, 'r', i < 25 ? 'true' : i < 39 ? 'intentional' : 'false')),
    Array.from({ length: 40 }, (_, i) => reported('a.go', i + 1, 'r')),
  ).rules[0]!;
  assert.equal(precision(good), 25 / 40);
  assert.equal(falseRate(good), 1 / 40);
  assert.equal(meetsTargets(good), true);
});

test('a judgement file is checked for shape, verdicts and order', () => {
  const commit = 'a'.repeat(40);
  const ok = parseRepoJudgement({
    repo: 'o/n',
    commit,
    judged: [judged('a.go', 2, 'r', 'true'), judged('a.go', 10, 'r', 'false'), judged('b.go', 1, 'q', 'intentional')],
  });
  assert.ok('judgement' in ok && ok.judgement.judged.length === 3);

  const bad = parseRepoJudgement({ repo: 'n', commit: 'abc', judged: [{ path: '/abs.go', line: 0, rule: '', verdict: 'maybe', why: '' }] });
  assert.ok('errors' in bad);
  assert.equal(bad.errors.length, 7);

  const unsorted = parseRepoJudgement({ repo: 'o/n', commit, judged: [judged('b.go', 1, 'r', 'true'), judged('a.go', 10, 'r', 'true')] });
  assert.deepEqual(unsorted, { errors: ['judged[1] is out of order: sort by path, line, rule'] });
  // Lines compare as numbers, not as text.
  assert.ok('judgement' in parseRepoJudgement({ repo: 'o/n', commit, judged: [judged('a.go', 9, 'r', 'true'), judged('a.go', 10, 'r', 'true')] }));
});

test('the sample keeps rules with few findings whole and draws the same findings for the same seed', () => {
  const many = Array.from({ length: 50 }, (_, i) => reported(`f${i % 7}.go`, i + 1, 'many'));
  const few = [reported('z.go', 1, 'few'), reported('a.go', 1, 'few')];
  const first = sampleByRule([...many, ...few], 30, 11);
  assert.equal(first.length, 32);
  assert.deepEqual(
    first.filter((f) => f.rule === 'few'),
    [few[1], few[0]],
  );
  assert.deepEqual(sampleByRule([...few, ...many].reverse(), 30, 11), first, 'the input order does not matter');
  assert.notDeepEqual(sampleByRule(many, 30, 12), sampleByRule(many, 30, 11));
  assert.equal(new Set(first.map((f) => `${f.path}:${f.line}`)).size, 32, 'no finding is drawn twice');
});

test('every judgement file in bench/precision/repos is well-formed and named after its repository', () => {
  const dir = path.join(REPO_ROOT, 'bench', 'precision', 'repos');
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.json'));
  assert.ok(names.length > 0);
  for (const name of names) {
    const parsed = parseRepoJudgement(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
    assert.ok('judgement' in parsed, `${name}: ${'errors' in parsed ? parsed.errors.join('; ') : ''}`);
    assert.equal(name, judgementFileName(parsed.judgement.repo));
  }
});

test('the report lists a repository without a mirror as missing and keeps it out of the totals', () => {
  const scored = scoreRepo([judged('a.go', 1, 'r', 'true'), judged('a.go', 2, 'r', 'false')], [reported('a.go', 1, 'r'), reported('a.go', 2, 'r')]);
  const outcomes: RepoOutcome[] = [
    { repo: 'o/scored', commit: 'a'.repeat(40), status: 'scored', ...scored },
    { repo: 'o/absent', commit: 'b'.repeat(40), status: 'missing', reason: 'no mirror in /m' },
  ];
  const rules = combineRules([scored.rules]);
  const text = formatText(outcomes, rules);
  assert.match(text, /^o\/absent missing: no mirror in \/m$/m);
  assert.match(text, /^r +2 +1 +1 +0 +0 +0 +50% +50% +missed$/m);
  const json = toJson(outcomes, rules);
  assert.deepEqual(
    json.repos.map((r) => r.status),
    ['scored', 'missing'],
  );
  assert.deepEqual(json.total, {
    rule: 'total',
    reported: 2,
    true: 1,
    false: 1,
    intentional: 0,
    gone: 0,
    unjudged: 0,
    precision: 0.5,
    falseRate: 0.5,
    meetsTargets: false,
  });
});
