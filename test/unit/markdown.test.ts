// The docs-example reader follows CommonMark's fences: a heading inside code is code, a longer
// fence holds a shorter one, tildes close only tildes.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { codeBlocks } from '../support/markdown';

test('fenced blocks carry the heading above them and their language', () => {
  const page = [
    '# rule',
    '',
    '## Bad',
    '',
    '```go',
    'f(nil)',
    '```',
    '',
    '## Good',
    '',
    '````go',
    '```',
    '## not a heading',
    '````',
    '~~~',
    'x',
    '```',
    '~~~',
  ].join('\n');
  assert.deepEqual(codeBlocks(page), [
    { heading: 'Bad', language: 'go', code: 'f(nil)\n', line: 5 },
    { heading: 'Good', language: 'go', code: '```\n## not a heading\n', line: 11 },
    { heading: 'Good', language: '', code: 'x\n```\n', line: 15 },
  ]);
});

test('an indented fence loses its indentation from the code lines', () => {
  assert.deepEqual(codeBlocks('## Bad\n  ```go\n  a()\n    b()\n  ```\n'), [{ heading: 'Bad', language: 'go', code: 'a()\n  b()\n', line: 2 }]);
});
