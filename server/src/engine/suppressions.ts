// `//ctxlens:ignore <rule-id> <reason>` directives: each covers its own line and the next.
import type { SourceFile } from './source-file';

const DIRECTIVE = 'ctxlens:ignore';

export function readSuppressions(file: SourceFile): Map<number, Set<string>> {
  const byLine = new Map<number, Set<string>>();
  if (!file.text.includes(DIRECTIVE)) return byLine;
  for (const node of file.nodesOfType('comment')) {
    const body = node.text.startsWith('//') ? node.text.slice(2).trimStart() : '';
    if (!body.startsWith(DIRECTIVE)) continue;
    const ruleId = body.slice(DIRECTIVE.length).trim().split(/\s+/)[0];
    if (!ruleId) continue;
    for (const line of [node.startPosition.row, node.startPosition.row + 1]) {
      let rules = byLine.get(line);
      if (!rules) byLine.set(line, (rules = new Set()));
      rules.add(ruleId);
    }
  }
  return byLine;
}

export function isSuppressed(suppressions: Map<number, Set<string>>, line: number, ruleId: string): boolean {
  return suppressions.get(line)?.has(ruleId) ?? false;
}
