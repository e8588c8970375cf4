// One parsed Go file with what rules need to read it: imports, package, module context.
import type { AnalysisDeadline } from './cpu-budget';
import { ImportTable, readImports } from './imports';
import type { TreeCursor } from 'web-tree-sitter';
import { noteParent } from './parent-cache';
import { Scopes } from './scopes';
import { field, firstStartingFrom, selectorParts, unparen, type SyntaxNode } from './syntax';
import { isWordChar } from './words';
import type { ModuleInfo } from '../files/modules';

export interface QualifiedName {
  /** Import path of the package that declares the name. */
  pkg: string;
  name: string;
}

export class SourceFile {
  readonly imports: ImportTable;
  readonly packageName: string;
  private readonly nodesByType = new Map<string, readonly SyntaxNode[]>();
  private scopesOfFile: Scopes | null = null;

  constructor(
    readonly path: string,
    readonly text: string,
    readonly root: SyntaxNode,
    readonly module: ModuleInfo | null,
    /** Import path of this file's package, when inside a module. */
    readonly packagePath: string | null,
    /** Whether Go would find a syntax error here (rules offer no fixes then). */
    readonly syntaxErrors = root.hasError,
    /** The analysis's deadline, checked at every anchor found (a file with very many gives up in time). */
    readonly deadline: AnalysisDeadline | null = null,
  ) {
    this.imports = new ImportTable(readImports(root));
    const clause = root.namedChildren.find((c) => c?.type === 'package_clause');
    this.packageName = clause?.namedChild(0)?.text ?? '';
  }

  /** The file's scopes and declarations, built on first use and kept with the file. */
  get scopes(): Scopes {
    this.scopesOfFile ??= new Scopes(this);
    return this.scopesOfFile;
  }

  /**
   * Every node of a type, in source order. The search runs inside tree-sitter's wasm (a JS
   * walk creates an object per node and costs many times the parse), once per type and file.
   */
  nodesOfType(type: string): readonly SyntaxNode[] {
    let nodes = this.nodesByType.get(type);
    if (!nodes) {
      nodes = this.root.descendantsOfType(type);
      this.nodesByType.set(type, nodes);
    }
    return nodes;
  }

  /** The nodes of a type that start in [from, to), in source order (a binary search in nodesOfType). */
  nodesOfTypeIn(type: string, from: number, to: number): readonly SyntaxNode[] {
    const nodes = this.nodesOfType(type);
    const lo = firstStartingFrom(nodes, from);
    let end = lo;
    while (end < nodes.length && nodes[end]!.startIndex < to) end++;
    return nodes.slice(lo, end);
  }

  /**
   * The smallest nodes spanning each whole-word occurrence of word in the text, or in
   * [from, to) of it (comments and
   * strings included: callers check the node's type). The text only proposes positions; the
   * tree says what stands there. Far cheaper than a traversal when the word is rare.
   */
  nodesAt(word: string, from = 0, to = this.text.length): SyntaxNode[] {
    // An empty word (a MISSING identifier's name) occurs everywhere, and the search would not move.
    if (word.length === 0) return [];
    const nodes: SyntaxNode[] = [];
    // One cursor moves forward through the tree from hit to hit: a search from the root per hit
    // costs the depth of a deep tree, or the width of a flat one (25,000 hits in one ERROR node).
    const cursor = this.root.walk();
    const path: SyntaxNode[] = [];
    try {
      for (let at = this.text.indexOf(word, from); at >= 0 && at + word.length <= to; at = this.text.indexOf(word, at + word.length)) {
        if (isWordChar(this.text.charCodeAt(at - 1)) || isWordChar(this.text.charCodeAt(at + word.length))) continue;
        this.deadline?.check();
        nodes.push(seekForward(cursor, path, at, at + word.length));
      }
    } finally {
      cursor.delete();
    }
    return nodes;
  }

  /** A required module's version from go.mod, if any. */
  requiredVersion(modulePath: string): string | undefined {
    return this.module?.mod.requires.get(modulePath);
  }

  /** go.mod requires the module and not as `// indirect`: some package of the module imports it. */
  requiresDirectly(modulePath: string): boolean {
    const mod = this.module?.mod;
    return !!mod && mod.requires.has(modulePath) && !mod.indirect.has(modulePath);
  }

  get goVersion(): string | null {
    return this.module?.mod.goVersion ?? null;
  }

  /**
   * What an expression names: `pkg.Name` through the imports, or a bare identifier as a
   * name of this file's own package. Null for anything else (method values, locals).
   */
  qualify(expr: SyntaxNode): QualifiedName | null {
    const node = unparen(expr);
    const parts = selectorParts(node);
    if (parts) {
      const importPath = this.imports.pathOf(parts[0]);
      return importPath ? { pkg: importPath, name: parts[1] } : null;
    }
    if (node.type === 'identifier' && this.packagePath) return { pkg: this.packagePath, name: node.text };
    return null;
  }

  /** The qualified callee of a call_expression (`context.WithCancel(...)` → context/WithCancel). */
  callee(call: SyntaxNode): QualifiedName | null {
    if (call.type !== 'call_expression') return null;
    const fn = field(call, 'function');
    return fn ? this.qualify(fn) : null;
  }

  /** call is `name(…)` of Go's predeclared function (`panic`, `recover`): no declaration the call sees (a local func named recover) shadows it. */
  callsBuiltin(call: SyntaxNode, name: 'panic' | 'recover' | 'make'): boolean {
    if (call.type !== 'call_expression') return false;
    const fn = field(call, 'function');
    return fn?.type === 'identifier' && fn.text === name && this.scopes.isPredeclared(fn);
  }

  /** True when call calls one of names in package pkg. */
  isCallTo(call: SyntaxNode, pkg: string, names: ReadonlySet<string> | string): boolean {
    const callee = this.callee(call);
    if (!callee || callee.pkg !== pkg) return false;
    return typeof names === 'string' ? callee.name === names : names.has(callee.name);
  }
}

/**
 * Moves cursor to the smallest node spanning [start, end), as descendantForIndex would find it,
 * for ranges asked in source order: it goes right past what ends before start and up out of what
 * does not span the range, and down only into a node it has not been inside, so a search of many
 * ranges visits each node a bounded number of times. path holds the cursor's ancestors, root
 * first; the parents it learns are given to the parent cache (in a wide ERROR node the library
 * finds a parent by scanning every child from the root).
 */
function seekForward(cursor: TreeCursor, path: SyntaxNode[], start: number, end: number): SyntaxNode {
  let climbed = false;
  while (cursor.startIndex > start || cursor.endIndex < end) {
    if (cursor.endIndex <= start && cursor.gotoNextSibling()) {
      climbed = false;
      continue;
    }
    if (!cursor.gotoParent()) break;
    path.pop();
    climbed = true;
  }
  // Reached by climbing out of a child that did not span the range: no child of this node does.
  if (!climbed) {
    for (let node = cursor.currentNode; cursor.gotoFirstChildForIndex(start); node = cursor.currentNode) {
      if (cursor.startIndex > start || cursor.endIndex < end) {
        cursor.gotoParent();
        break;
      }
      noteParent(node, path.at(-1) ?? null, path.length);
      path.push(node);
    }
  }
  const found = cursor.currentNode;
  noteParent(found, path.at(-1) ?? null, path.length);
  return found;
}
