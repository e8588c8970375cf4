// Deleting items of a comma-separated list (call arguments, constructor options) with their
// separators, so the rest of the list keeps its layout and the comments on its other lines.
import { lineIndent, nodeRange, type SyntaxNode } from '../go/syntax';
import type { Range, TextEdit } from '../types';

export interface ListItem {
  range: Range;
  /** The indentation before the item when it starts its line; undefined when code precedes it. */
  indent?: string;
}

/** List items of syntax nodes, with the indentation of those starting their line. */
export function listItemsOf(text: string, nodes: readonly SyntaxNode[]): ListItem[] {
  return nodes.map((node) => {
    const indent = lineIndent(text, node);
    const lineStart = text.lastIndexOf('\n', node.startIndex - 1) + 1;
    return { range: nodeRange(node), indent: lineStart + indent.length === node.startIndex ? indent : undefined };
  });
}

/**
 * The edits deleting the items at the `remove` indices with their separators, leaving comments
 * on other items' lines alone (a removed item's own trailing comment goes with it): a run is cut
 * up to the next item, a last run from the end of the previous one on its line, or as whole
 * lines when each starts its own line and the list closes on the next. Null when that is not
 * certain, or when every item would go. `closeLine` is the line of the list's closing parenthesis.
 */
export function removeListItems(file: string, items: readonly ListItem[], closeLine: number, remove: ReadonlySet<number>): TextEdit[] | null {
  if (items.every((_, i) => remove.has(i))) return null;
  const edits: TextEdit[] = [];
  for (let i = 0; i < items.length; i++) {
    if (!remove.has(i)) continue;
    let last = i;
    while (remove.has(last + 1)) last++;
    const first = items[i]!;
    const end = items[last]!;
    const next = items[last + 1];
    const previous = items[i - 1];
    if (next) edits.push({ file, range: { start: first.range.start, end: next.range.start }, newText: '' });
    else if (previous && previous.range.end.line === first.range.start.line)
      edits.push({ file, range: { start: previous.range.end, end: end.range.end }, newText: '' });
    else if (first.indent !== undefined && closeLine === end.range.end.line + 1) {
      edits.push({ file, range: { start: { line: first.range.start.line, character: 0 }, end: { line: end.range.end.line + 1, character: 0 } }, newText: '' });
    } else return null;
    i = last;
  }
  return edits;
}
