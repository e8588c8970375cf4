// The rule catalogue's own invariants: sorted, documented, with fixtures (bad and clean).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/engine/rules';
import { variantSettingId } from '../../server/src/engine/rules/rule';
import { FIXTURES, REPO_ROOT, filesUnder } from '../support/fixtures';
import { readWants } from '../support/wants';

test('rules are sorted by id and ids are kebab-case', () => {
  const ids = RULES.map((r) => r.meta.id);
  assert.deepEqual(ids, [...ids].sort());
  for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)+$/);
});

for (const rule of RULES) {
  const id = rule.meta.id;
  test(`${id}: has a docs page with bad and good examples and suppression`, () => {
    const page = path.join(REPO_ROOT, 'docs', 'rules', `${id}.md`);
    assert.ok(fs.existsSync(page), `missing ${page}`);
    const text = fs.readFileSync(page, 'utf8');
    assert.ok(text.startsWith(`# ${id}`), 'page starts with the rule id');
    assert.ok(text.includes('```go'), 'page has Go examples');
    assert.ok(text.includes(`//ctxlens:ignore ${id}`), 'page says how to suppress');
  });

  test(`${id}: has fixtures with findings and clean look-alikes`, async () => {
    const dir = path.join(FIXTURES, id);
    assert.ok(fs.existsSync(dir), `missing ${dir}`);
    let wanted = 0;
    let cleanFiles = 0;
    for (const file of filesUnder(dir, (n) => n.endsWith('.go'))) {
      const wants = await readWants(file, fs.readFileSync(file, 'utf8'));
      wanted += wants.filter((w) => w.rule === id).length;
      if (path.basename(file).startsWith('clean')) {
        assert.equal(wants.length, 0, `${file} is a clean look-alike and must want nothing`);
        cleanFiles++;
      }
    }
    assert.ok(wanted > 0, 'at least one // want for the rule');
    assert.ok(cleanFiles > 0, 'at least one clean*.go look-alike');
  });

  test(`${id}: fixable rules have a golden file`, () => {
    if (!rule.meta.fixable) return;
    const goldens = filesUnder(path.join(FIXTURES, id), (n) => n.endsWith('.go.golden'));
    assert.ok(goldens.length > 0, 'a fixable rule needs at least one .go.golden');
  });
}

test('the README rule table lists every rule with its default setting', () => {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  for (const rule of RULES) {
    const row = readme.split('\n').find((line) => line.startsWith(`| [\`${rule.meta.id}\`](docs/rules/${rule.meta.id}.md) |`));
    assert.ok(row, `README lists ${rule.meta.id}`);
    const setting = rule.meta.offByDefault ? `off (${rule.meta.defaultSeverity} when on)` : rule.meta.defaultSeverity;
    assert.ok(row.includes(`| ${setting} |`), `README gives ${rule.meta.id} its default setting ${setting}`);
  }
});

test("every rule page says which other linters' suppressions count and whether test code is reported", () => {
  for (const rule of RULES) {
    const text = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'rules', `${rule.meta.id}.md`), 'utf8');
    for (const { linter, checks } of rule.meta.otherLinters ?? []) {
      assert.ok(text.includes(`//nolint:${linter}`), `${rule.meta.id} names //nolint:${linter}`);
      if (linter === 'staticcheck')
        for (const check of checks ?? []) assert.ok(text.includes(`//lint:ignore ${check}`), `${rule.meta.id} names //lint:ignore ${check}`);
    }
    const policy = rule.meta.inTestCode === 'quiet' ? 'Not reported in test code' : 'Reported in test code too';
    assert.ok(text.includes(policy), `${rule.meta.id}: "${policy}"`);
  }
});

test('every rule or variant off by default has its page say so, with its setting and the measured figures', () => {
  for (const { meta } of RULES) {
    const text = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'rules', `${meta.id}.md`), 'utf8');
    const off = [meta.offByDefault ? meta.id : null, ...(meta.variants ?? []).filter((v) => v.offByDefault).map((v) => variantSettingId(meta.id, v.name))];
    for (const setting of off.filter((s): s is string => s !== null)) {
      assert.match(text, /off by default/i, `${meta.id}.md says it is off by default`);
      assert.ok(text.includes(`"${setting}": "`), `${meta.id}.md shows how to turn ${setting} on`);
      assert.match(text, /\d+% worth a look/, `${meta.id}.md gives the measured precision`);
    }
  }
});
