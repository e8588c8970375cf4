// web-tree-sitter's `Node.parent` (and the sibling getters, which go through the parent) finds
// the parent by descending from the root on every call, so climbing k levels from a node at
// depth d costs k·d, and rules that climb from each of many nodes of a deeply nested file go
// quadratic (1,500 nested func literals: 40 s). Installed once by the parser module, these getters
// keep the library's answer for ordinary trees (one call into the wasm is cheapest there) and
// switch a tree found to nest deeply to a cache filled by cursor descents, each starting from the
// deepest node of the previous descent that still contains the queried one: queries in source
// order then cost the size of the tree in all.
import { Node, Tree } from 'web-tree-sitter';

/** A tree this deep at a sampled query is answered from descents. Real code nests a few dozen levels. */
const DEEP = 128;
/** Every how many library answers a tree's depth is sampled again. */
const SAMPLE_EVERY = 64;

interface TreeParents {
  /** Parent of each node met on a descent (null for the root). */
  parents: Map<number, Node | null>;
  /** Whether queries descend (the tree nests deeply); until then the library answers. */
  descend: boolean;
  libraryAnswers: number;
  /** The nodes of the last descent, root first, each containing the next. */
  path: Node[];
  /** Answers other climbs remember per node (see treeMemo). */
  memos: Map<string, Map<number, Node | null>>;
}

const byTree = new WeakMap<Tree, TreeParents>();

function memoOf(tree: Tree): TreeParents {
  let memo = byTree.get(tree);
  if (!memo) {
    const root = tree.rootNode;
    memo = { parents: new Map([[root.id, null]]), descend: false, libraryAnswers: 0, path: [root], memos: new Map() };
    byTree.set(tree, memo);
  }
  return memo;
}

function contains(outer: Node, inner: Node): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

/** Whether target lies deeper than DEEP below the root (at most DEEP + 1 cursor steps to tell). */
function liesDeep(target: Node): boolean {
  const cursor = target.tree.walk();
  try {
    for (let depth = 0; cursor.nodeId !== target.id; depth++) {
      if (depth > DEEP) return true;
      if (!cursor.gotoFirstChildForIndex(target.startIndex)) return false;
    }
    return false;
  } finally {
    cursor.delete();
  }
}

/** Descends from the deepest known container of target to target; false when the cursor cannot reach it. */
function descendTo(memo: TreeParents, target: Node): boolean {
  const { path, parents } = memo;
  while (path.length > 1 && !contains(path[path.length - 1]!, target)) path.pop();
  let current = path[path.length - 1]!;
  const cursor = current.walk();
  try {
    while (current.id !== target.id) {
      // A zero-width node is not always reached by index: the caller falls back to the library.
      if (!cursor.gotoFirstChildForIndex(target.startIndex)) return false;
      const child = cursor.currentNode;
      if (!contains(child, target)) return false;
      parents.set(child.id, current);
      path.push(child);
      current = child;
    }
    return true;
  } finally {
    cursor.delete();
  }
}

/**
 * Whether queries on node's tree are answered from descents; until then every SAMPLE_EVERY-th call
 * samples node's depth and switches the tree when it lies deep. Searches that would start at the
 * root for each of many nodes (SourceFile.nodesAt) ask this too: in a deep tree they climb instead.
 */
export function answersFromDescents(node: Node): boolean {
  const memo = memoOf(node.tree);
  if (!memo.descend && memo.libraryAnswers++ % SAMPLE_EVERY === 0 && liesDeep(node)) memo.descend = true;
  return memo.descend;
}

/** Tells the cache a parent found on another walk (SourceFile.nodesAt's cursor), and the child's depth: a deep one switches the tree to descents. */
export function noteParent(child: Node, parent: Node | null, depth: number): void {
  const memo = memoOf(child.tree);
  memo.parents.set(child.id, parent);
  if (depth > DEEP) memo.descend = true;
}

/** A per-tree map named name, for climbs that remember their answers per node; dropped when the tree is edited. */
export function treeMemo(tree: Tree, name: string): Map<number, Node | null> {
  const { memos } = memoOf(tree);
  let memo = memos.get(name);
  if (!memo) memos.set(name, (memo = new Map()));
  return memo;
}

function cachedParent(node: Node, library: () => Node | null): Node | null {
  const memo = memoOf(node.tree);
  const known = memo.parents.get(node.id);
  if (known !== undefined) return known;
  if (answersFromDescents(node) && descendTo(memo, node)) return memo.parents.get(node.id) ?? null;
  return library();
}

/** The next sibling (named only, or any) from the cached parent: undefined when the cursor does not land on node. */
function nextSiblingOf(node: Node, named: boolean): Node | null | undefined {
  const parent = node.parent;
  if (!parent) return null;
  const cursor = parent.walk();
  try {
    if (!cursor.gotoFirstChildForIndex(node.startIndex) || cursor.nodeId !== node.id) return undefined;
    while (cursor.gotoNextSibling()) if (!named || cursor.nodeIsNamed) return cursor.currentNode;
    return null;
  } finally {
    cursor.delete();
  }
}

let installed = false;

export function installParentCache(): void {
  const libraryParent = Object.getOwnPropertyDescriptor(Node.prototype, 'parent')?.get;
  if (installed || !libraryParent) return;
  installed = true;
  Object.defineProperty(Node.prototype, 'parent', {
    configurable: true,
    get(this: Node): Node | null {
      return cachedParent(this, () => libraryParent.call(this) as Node | null);
    },
  });
  for (const [property, named] of [
    ['nextSibling', false],
    ['nextNamedSibling', true],
  ] as const) {
    const library = Object.getOwnPropertyDescriptor(Node.prototype, property)?.get;
    if (!library) continue;
    Object.defineProperty(Node.prototype, property, {
      configurable: true,
      get(this: Node): Node | null {
        const next = byTree.get(this.tree)?.descend ? nextSiblingOf(this, named) : undefined;
        return next === undefined ? (library.call(this) as Node | null) : next;
      },
    });
  }
  // An edited tree's nodes move: what was cached about them no longer holds.
  const libraryEdit = Tree.prototype.edit;
  Tree.prototype.edit = function edit(this: Tree, delta) {
    byTree.delete(this);
    libraryEdit.call(this, delta);
  };
}
