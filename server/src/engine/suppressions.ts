// `//ctxlens:ignore <rule-id> <reason>` directives: each covers its own line and the next.
import { walk, type SyntaxNode } from './go/syntax';

const DIRECTIVE = 'ctxlens:ignore';

export function readSuppressions(root: SyntaxNode): Map<number, Set<string>> {
  const byLine = new Map<number, Set<string>>();
  walk(root, (node) => {
    if (node.type !== 'comment') return true;
    const body = node.text.startsWith('//') ? node.text.slice(2).trimStart() : '';
    if (!body.startsWith(DIRECTIVE)) return false;
    const ruleId = body.slice(DIRECTIVE.length).trim().split(/\s+/)[0];
    if (!ruleId) return false;
    for (const line of [node.startPosition.row, node.startPosition.row + 1]) {
      let rules = byLine.get(line);
      if (!rules) byLine.set(line, (rules = new Set()));
      rules.add(ruleId);
    }
    return false;
  });
  return byLine;
}

export function isSuppressed(suppressions: Map<number, Set<string>>, line: number, ruleId: string): boolean {
  return suppressions.get(line)?.has(ruleId) ?? false;
}
