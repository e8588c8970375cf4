// The rule tester: every fixture module is checked as a workspace; findings must equal the
// `// want "rule-id"` comments exactly (missing and extra both fail), with the message
// substrings a want pins. A rule offers fixes exactly when its metadata says it is fixable, and
// every finding of a fixable rule either has its fix checked against a golden file or says why
// it has none (`// want "id" nofix: reason`). `x.go.golden` is x.go with the first fix of each of
// its findings applied together (as fix-all merges them); `x.go.golden.<line>.<n>` is x.go with
// the n-th fix (n ≥ 2) of the finding on 1-based line <line> applied on its own. Every fixed
// file must be gofmt- and vet-clean, and analysed again it no longer has the fixed findings
// (unless the rule's metadata says its fix is partial).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPaths } from '../../server/src/engine/run/check';
import { loadConfigFile } from '../../server/src/engine/config/config-file';
import { mergeFixes } from '../../server/src/engine/fixes/merge';
import { RULES } from '../../server/src/engine/rules';
import type { Finding, Fix } from '../../server/src/engine/types';
import { applyEdits } from '../support/apply-edits';
import { FIXTURES, POLICY_FIXTURES, copyFixturesTo, filesUnder, fixtureDirs, moduleRootOf, stubOf } from '../support/fixtures';
import { gofmtList, runGo } from '../support/go-toolchain';
import { type Want, readWants } from '../support/wants';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const RULE_BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

function key(file: string, line: number, rule: string): string {
  return `${path.relative(FIXTURES, file)}:${line + 1}: ${rule}`;
}

const findingKey = (f: Finding) => key(f.file, f.range.start.line, f.rule);

async function findingsOf(dir: string): Promise<Finding[]> {
  const { config, problems } = loadConfigFile(dir);
  assert.deepEqual(problems, []);
  const result = await checkPaths([dir], config, dir);
  assert.deepEqual(result.problems, [], 'no rule may fail');
  return result.findings;
}

async function wantsOf(dir: string): Promise<Want[]> {
  const wants: Want[] = [];
  for (const file of filesUnder(dir, (n) => n.endsWith('.go'))) wants.push(...(await readWants(file, fs.readFileSync(file, 'utf8'))));
  return wants;
}

/** The golden of the n-th fix (n ≥ 2) of the finding on 0-based line `line` of source. */
function alternativeGolden(source: string, line: number, n: number): string {
  return `${source}.golden.${line + 1}.${n}`;
}

/** What a re-analysis compares a finding by: its file relative to the fixtures root, its rule, and for a partial fix its message. */
function entry(finding: Finding, root: string, withMessage: boolean): string {
  return `${path.relative(root, finding.file)}: ${finding.rule}${withMessage ? `: ${finding.message}` : ''}`;
}

function count(entries: readonly string[], item: string): number {
  return entries.filter((e) => e === item).length;
}

/**
 * The fixed findings are gone after the fix, and no finding of their rules is new; findings of
 * other rules may change (a fix may reveal another mistake: `context.TODO()` in a handler), and
 * a fix may cure other findings too. A rule whose fix is partial may still report the place,
 * told with another message.
 */
function assertFixedGone(before: readonly Finding[], after: readonly Finding[], copyRoot: string, fixed: readonly Finding[]) {
  for (const rule of new Set(fixed.map((f) => f.rule))) {
    const partial = RULE_BY_ID.get(rule)?.meta.partialFix === true;
    const entries = (findings: readonly Finding[], root: string, withMessage: boolean) =>
      findings.filter((f) => f.rule === rule).map((f) => entry(f, root, withMessage));
    for (const withMessage of partial ? [false, true] : [false]) {
      const was = entries(before, FIXTURES, withMessage);
      const is = entries(after, copyRoot, withMessage);
      const gone = entries(fixed, FIXTURES, withMessage);
      // Told with its message, a partial fix's finding must change its message; counted by rule alone, there are no more than before.
      for (const item of new Set(is)) {
        if (withMessage && !gone.includes(item)) continue;
        const atMost = count(was, item) - (partial && !withMessage ? 0 : count(gone, item));
        assert.ok(count(is, item) <= atMost, `after the fix: ${item} ${count(is, item)} times, expected at most ${atMost}`);
      }
    }
  }
}

