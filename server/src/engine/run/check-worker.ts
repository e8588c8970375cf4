// A worker thread of a whole-workspace run (built as check-worker.js beside the bundles): its own
// parser, the files it is sent, its outcomes back by file index.
import { parentPort, workerData } from 'node:worker_threads';
import { ANALYSIS_TEXT_NEEDS } from './analysis-needs';
import { Analyzer } from './analyzer';
import { FileChecker } from './check-file';
import type { WorkerOutcomes, WorkerReply, WorkerRequest, WorkerSetup } from './check-worker-protocol';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const checker = Analyzer.create().then(
  (analyzer) => new FileChecker(analyzer, setup.config, setup.parseEveryFile ? () => true : (text) => ANALYSIS_TEXT_NEEDS.needsText(text)),
);
// Requests are answered in the order they came (each waits for the parser's load).
let queue: Promise<void> = Promise.resolve();

function answer(checkerReady: FileChecker, request: WorkerRequest): WorkerReply {
  const outcomes: WorkerOutcomes =
    request.kind === 'files' ? request.batch.map(([index, file]) => [index, checkerReady.first(index, file)]) : checkerReady.second(request.round);
  return { kind: 'outcomes', outcomesJson: JSON.stringify(outcomes) };
}

port.on('message', (request: WorkerRequest) => {
  queue = queue.then(async () => {
    let reply: WorkerReply;
    try {
      reply = answer(await checker, request);
    } catch (error) {
      reply = { kind: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
});
