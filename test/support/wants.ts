// Reads `// want "rule-id" …` expectations from fixture files through the real Go parser.
import { GoParser } from '../../server/src/engine/go/parser';
import { walk } from '../../server/src/engine/go/syntax';

export interface Want {
  file: string;
  /** 0-based line. */
  line: number;
  rule: string;
}

/**
 * Rule ids in a want comment: `// want "a" "b"`. As in Go's analysistest, the want may follow
 * another directive in the same comment (`//nolint:errcheck // want "a"`).
 */
function parseWantComment(comment: string): string[] | null {
  let body = comment.startsWith('//') ? comment.slice(2).trim() : '';
  const after = body.indexOf('// want ');
  if (after >= 0) body = body.slice(after + 3);
  if (!body.startsWith('want ')) return null;
  const ids: string[] = [];
  for (const part of body.slice(5).split('"')) {
    const id = part.trim();
    if (id && !/\s/.test(id)) ids.push(id);
  }
  return ids;
}

export async function readWants(file: string, text: string): Promise<Want[]> {
  const parser = await GoParser.load();
  const tree = parser.parse(text);
  const wants: Want[] = [];
  try {
    walk(tree.rootNode, (node) => {
      if (node.type !== 'comment') return true;
      for (const rule of parseWantComment(node.text) ?? []) wants.push({ file, line: node.startPosition.row, rule });
      return false;
    });
  } finally {
    tree.delete();
  }
  return wants;
}
