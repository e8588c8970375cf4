// Layering: the engine never imports editor or protocol packages; only engine/go touches tree-sitter.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, filesUnder } from '../support/fixtures';

const ENGINE = path.join(REPO_ROOT, 'server', 'src', 'engine');

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

test('the engine imports no vscode or LSP package', () => {
  for (const file of filesUnder(ENGINE, (n) => n.endsWith('.ts'))) {
    for (const spec of importsOf(file)) {
      assert.ok(!/^vscode($|-)/.test(spec), `${path.relative(REPO_ROOT, file)} imports ${spec}`);
    }
  }
});

test('only engine/go imports web-tree-sitter', () => {
  for (const file of filesUnder(path.join(REPO_ROOT, 'server', 'src'), (n) => n.endsWith('.ts'))) {
    if (file.startsWith(path.join(ENGINE, 'go') + path.sep)) continue;
    assert.ok(!importsOf(file).includes('web-tree-sitter'), `${path.relative(REPO_ROOT, file)} imports web-tree-sitter`);
  }
});
