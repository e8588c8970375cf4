// Shared by the lens and chains tests: the _lens fixture as a workspace, and a counter of
// server messages that a test can wait on (events, not sleeps).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FIXTURES, STUBS } from '../support/fixtures';

/** The fixture copied under a name the scan does not skip (Go ignores folders starting with _). */
export function copyLensWorkspace(): { root: string; dir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ctxlens-lens-'));
  fs.cpSync(STUBS, path.join(root, '_stubs'), { recursive: true });
  const dir = path.join(root, 'lens');
  fs.cpSync(path.join(FIXTURES, '_lens'), dir, { recursive: true });
  return { root, dir };
}

/** Counts one kind of server message; the handler calls hit(), tests wait with reach(n). */
export class MessageCounter {
  count = 0;
  private waiting: { target: number; resolve: () => void }[] = [];

  constructor(private readonly what: string) {}

  hit(): void {
    this.count++;
    const reached = this.waiting.filter((w) => this.count >= w.target);
    this.waiting = this.waiting.filter((w) => this.count < w.target);
    for (const w of reached) w.resolve();
  }

  /** Resolves once the count reaches target. */
  reach(target: number): Promise<void> {
    if (this.count >= target) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${this.what} #${target}`)), 20_000);
      this.waiting.push({
        target,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }
}
