// Which cancel funcs are resolved as plain locals, and the path verdict from their assignment.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { GoParser } from '../../server/src/engine/go/parser';
import { cancelPathVerdict, MAX_NESTING } from '../../server/src/engine/flow/cancel-paths';
import { findCancelSites } from '../../server/src/engine/flow/cancel-sites';
import { resolveCancelVar } from '../../server/src/engine/flow/cancel-var';
import { SourceFile } from '../../server/src/engine/go/source-file';

/** The verdict for the first cancel site of body: 'escapes', 'unresolved' or the path verdict. */
async function verdict(body: string): Promise<string> {
  const text = `package p\n\nimport "context"\n\nfunc f(parent context.Context, ok bool, n int, ch chan int) error {\n${body}\n}\n`;
  const tree = (await GoParser.load()).parse(text);
  try {
    const file = new SourceFile('/tmp/p.go', text, tree.rootNode, null, null);
    const site = findCancelSites(file)[0];
    assert.ok(site, 'the body has a cancel site');
    const variable = resolveCancelVar(file, site);
    if (!variable) return 'unresolved';
    if (variable.escapes) return 'escapes';
    return cancelPathVerdict(variable, (call) => call.childForFieldName('function')?.text === 'panic');
  } finally {
    tree.delete();
  }
}

const CASES: [string, string, string][] = [
  ['deferred at once', 'ctx, cancel := context.WithCancel(parent)\ndefer cancel()\nreturn ctx.Err()', 'called'],
  ['early return', 'ctx, cancel := context.WithCancel(parent)\nif ok {\nreturn nil\n}\ncancel()\nreturn ctx.Err()', 'leaks'],
  ['falls off the end', 'ctx, cancel := context.WithCancel(parent)\nif ok {\ncancel()\n}\n_ = ctx\nreturn nil', 'leaks'],
  [
    'else-if chain, all call',
    'ctx, cancel := context.WithCancel(parent)\nif ok {\ncancel()\n} else if n > 0 {\ncancel()\n} else {\ncancel()\n}\nreturn ctx.Err()',
    'called',
  ],
  ['else-if chain without else', 'ctx, cancel := context.WithCancel(parent)\nif ok {\ncancel()\n} else if n > 0 {\ncancel()\n}\nreturn ctx.Err()', 'leaks'],
  [
    'switch break skips the call',
    'ctx, cancel := context.WithCancel(parent)\nswitch n {\ncase 1:\nif ok {\nbreak\n}\ncancel()\ndefault:\ncancel()\n}\nreturn ctx.Err()',
    'leaks',
  ],
  ['switch break then call after', 'ctx, cancel := context.WithCancel(parent)\nswitch n {\ncase 1:\nbreak\n}\ncancel()\nreturn ctx.Err()', 'called'],
  [
    'type switch with default',
    'ctx, cancel := context.WithCancel(parent)\nvar x any = n\nswitch x.(type) {\ncase int:\ncancel()\ndefault:\ncancel()\n}\nreturn ctx.Err()',
    'called',
  ],
  ['bare block', 'ctx, cancel := context.WithCancel(parent)\n{\nif ok {\nreturn nil\n}\n}\ncancel()\nreturn ctx.Err()', 'leaks'],
  [
    'assigned inside a bare block, deferred outside',
    'var cancel context.CancelFunc = func() {}\nctx := parent\n{\nctx, cancel = context.WithCancel(parent)\n}\ndefer cancel()\nreturn ctx.Err()',
    'called',
  ],
  ['panic ends the path', 'ctx, cancel := context.WithCancel(parent)\nif ok {\npanic(1)\n}\ncancel()\nreturn ctx.Err()', 'called'],
  ['select is not judged', 'ctx, cancel := context.WithCancel(parent)\nselect {\ncase <-ch:\nreturn nil\ndefault:\n}\ncancel()\nreturn ctx.Err()', 'unknown'],
  ['goto is not judged', 'ctx, cancel := context.WithCancel(parent)\nif ok {\ngoto end\n}\ncancel()\nend:\nreturn ctx.Err()', 'unknown'],
  ['labeled loop is not judged', 'ctx, cancel := context.WithCancel(parent)\nouter:\nfor {\nbreak outer\n}\ncancel()\nreturn ctx.Err()', 'unknown'],
  ['rebound before the call', 'ctx, cancel := context.WithCancel(parent)\nctx, cancel = context.WithCancel(ctx)\ncancel()\nreturn ctx.Err()', 'unknown'],
  ['endless loop left only by return after the call', 'ctx, cancel := context.WithCancel(parent)\nfor {\nif ok {\ncancel()\nreturn ctx.Err()\n}\n}', 'called'],
  ['endless loop with break', 'ctx, cancel := context.WithCancel(parent)\nfor {\nif ok {\nbreak\n}\n}\n_ = ctx\nreturn nil', 'leaks'],
  ['returned', 'ctx, cancel := context.WithCancel(parent)\nif ok {\nreturn nil\n}\n_ = ctx\nreturn func() error { cancel(); return nil }()', 'escapes'],
  ['passed on', 'ctx, cancel := context.WithCancel(parent)\nkeep(cancel)\nreturn ctx.Err()', 'escapes'],
  ['stored in a map', 'ctx, cancel := context.WithCancel(parent)\nm := map[int]func(){}\nm[n] = cancel\nreturn ctx.Err()', 'escapes'],
  [
    'loop variable rebound outside the loop',
    'var cancel context.CancelFunc\nctx := parent\nfor i := 0; i < n; i++ {\nctx, cancel = context.WithCancel(parent)\nif ok {\ncontinue\n}\n}\ncancel()\nreturn ctx.Err()',
    'unknown',
  ],
  ['declared in a header', 'if ctx, cancel := context.WithCancel(parent); ok {\ncancel()\nreturn ctx.Err()\n}\nreturn nil', 'unresolved'],
  [
    'a parameter',
    'return nil\n}\n\nfunc g(parent context.Context, cancel context.CancelFunc) error {\nctx := parent\nctx, cancel = context.WithCancel(parent)\nreturn ctx.Err()',
    'unresolved',
  ],
  [
    'shadowed in a nested block',
    'ctx, cancel := context.WithCancel(parent)\ndefer cancel()\nif ok {\ncancel := func() {}\ncancel()\n}\nreturn ctx.Err()',
    'unresolved',
  ],
];

