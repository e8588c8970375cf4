// Machine-readable output, exactly:
// {"version":1,"findings":[{"file","line","column","endLine","endColumn","rule","severity","message"}]}
import type { Finding } from '../engine/api';
import { displayPath, oneBasedRange } from './locations';

export function formatJson(findings: readonly Finding[], cwd: string): string {
  const out = {
    version: 1,
    findings: findings.map((f) => {
      const { line, column, endLine, endColumn } = oneBasedRange(f);
      return { file: displayPath(f.file, cwd), line, column, endLine, endColumn, rule: f.rule, severity: f.severity, message: f.message };
    }),
  };
  return `${JSON.stringify(out)}\n`;
}
