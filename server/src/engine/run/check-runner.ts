// Where a whole-workspace run's files are read, parsed and analysed: in this thread, or on worker
// threads (each with its own parser and wasm instance). Both answer by file index, so the result
// does not depend on which thread finished first.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/config';
import { ANALYSIS_TEXT_NEEDS } from './analysis-needs';
import { Analyzer } from './analyzer';
import { FileChecker, type FileOutcome } from './check-file';
import { StringPool } from '../facts/string-pool';
import type { SecondRound } from '../go/needs';
import type { WorkerOutcomes, WorkerReply, WorkerRequest, WorkerSetup } from './check-worker-protocol';

export interface FileRunner {
  /**
   * Outcomes by file index; files whose text no analysis needs come back unneeded, their texts
   * kept for the second round. onOutcomes sees each batch as it arrives (the server publishes them).
   */
  firstRound(files: readonly string[], onOutcomes?: (outcomes: readonly [number, FileOutcome][]) => void): Promise<FileOutcome[]>;
  /** Outcomes of the kept files the second round needs, by file index. */
  secondRound(round: SecondRound): Promise<Map<number, FileOutcome>>;
  close(): Promise<void>;
}

export async function inThisThread(config: Config, parseEveryFile: boolean): Promise<FileRunner> {
  const checker = new FileChecker(await Analyzer.create(), config, parseEveryFile ? () => true : (text) => ANALYSIS_TEXT_NEEDS.needsText(text));
  return {
    async firstRound(files, onOutcomes) {
      const outcomes = files.map((file, index) => checker.first(index, file));
      onOutcomes?.(outcomes.map((outcome, index) => [index, outcome]));
      return outcomes;
    },
    async secondRound(round) {
      return new Map(checker.second(round));
    },
    async close() {},
  };
}

/** Files per message: enough to keep the messages few, few enough that no thread waits long for the last batch. */
const BATCH = 8;

/** The worker entry, built beside the bundle that runs this (the CLI, the benchmarks; out/ for the tests in out/test/<suite>/). */
function workerScript(): string {
  const candidates = [path.join(__dirname, 'check-worker.js'), path.join(__dirname, '..', '..', 'check-worker.js')];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error(`check-worker.js not found beside ${__dirname} (build with node esbuild.mjs)`);
  return found;
}

export function onWorkerThreads(jobs: number, config: Config, parseEveryFile: boolean): FileRunner {
  const setup: WorkerSetup = { config, parseEveryFile };
  const script = workerScript();
  const workers = Array.from({ length: jobs }, () => new Worker(script, { workerData: setup }));
  // The round waiting for replies: a thread's failure ends it.
  let fail: (error: Error) => void = () => {};
  for (const worker of workers) {
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a check worker stopped with exit code ${code}`));
    });
  }
  const send = (worker: Worker, request: WorkerRequest) => worker.postMessage(request);
  // Kept for the runner's life: the outcomes of every batch share one copy of each string.
  const strings = new StringPool();
  const receive = (json: string): WorkerOutcomes => {
    const received = JSON.parse(json) as WorkerOutcomes;
    strings.intern(received);
    return received;
  };

  return {
    firstRound(files, onOutcomes) {
      return new Promise((resolve, reject) => {
        fail = reject;
        const outcomes: FileOutcome[] = new Array(files.length);
        let next = 0;
        let pending = 0;
        const sendBatch = (worker: Worker) => {
          if (next >= files.length) return;
          const batch: [number, string][] = [];
          for (; next < files.length && batch.length < BATCH; next++) batch.push([next, files[next]!]);
          pending++;
          send(worker, { kind: 'files', batch });
        };
        for (const worker of workers) {
          worker.removeAllListeners('message');
          worker.on('message', (reply: WorkerReply) => {
            if (reply.kind === 'error') return reject(new Error(reply.message));
            const received = receive(reply.outcomesJson);
            for (const [index, outcome] of received) outcomes[index] = outcome;
            onOutcomes?.(received);
            pending--;
            sendBatch(worker);
            if (pending === 0) resolve(outcomes);
          });
          // Two batches in flight: a thread never waits for its next one.
          sendBatch(worker);
          sendBatch(worker);
        }
        if (pending === 0) resolve(outcomes);
      });
    },
    secondRound(round) {
      return new Promise((resolve, reject) => {
        fail = reject;
        const outcomes = new Map<number, FileOutcome>();
        let pending = workers.length;
        for (const worker of workers) {
          worker.removeAllListeners('message');
          worker.on('message', (reply: WorkerReply) => {
            if (reply.kind === 'error') return reject(new Error(reply.message));
            for (const [index, outcome] of receive(reply.outcomesJson)) outcomes.set(index, outcome);
            if (--pending === 0) resolve(outcomes);
          });
          send(worker, { kind: 'second', round });
        }
      });
    },
    async close() {
      fail = () => {};
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
