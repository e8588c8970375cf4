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
/**
 * The outcomes travel as JSON text (outcomesJson): the objects JSON.parse makes take a third less
 * heap than a structured clone's, and a large workspace's facts stay in the server all day.
 */
export type WorkerReply = { kind: 'outcomes'; outcomesJson: string } | { kind: 'error'; message: string };

/** The outcomes by file index, as a worker sends them. */
export type WorkerOutcomes = [index: number, outcome: FileOutcome][];