/** go vet's complaints, one a line, minus its package headers. */
function vetComplaints(moduleDir: string, packageDir: string): string[] {
  const vet = runGo(['vet', `./${path.relative(moduleDir, packageDir) || '.'}`], moduleDir);
  return vet.ok ? [] : vet.output.split('\n').filter((l) => !l.startsWith('#'));
}

/** A fix whose title says `go.mod needs <module>` is completed as the user would: the copy's go.mod requires the module's stub. */
function requireWhatTheFixNeeds(title: string, moduleDir: string) {
  const needed = /go\.mod needs (\S+?)\)?$/.exec(title)?.[1];
  if (!needed) return;
  const stub = stubOf(needed);
  assert.ok(stub, `no stub module for ${needed}`);
  const major = /\/v(\d+)$/.exec(needed)?.[1] ?? '0';
  const edit = runGo(['mod', 'edit', `-require=${needed}@v${major === '0' ? '0' : major}.0.0`, `-replace=${needed}=${stub}`], moduleDir);
  assert.ok(edit.ok, edit.output);
}

/**
 * Checks a fixed source against its golden, then writes it into a copy of the fixtures: it must
 * be gofmt-clean, vet-clean, and analysed again have the findings it had less the fixed ones.
 */
async function checkFixed(ruleDir: string, source: string, fixes: readonly Fix[], golden: string, before: readonly Finding[], fixed: readonly Finding[]) {
  // Applied as "fix all" applies them: an edit shared by several fixes (an import) once.
  const merged = mergeFixes(fixes);
  assert.equal(merged.applied, fixes.length, 'every fix applies alongside the others');
  const edits = merged.edits;
  assert.ok(
    edits.every((e) => e.file === source),
    'fixes edit only their own file',
  );
  const text = applyEdits(fs.readFileSync(source, 'utf8'), edits);
  if (UPDATE) fs.writeFileSync(golden, text);
  assert.ok(fs.existsSync(golden), `missing golden ${path.relative(FIXTURES, golden)} (UPDATE_GOLDEN=1 writes it; read it before committing)`);
  assert.equal(text, fs.readFileSync(golden, 'utf8'));

  const copyRoot = copyFixturesTo(ruleDir);
  try {
    const copied = path.join(copyRoot, path.relative(FIXTURES, source));
    fs.writeFileSync(copied, text);
    for (const fix of fixes) requireWhatTheFixNeeds(fix.title, moduleRootOf(copied));
    assert.equal(gofmtList([copied], copyRoot), '', 'fixed file is gofmt-clean');
    // Vet-clean: nothing said about the fixed file, nothing said elsewhere that was not said before (fixtures of suppressions keep vet's findings on purpose).
    const moduleDir = moduleRootOf(copied);
    const complaints = vetComplaints(moduleDir, path.dirname(copied));
    const aboutFixed = complaints.filter((l) => l.includes(path.basename(copied)));
    assert.deepEqual(aboutFixed, [], 'fixed file is vet-clean');
    if (complaints.length > 0) {
      fs.writeFileSync(copied, fs.readFileSync(source, 'utf8'));
      const unfixed = new Set(vetComplaints(moduleDir, path.dirname(copied)));
      assert.deepEqual(
        complaints.filter((l) => !unfixed.has(l)),
        [],
        'the fix makes vet complain elsewhere',
      );
      fs.writeFileSync(copied, text);
    }
    assertFixedGone(before, await findingsOf(path.join(copyRoot, ruleDir)), copyRoot, fixed);
  } finally {
    fs.rmSync(copyRoot, { recursive: true, force: true });
  }
}

