// A bounded fuzz run with a fixed seed: a fixed number of inputs (not a time limit), so the
// run is the same everywhere. No input may throw, fail a rule, or get a fix that cannot apply
// or adds syntax errors; none may take over a second and over 10 times its parse.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { runFuzz, type FoundFailure } from './fuzz';

const SEED = 20261201;
/** About 30 s on an idle two-core machine. */
const INPUTS = 1000;

const describe = (f: FoundFailure) => `input ${f.index} (${f.mutations.join('; ')}): ${f.kind}: ${f.message}`;
const reproduce = `reproduce with: npm run fuzz -- --seed ${SEED} --inputs ${INPUTS}`;

const run = runFuzz({ seed: SEED, inputs: INPUTS });

const kinds = (summary: Awaited<typeof run>, keep: (kind: string) => boolean) => summary.failures.filter((f) => keep(f.kind)).map(describe);

test(`fuzz: ${INPUTS} inputs from seed ${SEED}: no throw, no failed rule`, async () => {
  const summary = await run;
  assert.equal(summary.inputs, INPUTS);
  assert.deepEqual(
    kinds(summary, (k) => k === 'uncaught' || k === 'rule-failed'),
    [],
    reproduce,
  );
});

test(`fuzz: ${INPUTS} inputs from seed ${SEED}: every fix applies and adds no syntax error`, async () => {
  assert.deepEqual(
    kinds(await run, (k) => k.startsWith('fix-')),
    [],
    reproduce,
  );
});

test(`fuzz: ${INPUTS} inputs from seed ${SEED}: none over a second and 10 parses`, async () => {
  assert.deepEqual(
    kinds(await run, (k) => k === 'slow'),
    [],
    reproduce,
  );
});
