// The paths a CLI command analyses, checked before any work starts.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Each path must exist and be a folder or a .go file; returns the first problem. */
export function checkRoots(paths: readonly string[], cwd: string): { roots: string[] } | { error: string } {
  const roots: string[] = [];
  for (const given of paths) {
    const root = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(root);
    } catch (error) {
      return { error: `cannot read ${given} (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
    }
    // A FIFO or a device is never read: reading one could wait for ever.
    if (!stat.isDirectory() && !(stat.isFile() && root.endsWith('.go'))) return { error: `${given} is neither a folder nor a .go file` };
    roots.push(root);
  }
  return { roots };
}
