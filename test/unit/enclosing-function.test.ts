// The enclosing function of a node, found by descending from the root, is the one climbing
// its parents would find, and costs the nesting depth, not its square.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GoParser } from '../../server/src/engine/go/parser';
import { FUNCTION_TYPES, enclosingDeclaration, enclosingFunction, outermostFunction, walk, type SyntaxNode } from '../../server/src/engine/go/syntax';
import { FIXTURES, filesUnder } from '../support/fixtures';
import { deepFuncLiterals } from '../cli/hostile-inputs';

function climbed(node: SyntaxNode, matches: (n: SyntaxNode) => boolean, outermost: boolean): number | null {
  let found: SyntaxNode | null = null;
  for (let n = node.parent; n; n = n.parent) {
    if (!matches(n)) continue;
    found = n;
    if (!outermost) break;
  }
  return found?.id ?? null;
}

const isDeclaration = (n: SyntaxNode) => n.type === 'function_declaration' || n.type === 'method_declaration';

test('enclosingFunction, enclosingDeclaration and outermostFunction agree with a parent climb on every node of the fixtures', async () => {
  const parser = await GoParser.load();
  let checked = 0;
  // The fuzz regressions are hostile shapes checked by their own test; a climb per node would be quadratic on them.
  const fuzzed = path.join(FIXTURES, '_fuzz') + path.sep;
  const files = filesUnder(FIXTURES, (name) => name.endsWith('.go')).filter((file) => !file.startsWith(fuzzed));
  for (const file of files.slice(0, 120)) {
    const tree = parser.parse(fs.readFileSync(file, 'utf8'));
    try {
      walk(tree.rootNode, (node) => {
        assert.equal(
          enclosingFunction(node)?.id ?? null,
          climbed(node, (n) => FUNCTION_TYPES.has(n.type), false),
          `${file}: ${node.type} at ${node.startIndex}`,
        );
        assert.equal(enclosingDeclaration(node)?.id ?? null, climbed(node, isDeclaration, true), `${file}: ${node.type} at ${node.startIndex}`);
        assert.equal(
          outermostFunction(node)?.id ?? null,
          climbed(node, (n) => FUNCTION_TYPES.has(n.type), true),
          `${file}: ${node.type} at ${node.startIndex}`,
        );
        checked++;
      });
    } finally {
      tree.delete();
    }
  }
  assert.ok(checked > 10_000, `only ${checked} nodes checked`);
});

test('the innermost of 10,000 nested func literals is found, without recursion', { timeout: 30_000 }, async () => {
  const parser = await GoParser.load();
  const text = deepFuncLiterals(10_000);
  const tree = parser.parse(text);
  try {
    const inner = tree.rootNode.descendantForIndex(text.indexOf('_ = ctx'));
    const fn = enclosingFunction(inner!);
    assert.equal(fn?.type, 'func_literal');
    assert.equal(enclosingDeclaration(inner!)?.type, 'function_declaration');
  } finally {
    tree.delete();
  }
});
