// Human-readable output: `path:line:col: severity rule-id: message`, then a summary line.
import type { Finding, Severity } from '../engine/api';
import { displayPath, oneBasedRange } from './locations';

const ORDER: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function formatText(findings: readonly Finding[], cwd: string, filesAnalysed: number): string {
  const lines = findings.map((f) => {
    const { line, column } = oneBasedRange(f);
    return `${displayPath(f.file, cwd)}:${line}:${column}: ${f.severity} ${f.rule}: ${f.message}`;
  });
  const files = plural(filesAnalysed, 'file');
  if (findings.length === 0) lines.push(`No findings in ${files}.`);
  else {
    const bySeverity = ORDER.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
      .filter(([, count]) => count > 0)
      .map(([s, count]) => (s === 'info' ? `${count} info` : plural(count, s)));
    lines.push(`${plural(findings.length, 'finding')} (${bySeverity.join(', ')}) in ${files}.`);
  }
  return `${lines.join('\n')}\n`;
}
