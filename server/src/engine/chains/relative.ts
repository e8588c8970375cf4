// Paths as the CLI prints them: relative to the base folder, with forward slashes.
import * as path from 'node:path';

export function relativePath(base: string, file: string): string {
  return path.relative(base, file).split(path.sep).join('/');
}
