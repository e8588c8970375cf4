// A throwaway folder of files (relative path → text) for tests that need a small workspace.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function writeTree(files: Record<string, string>, prefix = 'ctxlens-tree-'): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}
