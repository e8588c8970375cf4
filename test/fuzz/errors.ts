// Counting syntax errors: the fix check compares them before and after a fix.
import type { GoParser } from '../../server/src/engine/go/parser';
import { walk } from '../../server/src/engine/go/syntax';

/** ERROR and MISSING nodes in the parse of text. */
export function syntaxErrorCount(parser: GoParser, text: string): number {
  const tree = parser.parse(text);
  try {
    if (!tree.rootNode.hasError) return 0;
    let count = 0;
    walk(tree.rootNode, (node) => {
      if (node.isError || node.isMissing) count++;
    });
    return count;
  } finally {
    tree.delete();
  }
}
