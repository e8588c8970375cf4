// Import declarations: which local name refers to which import path.
import { field, namedChildren, nodeRange, type SyntaxNode } from './syntax';
import type { Range } from '../types';

export interface ImportSpec {
  path: string;
  /** The name the file uses: the explicit alias, or the path's last element. '_' and '.' kept as given. */
  name: string;
  explicitAlias: boolean;
  range: Range;
}

export interface ImportLayout {
  specs: ImportSpec[];
  /** The parenthesised import declarations (where a new spec can be inserted). */
  blocks: { range: Range; specs: ImportSpec[] }[];
  /** End of the package clause: where an import declaration goes when the file has none. */
  packageClauseEnd: Range['end'] | null;
}

/** The package name Go code conventionally uses for an import path without an alias. */
export function defaultImportName(importPath: string): string {
  const parts = importPath.split('/');
  let last = parts[parts.length - 1] ?? importPath;
  // gopkg.in/yaml.v3 → yaml; example.com/foo/v2 → foo
  if (/^v\d+$/.test(last) && parts.length > 1) last = parts[parts.length - 2]!;
  const dot = last.indexOf('.');
  if (dot > 0) last = last.slice(0, dot);
  return last.replace(/-/g, '_').replace(/^go_/, '');
}

function stringLiteralValue(node: SyntaxNode): string {
  const text = node.text;
  return text.length >= 2 ? text.slice(1, -1) : text;
}

export function readImports(root: SyntaxNode): ImportLayout {
  const specs: ImportSpec[] = [];
  const blocks: ImportLayout['blocks'] = [];
  let packageClauseEnd: ImportLayout['packageClauseEnd'] = null;
  for (const decl of namedChildren(root)) {
    if (decl.type === 'package_clause') packageClauseEnd = nodeRange(decl).end;
    if (decl.type !== 'import_declaration') continue;
    for (const child of namedChildren(decl)) {
      const list = child.type === 'import_spec_list' ? namedChildren(child) : [child];
      const blockSpecs: ImportSpec[] = [];
      for (const specNode of list) {
        if (specNode.type !== 'import_spec') continue;
        const pathNode = field(specNode, 'path');
        if (!pathNode) continue;
        const importPath = stringLiteralValue(pathNode);
        const alias = field(specNode, 'name');
        const spec: ImportSpec = {
          path: importPath,
          name: alias ? alias.text : defaultImportName(importPath),
          explicitAlias: !!alias,
          range: nodeRange(specNode),
        };
        specs.push(spec);
        blockSpecs.push(spec);
      }
      if (child.type === 'import_spec_list') blocks.push({ range: nodeRange(child), specs: blockSpecs });
    }
  }
  return { specs, blocks, packageClauseEnd };
}

/** Maps local package names to import paths, for resolving `name.Member` selectors. */
export class ImportTable {
  private readonly byName = new Map<string, string>();

  constructor(readonly layout: ImportLayout) {
    for (const spec of layout.specs) {
      if (spec.name !== '_' && spec.name !== '.') this.byName.set(spec.name, spec.path);
    }
  }

  pathOf(localName: string): string | undefined {
    return this.byName.get(localName);
  }

  /** The local name under which importPath is visible, if imported. */
  nameOf(importPath: string): string | undefined {
    return this.layout.specs.find((s) => s.path === importPath && s.name !== '_')?.name;
  }

  has(importPath: string): boolean {
    return this.layout.specs.some((s) => s.path === importPath);
  }
}