for (const [name, body, expected] of CASES) {
  test(`cancel paths: ${name}`, async () => {
    assert.equal(await verdict(body), expected);
  });
}

/** The cancel site, then `depth` nested switches with the call in the innermost (default) case. */
const nestedSwitches = (depth: number) =>
  `ctx, cancel := context.WithCancel(parent)\n${'switch n {\ndefault:\n'.repeat(depth)}cancel()\n${'}\n'.repeat(depth)}return ctx.Err()`;
/** The cancel site in the innermost of `depth` nested blocks, the call after them all. */
const siteInNestedBlocks = (depth: number) =>
  `var cancel context.CancelFunc = func() {}\nctx := parent\n${'{\n'.repeat(depth)}ctx, cancel = context.WithCancel(parent)\n${'}\n'.repeat(depth)}cancel()\nreturn ctx.Err()`;

test(`cancel paths: judged through ${MAX_NESTING - 2} nested statements, not judged beyond ${MAX_NESTING} (inwards and outwards)`, async () => {
  assert.equal(await verdict(nestedSwitches(MAX_NESTING - 2)), 'called');
  assert.equal(await verdict(nestedSwitches(MAX_NESTING + 1)), 'unknown');
  assert.equal(await verdict(siteInNestedBlocks(MAX_NESTING - 2)), 'called');
  // The declaration is found at any depth (through the file's scopes); the path is too deep to judge: quiet too.
  assert.equal(await verdict(siteInNestedBlocks(MAX_NESTING + 1)), 'unknown');
});

test('cancel paths: 10,000 nested switches are answered without a stack overflow', { timeout: 30_000 }, async () => {
  assert.equal(await verdict(nestedSwitches(10_000)), 'unknown');
  assert.match(await verdict(siteInNestedBlocks(10_000)), /^(unknown|unresolved)$/);
});
