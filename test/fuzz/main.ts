// `npm run fuzz -- [--seconds N] [--seed S] [--inputs N] [--from I] [--no-save] [--dump DIR]`:
// fuzzes the whole analysis and its fixes, prints inputs/s, the failures and the slowest
// inputs, and minimises each new failure into test/fixtures/_fuzz/. Exit status 1 when
// anything failed. With --dump, writes the inputs to DIR/<number>/ instead of checking them.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { writeWorkspace } from './check-input';
import { loadCorpus } from './corpus';
import { runFuzz, signature } from './fuzz';
import { generateInput } from './input';
import { inputSeed } from './prng';

const DEFAULT_SECONDS = 60;

function count(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} takes a whole number, not "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string' },
      seed: { type: 'string' },
      inputs: { type: 'string' },
      from: { type: 'string' },
      dump: { type: 'string' },
      'no-save': { type: 'boolean', default: false },
    },
  });
  const inputs = count(values.inputs, 'inputs');
  const seconds = count(values.seconds, 'seconds') ?? (inputs === undefined ? DEFAULT_SECONDS : undefined);
  const seed = count(values.seed, 'seed') ?? Date.now() % 2 ** 32;
  const from = count(values.from, 'from') ?? 0;
  if (values.dump !== undefined) {
    const corpus = loadCorpus();
    for (let index = from; index < from + (inputs ?? 1); index++)
      writeWorkspace(generateInput(inputSeed(seed, index), corpus), path.resolve(values.dump, String(index)));
    return;
  }
  console.log(
    `ctxlens fuzz: seed ${seed}, ${inputs === undefined ? '' : `${inputs} inputs`}${inputs !== undefined && seconds !== undefined ? ' or ' : ''}${seconds === undefined ? '' : `${seconds} s`}`,
  );
  const summary = await runFuzz({
    seed,
    from,
    inputs,
    seconds,
    save: !values['no-save'],
    progressEvery: 1000,
    onProgress: (done, failures, ms) => console.log(`  ${done} inputs, ${failures} failures, ${(done / (ms / 1000)).toFixed(1)} inputs/s`),
  });
  const perSecond = summary.inputs / (summary.elapsedMs / 1000);
  console.log(`${summary.inputs} inputs in ${(summary.elapsedMs / 1000).toFixed(1)} s (${perSecond.toFixed(1)} inputs/s), ${summary.failures.length} failures`);
  const byKind = new Map<string, number>();
  for (const f of summary.failures) byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
  for (const [kind, n] of [...byKind].sort()) console.log(`  ${kind}: ${n}`);
  const shown = new Set<string>();
  for (const f of summary.failures) {
    const sig = signature(f);
    if (shown.has(sig)) continue;
    shown.add(sig);
    console.log(
      `\ninput ${f.index} (--seed ${seed} --from ${f.index} --inputs 1) ${f.kind}${f.regression ? ` → ${f.regression}` : ''}\n  mutations: ${f.mutations.join('; ') || 'none'}\n  ${f.message.replaceAll('\n', '\n  ')}`,
    );
  }
  console.log('\nslowest inputs:');
  for (const s of summary.slowest) console.log(`  input ${s.index}: ${s.ms.toFixed(0)} ms (${s.mutations.join('; ') || 'seed as is'})`);
  if (summary.failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
