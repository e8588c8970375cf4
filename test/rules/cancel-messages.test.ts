// The cancel rules' messages say what an uncancelled context really holds and until when: a
// timer only for WithTimeout/WithDeadline, which then live until it fires, not until the parent ends.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkPaths } from '../../server/src/engine/run/check';
import { defaultConfig } from '../../server/src/engine/config/config';
import { FIXTURES } from '../support/fixtures';

/** The messages of a rule's findings in its fixtures, by the context function each names. */
async function messagesByFunc(rule: string): Promise<Map<string, string[]>> {
  const dir = path.join(FIXTURES, rule);
  const { findings } = await checkPaths([dir], defaultConfig(), dir);
  const byFunc = new Map<string, string[]>();
  for (const f of findings.filter((x) => x.rule === rule)) {
    const name = /context\.(With\w+)/.exec(f.message)?.[1] ?? '';
    byFunc.set(name, [...(byFunc.get(name) ?? []), f.message]);
  }
  return byFunc;
}

const EXPECTED: Record<string, { timer: boolean; until?: string }> = {
  WithCancel: { timer: false, until: 'until the parent is cancelled' },
  WithCancelCause: { timer: false, until: 'until the parent is cancelled' },
  WithTimeout: { timer: true, until: 'until the timeout fires' },
  WithDeadline: { timer: true, until: 'until the deadline passes' },
};

for (const rule of ['ctx-cancel-discarded', 'ctx-cancel-not-called', 'ctx-defer-cancel-in-loop']) {
  test(`${rule}: a timer only where the context has a deadline, and the right end of its life`, async () => {
    const byFunc = await messagesByFunc(rule);
    assert.ok(byFunc.size >= 2, `fixtures name several context functions: ${[...byFunc.keys()].join(', ')}`);
    for (const [name, messages] of byFunc) {
      const expected = EXPECTED[name];
      assert.ok(expected, `unexpected function ${name}`);
      for (const message of messages) {
        assert.equal(message.includes('timer'), expected.timer, message);
        if (rule !== 'ctx-defer-cancel-in-loop') assert.ok(message.includes(expected.until!), message);
      }
    }
  });
}
