// Static time.Duration evaluation and formatting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { GoParser } from '../../server/src/engine/go/parser';
import { walk, type SyntaxNode } from '../../server/src/engine/go/syntax';
import { DurationEvaluator, formatDuration } from '../../server/src/engine/knowledge/durations';
import { SourceFile } from '../../server/src/engine/go/source-file';

/** Evaluates the argument of every `use(…)` call in a file built around decls and body. */
async function evaluate(decls: string, body: string): Promise<(number | null)[]> {
  const text = `package p\n\nimport (\n\t"time"\n\tclock "time"\n)\n\n${decls}\n\nfunc f(d time.Duration) {\n${body}\n}\n`;
  const tree = (await GoParser.load()).parse(text);
  try {
    const file = new SourceFile('/tmp/p.go', text, tree.rootNode, null, null);
    const evaluator = new DurationEvaluator(file);
    const values: (number | null)[] = [];
    walk(file.root, (n: SyntaxNode) => {
      if (n.type === 'call_expression' && n.childForFieldName('function')?.text === 'use') {
        values.push(evaluator.nanoseconds(n.childForFieldName('arguments')!.namedChild(0)!));
      }
    });
    return values;
  } finally {
    tree.delete();
  }
}

test('literals times time units, conversions and arithmetic', async () => {
  const values = await evaluate(
    '',
    [
      'use(5 * time.Second)',
      'use(time.Millisecond * 250)',
      'use(time.Duration(3) * time.Minute)',
      'use(time.Hour + 30*time.Minute)',
      'use((2 * time.Second) / 4)',
      'use(1_000 * clock.Microsecond)',
      'use(0x10)',
      'use(010)',
      'use(-time.Second)',
      'use(1.5 * 2)',
    ].join('\n'),
  );
  assert.deepEqual(values, [5e9, 250e6, 180e9, 5400e9, 5e8, 1e6, 16, 8, -1e9, 3]);
});

test('constants of the same file, package-level and local', async () => {
  const values = await evaluate(
    'const (\n\tbase = 2 * time.Second\n\tdouble time.Duration = base * 2\n)\n\nconst a, b = time.Second, time.Minute',
    'const local = double + 1\nuse(base)\nuse(double)\nuse(local)\nuse(b)',
  );
  assert.deepEqual(values, [2e9, 4e9, 4e9 + 1, 60e9]);
});

test('anything not known statically is null', async () => {
  const values = await evaluate(
    'const (\n\tfirst = iota\n\tsecond\n)\n\nconst shadowed = time.Second\n\nfunc g(shadowed time.Duration) {}\n\nconst loop = loop2\nconst loop2 = loop',
    [
      'use(d)',
      'use(time.Duration(d) * time.Second)',
      'use(time.Now())',
      'use(second)',
      'use(first)',
      'use(shadowed)',
      'use(loop)',
      'use(time.Second / 0)',
      'use(other.Second)',
      'use(time.Second %)',
    ].join('\n'),
  );
  assert.deepEqual(values, [null, null, null, null, null, null, null, null, null, null]);
});

test('formatDuration prints short Go-like durations', () => {
  assert.equal(formatDuration(0), '0s');
  assert.equal(formatDuration(2e9), '2s');
  assert.equal(formatDuration(1.5e9), '1.5s');
  assert.equal(formatDuration(90e9), '1m30s');
  assert.equal(formatDuration(3600e9 + 1e9), '1h1s');
  assert.equal(formatDuration(300e6), '300ms');
  assert.equal(formatDuration(1500), '1.5µs');
  assert.equal(formatDuration(7), '7ns');
  assert.equal(formatDuration(-2e9), '-2s');
});
