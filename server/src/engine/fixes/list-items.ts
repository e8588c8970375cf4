// Deleting items of a comma-separated list (call arguments) by their ranges, with the commas
// between them, so the rest of the list keeps its layout.
import type { Range } from '../types';

/**
 * The ranges to delete so that the items at the `remove` indices disappear; null when every
 * item would go (the caller replaces or removes the whole list then). A run of removed items
 * is cut from the end of the item before it, or, at the start, up to the item after it.
 */
export function removeListItems(items: readonly Range[], remove: ReadonlySet<number>): Range[] | null {
  if (items.every((_, i) => remove.has(i))) return null;
  const cuts: Range[] = [];
  for (let i = 0; i < items.length; i++) {
    if (!remove.has(i)) continue;
    let last = i;
    while (remove.has(last + 1)) last++;
    cuts.push(i > 0 ? { start: items[i - 1]!.end, end: items[last]!.end } : { start: items[i]!.start, end: items[last + 1]!.start });
    i = last;
  }
  return cuts;
}
