// Layering, read from the import graph esbuild resolves when it bundles the server and the CLI
// (type-only imports are erased there, so they are not edges): no import cycle between files or
// between engine folders; the engine imports no editor or protocol package; the language server and
// the CLI reach the engine only through its façade; only engine/go touches tree-sitter.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { REPO_ROOT } from '../support/fixtures';

const ENGINE = 'server/src/engine/';
const FACADE = `${ENGINE}api.ts`;

interface ImportGraph {
  /** Every bundled repository file and the repository files it imports at run time. */
  files: Map<string, string[]>;
  /** Every bundled file and the packages it imports. */
  packages: Map<string, string[]>;
}

async function importGraph(): Promise<ImportGraph> {
  const result = await esbuild.build({
    absWorkingDir: REPO_ROOT,
    entryPoints: ['server/src/server.ts', 'server/src/cli.ts'],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    packages: 'external',
    outdir: 'out/architecture',
    logLevel: 'silent',
  });
  const files = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  for (const [file, input] of Object.entries(result.metafile.inputs)) {
    files.set(
      file,
      input.imports.filter((i) => !i.external).map((i) => i.path),
    );
    packages.set(
      file,
      input.imports.filter((i) => i.external).map((i) => i.path),
    );
  }
  return { files, packages };
}

/** The strongly connected components with more than one member (Tarjan), i.e. the import cycles. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** `server/src/engine/rules/x.ts` → `rules`; the façade and top-level files are their own folder. */
function engineFolder(file: string): string {
  const rest = file.slice(ENGINE.length);
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : rest;
}

const graph = importGraph();

test('no two files import each other, directly or through others', async () => {
  assert.deepEqual(cycles((await graph).files), []);
});

test('the engine folders form a pipeline: no folder depends on itself through others', async () => {
  const folders = new Map<string, string[]>();
  for (const [file, imports] of (await graph).files) {
    if (!file.startsWith(ENGINE)) continue;
    const from = engineFolder(file);
    const to = imports
      .filter((i) => i.startsWith(ENGINE))
      .map(engineFolder)
      .filter((f) => f !== from);
    folders.set(from, [...new Set([...(folders.get(from) ?? []), ...to])]);
  }
  assert.ok(folders.size > 5, `the engine graph has ${folders.size} folders: the build did not see the engine`);
  assert.deepEqual(cycles(folders), []);
});

test('the language server and the CLI import the engine only through its façade', async () => {
  const offenders: string[] = [];
  for (const [file, imports] of (await graph).files) {
    if (file.startsWith(ENGINE)) continue;
    for (const target of imports) if (target.startsWith(ENGINE) && target !== FACADE) offenders.push(`${file} → ${target}`);
  }
  assert.deepEqual(offenders, []);
});

test('the engine imports no vscode or LSP package', async () => {
  const offenders: string[] = [];
  for (const [file, packages] of (await graph).packages) {
    if (!file.startsWith(ENGINE)) continue;
    for (const name of packages) if (/^vscode($|-)/.test(name)) offenders.push(`${file} → ${name}`);
  }
  assert.deepEqual(offenders, []);
});

test('only engine/go imports web-tree-sitter', async () => {
  const importers = [...(await graph).packages].filter(([, packages]) => packages.includes('web-tree-sitter')).map(([file]) => file);
  assert.ok(importers.length > 0, 'nothing imports web-tree-sitter: the build did not see the parser');
  assert.deepEqual(
    importers.filter((file) => !file.startsWith(`${ENGINE}go/`)),
    [],
  );
});
