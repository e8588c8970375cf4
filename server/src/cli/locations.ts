// Finding locations as the CLI prints them: paths relative to the working folder with `/`
// separators, and 1-based lines and columns (columns count UTF-16 code units, like the engine).
import * as path from 'node:path';
import type { Finding } from '../engine/api';

export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file) || path.basename(file);
  return rel.split(path.sep).join('/');
}

export interface OneBasedRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function oneBasedRange(finding: Finding): OneBasedRange {
  const { start, end } = finding.range;
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}
