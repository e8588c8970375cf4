// The rule tester: every fixture module is checked as a workspace; findings must equal the
// `// want "rule-id"` comments exactly (missing and extra both fail). Files with a `.golden`
// sibling have their fixes applied together (as fix-all merges them) and compared; the result
// must be gofmt-clean and vet-clean.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPaths } from '../../server/src/engine/run/check';
import { loadConfigFile } from '../../server/src/engine/config/config-file';
import { mergeFixes } from '../../server/src/engine/fixes/merge';
import type { Finding } from '../../server/src/engine/types';
import { applyEdits } from '../support/apply-edits';
import { FIXTURES, POLICY_FIXTURES, copyFixturesTo, filesUnder, fixtureDirs } from '../support/fixtures';
import { gofmtList, runGo } from '../support/go-toolchain';
import { readWants } from '../support/wants';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

function key(file: string, line: number, rule: string): string {
  return `${path.relative(FIXTURES, file)}:${line + 1}: ${rule}`;
}

async function findingsOf(dir: string): Promise<Finding[]> {
  const { config, problems } = loadConfigFile(dir);
  assert.deepEqual(problems, []);
  const result = await checkPaths([dir], config, dir);
  assert.deepEqual(result.problems, [], 'no rule may fail');
  return result.findings;
}

for (const ruleDir of [...fixtureDirs(), ...POLICY_FIXTURES]) {
  const dir = path.join(FIXTURES, ruleDir);

  test(`${ruleDir}: findings match // want`, async () => {
    const findings = await findingsOf(dir);
    const actual = findings.map((f) => key(f.file, f.range.start.line, f.rule)).sort();
    const expected: string[] = [];
    for (const file of filesUnder(dir, (n) => n.endsWith('.go'))) {
      for (const want of await readWants(file, fs.readFileSync(file, 'utf8'))) expected.push(key(file, want.line, want.rule));
    }
    assert.deepEqual(actual, expected.sort());
  });

  test(`${ruleDir}: fixture modules build`, () => {
    for (const goMod of filesUnder(dir, (n) => n === 'go.mod')) {
      const result = runGo(['build', '-o', '/dev/null', './...'], path.dirname(goMod));
      assert.ok(result.ok, `${path.relative(FIXTURES, goMod)}:\n${result.output}`);
    }
  });

  const goldens = filesUnder(dir, (n) => n.endsWith('.go.golden'));
  for (const golden of goldens) {
    const source = golden.slice(0, -'.golden'.length);
    test(`${ruleDir}: fixes of ${path.relative(dir, source)} equal the golden file, gofmt- and vet-clean`, async () => {
      const findings = (await findingsOf(dir)).filter((f) => f.file === source && f.fixes.length > 0);
      assert.ok(findings.length > 0, 'a golden file needs at least one fixable finding');
      // Applied as "fix all" applies them: an edit shared by several fixes (an import) once.
      const merged = mergeFixes(findings.map((f) => f.fixes[0]!));
      assert.equal(merged.applied, findings.length, 'every fix applies alongside the others');
      assert.ok(
        merged.edits.every((e) => e.file === source),
        'fixes edit only their own file',
      );
      const fixed = applyEdits(fs.readFileSync(source, 'utf8'), merged.edits);
      if (UPDATE) fs.writeFileSync(golden, fixed);
      assert.equal(fixed, fs.readFileSync(golden, 'utf8'));

      const copyRoot = copyFixturesTo(ruleDir);
      try {
        const copied = path.join(copyRoot, path.relative(FIXTURES, source));
        fs.writeFileSync(copied, fixed);
        assert.equal(gofmtList([copied], copyRoot), '', 'fixed file is gofmt-clean');
        const vet = runGo(['vet', '.'], path.dirname(copied));
        assert.ok(vet.ok, vet.output);
      } finally {
        fs.rmSync(copyRoot, { recursive: true, force: true });
      }
    });
  }
}
