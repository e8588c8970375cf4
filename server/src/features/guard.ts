// Every handler runs through guard: an error is logged and answered with a fallback, so one
// bad file or bug never takes the server down.
import { AnalysisFailed, AnalysisTimeout } from '../engine/api';
import { ParseTimeout } from '../engine/api';

export interface Logger {
  error(message: string): void;
  info(message: string): void;
}

export function guard<T>(log: Logger, what: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    log.error(`${what}: ${describe(error)}`);
    return fallback;
  }
}

export async function guardAsync<T>(log: Logger, what: string, fallback: T, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    log.error(`${what}: ${describe(error)}`);
    return fallback;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * Runs an analysis; a file that could not be analysed (a parse or an analysis over budget: junk, not Go; an
 * analysis that threw: a ctxlens bug) is logged and answered with the reason instead.
 */
export function analyseOrSkip<T>(analyse: () => T, log: Logger, file: string): T | { notAnalysed: string } {
  try {
    return analyse();
  } catch (error) {
    if (error instanceof AnalysisFailed) log.error(`${file}: ${describe(error.cause)}`);
    else if (error instanceof ParseTimeout || error instanceof AnalysisTimeout) log.info(`${file}: ${error.message}`);
    else throw error;
    return { notAnalysed: error.message };
  }
}
