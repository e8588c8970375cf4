// The fuzz loop: generates inputs from one seed, checks each in a temp workspace, and
// (when asked) minimises the first input of each distinct failure into a regression.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkInput, type Failure } from './check-input';
import { loadCorpus } from './corpus';
import { generateInput, type FuzzInput } from './input';
import { minimise } from './minimise';
import { inputSeed } from './prng';
import { saveRegression } from './regressions';

export interface FuzzOptions {
  seed: number;
  /** The first input's number (default 0), to reproduce one input of an earlier run. */
  from?: number;
  /** Stop after this many inputs … */
  inputs?: number;
  /** … or after this many seconds, whichever comes first. */
  seconds?: number;
  /** Minimise each new failure into test/fixtures/_fuzz/. */
  save?: boolean;
  /** Called every `progressEvery` inputs. */
  onProgress?: (done: number, failures: number, elapsedMs: number) => void;
  progressEvery?: number;
}

export interface FoundFailure extends Failure {
  /** Input number in the run and its own seed (`--seed` of the run + index regenerate it). */
  index: number;
  mutations: string[];
  /** Where the minimised input was written, with save. */
  regression?: string;
}

export interface FuzzSummary {
  inputs: number;
  elapsedMs: number;
  failures: FoundFailure[];
  /** The slowest inputs' checks, slowest first. */
  slowest: { index: number; ms: number; mutations: string[] }[];
}

const SLOWEST_KEPT = 5;

/** Failures are the same bug when their kind and first line agree, numbers aside. */
export function signature(failure: Failure): string {
  return `${failure.kind}: ${failure.message.split('\n')[0]!.replace(/\d+/g, 'N')}`;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const corpus = loadCorpus();
  const root = fs.mkdtempSync(path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'ctxlens-fuzz-'));
  const work = path.join(root, 'ws');
  const failures: FoundFailure[] = [];
  const seen = new Set<string>();
  const slowest: FuzzSummary['slowest'] = [];
  const start = performance.now();
  const deadline = options.seconds === undefined ? Infinity : start + options.seconds * 1000;
  const first = options.from ?? 0;
  const limit = first + (options.inputs ?? Infinity);
  let index = first;
  try {
    for (; index < limit && performance.now() < deadline; index++) {
      const input = generateInput(inputSeed(options.seed, index), corpus);
      const outcome = await checkInput(input, work);
      slowest.push({ index, ms: outcome.ms, mutations: input.mutations });
      slowest.sort((a, b) => b.ms - a.ms).splice(SLOWEST_KEPT);
      for (const failure of outcome.failures) {
        const found: FoundFailure = { ...failure, index, mutations: input.mutations };
        const sig = signature(failure);
        if (options.save && !seen.has(sig)) found.regression = await saveMinimised(input, sig, work);
        seen.add(sig);
        failures.push(found);
      }
      const done = index + 1 - first;
      if (options.onProgress && done % (options.progressEvery ?? 1000) === 0) options.onProgress(done, failures.length, performance.now() - start);
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  return { inputs: index - first, elapsedMs: performance.now() - start, failures, slowest };
}

async function saveMinimised(input: FuzzInput, sig: string, work: string): Promise<string> {
  const stillFails = async (candidate: FuzzInput) => (await checkInput(candidate, work)).failures.some((f) => signature(f) === sig);
  const small = await minimise(input, stillFails, sig.startsWith('slow') ? 40 : 400);
  return saveRegression(small);
}
