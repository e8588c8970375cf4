// A bounded fuzz run with a fixed seed: a fixed number of inputs (not a time limit), so the
// run is the same everywhere; every input must be checked without a throw, a failed rule, a
// slow check, or a fix that cannot apply or adds syntax errors.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { runFuzz } from './fuzz';

const SEED = 20261201;
/** About 30 s on an idle two-core machine. */
const INPUTS = 1200;

test(`fuzz: ${INPUTS} inputs from seed ${SEED} find nothing`, async () => {
  const summary = await runFuzz({ seed: SEED, inputs: INPUTS });
  assert.equal(summary.inputs, INPUTS);
  const found = summary.failures.map((f) => `input ${f.index} (${f.mutations.join('; ')}): ${f.kind}: ${f.message}`);
  assert.deepEqual(found, [], 'reproduce with: npm run fuzz -- --seed ' + SEED + ' --inputs ' + INPUTS);
});
