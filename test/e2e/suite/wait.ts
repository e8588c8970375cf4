// Waiting on VS Code's events instead of sleeping: a probe runs now and again after every
// diagnostics change until it yields a value; the time limit only bounds a broken run.
import * as vscode from 'vscode';

export interface Wait<T> {
  /** The value once ready, else undefined. */
  probe: () => T | undefined | Promise<T | undefined>;
  /** What was awaited and what was seen last, for the time-out message. */
  describe: () => string;
  timeoutMs?: number;
}

export function untilDiagnostics<T>({ probe, describe, timeoutMs = 90_000 }: Wait<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    let running = false;
    let again = false;
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      subscription.dispose();
      clearTimeout(timer);
      settle();
    };
    const check = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          const value = await probe();
          if (value !== undefined) return finish(() => resolve(value));
        } while (again && !done);
      } catch (error) {
        finish(() => reject(error));
      } finally {
        running = false;
      }
    };
    const subscription = vscode.languages.onDidChangeDiagnostics(() => void check());
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeoutMs} ms: ${describe()}`))), timeoutMs);
    void check();
  });
}
