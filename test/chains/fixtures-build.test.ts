// The chain fixture modules (and through them the middleware stubs) build offline.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { filesUnder, FIXTURES } from '../support/fixtures';
import { runGo } from '../support/go-toolchain';
import { CHAIN_FIXTURES } from './support';

for (const goMod of filesUnder(CHAIN_FIXTURES, (n) => n === 'go.mod')) {
  test(`${path.relative(FIXTURES, path.dirname(goMod))} builds`, () => {
    const result = runGo(['build', '-o', '/dev/null', './...'], path.dirname(goMod));
    assert.ok(result.ok, result.output);
  });
}
