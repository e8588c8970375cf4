// Every handler runs through guard: an error is logged and answered with a fallback, so one
// bad file or bug never takes the server down.
import { ParseTimeout } from '../engine/go/parser';

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

/** Runs an analysis; a file whose parse outlives its budget (junk, not Go) is logged and left out: null. */
export function analyseOrTimeOut<T>(analyse: () => T, log: Logger, file: string): T | null {
  try {
    return analyse();
  } catch (error) {
    if (!(error instanceof ParseTimeout)) throw error;
    log.info(`${file}: ${error.message}`);
    return null;
  }
}
