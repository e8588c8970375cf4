// Every minimised failure the fuzzer kept in test/fixtures/_fuzz/ is checked again: it must
// now pass the same checks as a fresh fuzz input.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkInput } from './check-input';
import { loadRegressions } from './regressions';

for (const { name, input } of loadRegressions()) {
  test(`fuzz regression ${name}`, async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ctxlens-fuzz-regression-'));
    try {
      const outcome = await checkInput(input, path.join(root, 'ws'));
      assert.deepEqual(outcome.failures, []);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
}
