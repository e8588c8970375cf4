// Reads `// want "rule-id" …` expectations from fixture files through the real Go parser.
import { GoParser } from '../../server/src/engine/go/parser';
import { walk } from '../../server/src/engine/go/syntax';

export interface Want {
  file: string;
  /** 0-based line. */
  line: number;
  rule: string;
  /** Substrings the finding's message must contain: `// want "rule-id" "substring"`. */
  messages: string[];
  /** Why the finding offers no fix: `// want "rule-id" nofix: reason`; undefined when it must offer one (if its rule is fixable). */
  nofix?: string;
}

const RULE_ID = /^[a-z]+(-[a-z]+)+$/;

/**
 * The expectations of one want comment: `// want "a" "b"` (two rules), `// want "a" "text"` (a
 * rule and a substring of its message), `// want "a" nofix: why` (a rule whose finding offers
 * no fix; the reason runs to the next quote or the end). As in Go's analysistest, the want may
 * follow another directive in the same comment (`//nolint:errcheck // want "a"`).
 */
export function parseWantComment(comment: string): Omit<Want, 'file' | 'line'>[] | null {
  let body = comment.startsWith('//') ? comment.slice(2).trim() : '';
  const after = body.indexOf('// want ');
  if (after >= 0) body = body.slice(after + 3);
  if (!body.startsWith('want ')) return null;
  const wants: Omit<Want, 'file' | 'line'>[] = [];
  const token = /"([^"]*)"|nofix:([^"]*)|(\S+)/g;
  for (const match of body.slice(5).matchAll(token)) {
    const [, quoted, reason, other] = match;
    const current = wants[wants.length - 1];
    if (quoted !== undefined && RULE_ID.test(quoted)) wants.push({ rule: quoted, messages: [] });
    else if (quoted !== undefined && current) current.messages.push(quoted);
    else if (reason !== undefined && current && reason.trim() !== '') current.nofix = reason.trim();
    else throw new Error(`malformed want comment (${other ?? match[0]}): ${comment}`);
  }
  return wants;
}

export async function readWants(file: string, text: string): Promise<Want[]> {
  const parser = await GoParser.load();
  const tree = parser.parse(text);
  const wants: Want[] = [];
  try {
    walk(tree.rootNode, (node) => {
      if (node.type !== 'comment') return true;
      for (const want of parseWantComment(node.text) ?? []) wants.push({ file, line: node.startPosition.row, ...want });
      return false;
    });
  } finally {
    tree.delete();
  }
  return wants;
}
