// Waiting for files another process writes: fs.watch on the folder, checked once up front.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Resolves with the file's text once `ready(text)` holds; rejects after timeoutMs. */
export function untilFile(file: string, ready: (text: string) => boolean, timeoutMs: number, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let last = '';
    const check = (): boolean => {
      try {
        last = fs.readFileSync(file, 'utf8');
      } catch {
        return false;
      }
      return ready(last);
    };
    const finish = (settle: () => void) => {
      watcher.close();
      clearTimeout(timer);
      settle();
    };
    const watcher = fs.watch(path.dirname(file), (_event, name) => {
      if (name === path.basename(file) && check()) finish(() => resolve(last));
    });
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} (${file})`))), timeoutMs);
    if (check()) finish(() => resolve(last));
  });
}