for (const ruleDir of [...fixtureDirs(), ...POLICY_FIXTURES]) {
  const dir = path.join(FIXTURES, ruleDir);
  let analysed: Promise<Finding[]> | undefined;
  const findings = () => {
    analysed ??= findingsOf(dir);
    return analysed;
  };

  test(`${ruleDir}: findings match // want`, async () => {
    const wants = await wantsOf(dir);
    const actual = (await findings()).map(findingKey).sort();
    assert.deepEqual(actual, wants.map((w) => key(w.file, w.line, w.rule)).sort());
    for (const want of wants) {
      const messages = (await findings()).filter((f) => findingKey(f) === key(want.file, want.line, want.rule)).map((f) => f.message);
      for (const part of want.messages) {
        assert.ok(
          messages.some((m) => m.includes(part)),
          `${key(want.file, want.line, want.rule)}: no message contains "${part}": ${messages.join(' | ')}`,
        );
      }
    }
  });

  test(`${ruleDir}: fixes are offered as the rules' metadata says and each is checked or says why there is none`, async () => {
    // Findings at one place without a fix, counted against the wants there that say nofix (one line may want a rule twice).
    const nofixWanted = new Map<string, number>();
    for (const w of await wantsOf(dir)) if (w.nofix) nofixWanted.set(key(w.file, w.line, w.rule), (nofixWanted.get(key(w.file, w.line, w.rule)) ?? 0) + 1);
    const unfixed = new Map<string, number>();
    for (const finding of await findings()) {
      const at = findingKey(finding);
      const fixable = RULE_BY_ID.get(finding.rule)?.meta.fixable;
      if (finding.fixes.length === 0) {
        if (fixable) unfixed.set(at, (unfixed.get(at) ?? 0) + 1);
        continue;
      }
      assert.ok(fixable, `${at}: offers a fix but its rule's meta.fixable is false`);
      assert.ok(fs.existsSync(`${finding.file}.golden`), `${at}: its fix is not checked: no ${path.basename(finding.file)}.golden`);
      for (let n = 2; n <= finding.fixes.length; n++) {
        const golden = alternativeGolden(finding.file, finding.range.start.line, n);
        assert.ok(UPDATE || fs.existsSync(golden), `${at}: fix ${n} is not checked: no ${path.relative(FIXTURES, golden)}`);
      }
    }
    for (const at of new Set([...nofixWanted.keys(), ...unfixed.keys()])) {
      const [wanted, actual] = [nofixWanted.get(at) ?? 0, unfixed.get(at) ?? 0];
      assert.ok(wanted <= actual, `${at}: wanted with nofix but offers a fix`);
      assert.ok(wanted >= actual, `${at}: the rule is fixable but this finding has no fix: want it with nofix: <reason>`);
    }
  });

  test(`${ruleDir}: fixture modules build`, () => {
    for (const goMod of filesUnder(dir, (n) => n === 'go.mod')) {
      const result = runGo(['build', '-o', '/dev/null', './...'], path.dirname(goMod));
      assert.ok(result.ok, `${path.relative(FIXTURES, goMod)}:\n${result.output}`);
    }
  });

  for (const golden of filesUnder(dir, (n) => n.endsWith('.go.golden'))) {
    const source = golden.slice(0, -'.golden'.length);
    test(`${ruleDir}: fixes of ${path.relative(dir, source)} equal the golden file, gofmt- and vet-clean, and leave no fixed finding`, async () => {
      const fixable = (await findings()).filter((f) => f.file === source && f.fixes.length > 0);
      assert.ok(fixable.length > 0, 'a golden file needs at least one fixable finding');
      await checkFixed(
        ruleDir,
        source,
        fixable.map((f) => f.fixes[0]!),
        golden,
        await findings(),
        fixable,
      );
    });
  }

  test(`${ruleDir}: every alternative golden belongs to an alternative fix`, async () => {
    const expected = new Set<string>();
    for (const f of await findings()) for (let n = 2; n <= f.fixes.length; n++) expected.add(alternativeGolden(f.file, f.range.start.line, n));
    for (const golden of filesUnder(dir, (n) => /\.go\.golden\.\d+\.\d+$/.test(n))) {
      assert.ok(expected.has(golden), `${path.relative(FIXTURES, golden)} checks no fix: remove or rename it`);
    }
  });

  test(`${ruleDir}: each alternative fix on its own equals its golden, gofmt- and vet-clean, and leaves no finding it fixed`, async () => {
    for (const finding of (await findings()).filter((f) => f.fixes.length > 1)) {
      for (let n = 2; n <= finding.fixes.length; n++) {
        const golden = alternativeGolden(finding.file, finding.range.start.line, n);
        await checkFixed(ruleDir, finding.file, [finding.fixes[n - 1]!], golden, await findings(), [finding]);
      }
    }
  });
}
