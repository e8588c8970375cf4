// Incremental re-parsing: tells an existing tree how its text changed, so the next parse
// reuses the unchanged parts. Indexes and columns count UTF-16 code units.
import { Edit } from 'web-tree-sitter';
import type { Tree } from './parser';

export interface TreePoint {
  row: number;
  column: number;
}

export interface TextChange {
  startIndex: number;
  oldEndIndex: number;
  newEndIndex: number;
  startPosition: TreePoint;
  oldEndPosition: TreePoint;
  newEndPosition: TreePoint;
}

export function editTree(tree: Tree, change: TextChange): void {
  tree.edit(new Edit(change));
}
