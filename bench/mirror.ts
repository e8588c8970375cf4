// Reads a tree out of a bare mirror (what the `fetch` tool makes) for the benchmarks: only
// what ctxlens reads, blob by blob, since `git archive` stops at the first blob a partial
// mirror lacks (a snapshot leaves out its largest files).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** What ctxlens reads of a tree: Go files, module files and its own configuration. */
export function isRead(file: string): boolean {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return name.endsWith('.go') || name === 'go.mod' || name === 'go.work' || name === '.ctxlens.json';
}

/**
 * Writes the files ctxlens reads at a commit into dir. A blob the mirror lacks (a snapshot
 * leaves out its largest files) is left out with a note, not a failure.
 */
export function extract(gitDir: string, commit: string, dir: string): void {
  const listing = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', commit], { maxBuffer: 2 ** 30 }).toString('utf8');
  const blobs: { sha: string; file: string }[] = [];
  for (const entry of listing.split('\0')) {
    const tab = entry.indexOf('\t');
    const [, type, sha] = entry.slice(0, tab).split(' ');
    const file = entry.slice(tab + 1);
    if (type === 'blob' && sha && isRead(file)) blobs.push({ sha, file });
  }
  const batch = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { input: `${blobs.map((b) => b.sha).join('\n')}\n`, maxBuffer: 2 ** 31 });
  let at = 0;
  const missing: string[] = [];
  for (const { file } of blobs) {
    const headerEnd = batch.indexOf(10, at);
    const header = batch.subarray(at, headerEnd).toString('utf8').split(' ');
    at = headerEnd + 1;
    if (header[1] === 'missing') {
      missing.push(file);
      continue;
    }
    const size = Number(header[2]);
    const target = path.join(dir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, batch.subarray(at, at + size));
    at += size + 1;
  }
  if (missing.length > 0)
    console.error(`bench:precision: ${missing.length} file(s) not in the mirror, left out: ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ' …' : ''}`);
}
