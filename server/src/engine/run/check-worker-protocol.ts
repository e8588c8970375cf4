// The messages between a whole-workspace run and its worker threads.
import type { Config } from '../config/config';
import type { FileOutcome } from './check-file';
import type { SecondRound } from '../go/needs';

export interface WorkerSetup {
  config: Config;
  parseEveryFile: boolean;
}

export type WorkerRequest = { kind: 'files'; batch: [index: number, file: string][] } | { kind: 'second'; round: SecondRound };

/** One reply per request: the outcomes by file index, or what went wrong (a ctxlens bug: the run fails as it would in one thread). */
export type WorkerReply = { kind: 'outcomes'; outcomes: [index: number, outcome: FileOutcome][] } | { kind: 'error'; message: string };
