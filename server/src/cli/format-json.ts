// Machine-readable output, exactly:
// {"version":1,"findings":[{"file","line","column","endLine","endColumn","rule","severity","message"}]}
// and "variant" after "rule" for a finding of a rule's variant (its setting is `<rule>/<variant>`).
import type { Finding } from '../engine/api';
import { displayPath, oneBasedRange } from './locations';

export function formatJson(findings: readonly Finding[], cwd: string): string {
  const out = {
    version: 1,
    findings: findings.map((f) => {
      const { line, column, endLine, endColumn } = oneBasedRange(f);
      const variant = f.variant === undefined ? {} : { variant: f.variant };
      return { file: displayPath(f.file, cwd), line, column, endLine, endColumn, rule: f.rule, ...variant, severity: f.severity, message: f.message };
    }),
  };
  return `${JSON.stringify(out)}\n`;
}
