// Scopes: which declaration each identifier of real parsed Go names, and which names are free.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { GoParser } from '../../server/src/engine/go/parser';
import { SourceFile } from '../../server/src/engine/go/source-file';
import { flattenParameters } from '../../server/src/engine/go/scopes';
import type { SyntaxNode } from '../../server/src/engine/go/syntax';
import { deepBlocks, deepFuncLiterals, deepIfs } from '../cli/hostile-inputs';

async function withFile<T>(text: string, use: (file: SourceFile) => T): Promise<T> {
  const tree = (await GoParser.load()).parse(text);
  try {
    return use(new SourceFile('/x/a.go', text, tree.rootNode, null, 'example.com/a'));
  } finally {
    tree.delete();
  }
}

/** The identifiers spelled name, in source order. */
function idents(file: SourceFile, name: string): SyntaxNode[] {
  return file.nodesAt(name).filter((n) => n.type === 'identifier');
}

/** For each identifier spelled name: the index (among those identifiers) of the one declaring what it names, or null. */
function resolution(file: SourceFile, name: string): (number | null)[] {
  const all = idents(file, name);
  return all.map((n) => {
    const decl = file.scopes.resolve(n);
    if (!decl) return null;
    const at = all.findIndex((d) => d.id === decl.node.id);
    assert.ok(at >= 0, `${name} resolves to an identifier spelled ${decl.name}`);
    return at;
  });
}

const cases: [string, string, string, (number | null)[]][] = [
  ['a parameter', 'func f(x int) int { return x }', 'x', [0, 0]],
  ['an if initializer shadows inside the if only', 'func f(x int) int { if x := 2; x > 0 { return x }; return x }', 'x', [0, 1, 1, 1, 0]],
  [
    'a nested block shadows from its := on; its right side sees the outer x',
    'func f() int { x := 1; { _ = x; x := x + 1; _ = x }; return x }',
    'x',
    [0, 0, 2, 0, 2, 0],
  ],
  ['a top-level := re-uses the parameter (partial redeclaration)', 'func f(x int) (int, error) { x, err := g(x); _ = err; return x, nil }', 'x', [0, 0, 0, 0]],
  ['a := in the same block re-assigns an earlier one', 'func f() { a, b := 1, 2; a, c := 3, 4; _, _, _ = a, b, c }', 'a', [0, 0, 0]],
  ['the new name of a partial := is declared', 'func f() { a, b := 1, 2; a, c := 3, 4; _, _, _ = a, b, c }', 'c', [0, 0]],
  ['for-range key and value', 'func f(k string, m map[string]int) { for k, v := range m { _, _ = k, v }; _ = k }', 'k', [0, 1, 1, 0]],
  ['range with = assigns', 'func f(m map[string]int) { var k string; for k = range m {}; _ = k }', 'k', [0, 0, 0]],
  ['a for clause variable', 'func f(i int) { for i := 0; i < 3; i++ { _ = i }; _ = i }', 'i', [0, 1, 1, 1, 1, 0]],
  ['switch initializer and case clauses', 'func f(v int) { switch v := v * 2; v { case 1: v := 3; _ = v; default: _ = v } }', 'v', [0, 1, 0, 1, 4, 4, 1]],
  ['a type switch alias', 'func f(v any) { switch v := v.(type) { case int: _ = v } }', 'v', [0, 1, 0, 1]],
  ['a select receive', 'func f(ch chan int, v int) { select { case v := <-ch: _ = v }; _ = v }', 'v', [0, 1, 1, 0]],
  ['a closure parameter shadows', 'func f(ctx int) { g := func(ctx string) { _ = ctx }; _ = g; _ = ctx }', 'ctx', [0, 1, 1, 0]],
  ['a closure sees the outer variable', 'func f() { n := 1; g := func() int { return n }; _ = g }', 'n', [0, 0]],
  ['named results', 'func f() (err error) { if err != nil { return err }; return }', 'err', [0, 0, 0]],
  ['a method receiver', 'type S struct{ n int }\nfunc (s *S) get() int { return s.n }\nfunc g(s int) int { return s }', 's', [0, 0, 2, 2]],
  ['package-level names are visible before their declaration', 'func f() int { return top }\nvar top = 1', 'top', [1, 1]],
  ['a local var is visible after its spec', 'var top = 1\nfunc f() int { var top = top + 1; return top }', 'top', [0, 1, 0, 1]],
  ['an unknown name resolves to nothing', 'func f() { _ = fmtx }', 'fmtx', [null]],
];

for (const [title, body, name, expected] of cases) {
  test(`scopes: ${title}`, () => withFile(`package a\n\n${body}\n`, (file) => assert.deepEqual(resolution(file, name), expected)));
}

test('scopes: declarations know their kind, declarer and scope', () =>
  withFile('package a\n\nimport ctxpkg "context"\n\nfunc (r *R) f(ctx ctxpkg.Context, n int) (out int) { for i := range n { out += i }; return }\n', (file) => {
    const scopes = file.scopes;
    const kindOf = (name: string) => {
      const node = file.nodesAt(name).find((n) => scopes.declarationAt(n));
      return node ? scopes.declarationAt(node)!.kind : null;
    };
    assert.deepEqual(['ctxpkg', 'r', 'ctx', 'n', 'out', 'i', 'f'].map(kindOf), ['import', 'receiver', 'param', 'param', 'result', 'var', null]);
    const i = idents(file, 'i')[0]!;
    assert.equal(scopes.declarationAt(i)!.declarer.type, 'range_clause');
    assert.equal(scopes.declarationAt(i)!.scope.node.type, 'for_statement');
    assert.equal(scopes.usesOf(scopes.declarationAt(idents(file, 'out')[0]!)!).length, 1);
  }));

test('scopes: type parameters are declared in their function', () =>
  withFile('package a\n\nfunc f[T any](x T) T { return x }\n', (file) => {
    const body = file.nodesOfType('return_statement')[0]!;
    assert.equal(file.scopes.lookup('T', body.startIndex)?.kind, 'type-param');
    assert.equal(file.scopes.lookup('T', 0), null);
  }));

test('scopes: the same file is scoped once', () =>
  withFile('package a\n\nfunc f() {}\n', (file) => {
    assert.equal(file.scopes, file.scopes);
  }));

test('scopes: free names and fresh names', () =>
  withFile('package a\n\nfunc f() { cancel := 1; cancel2 := cancel; _ = cancel2 }\nfunc g() { _ = h.cancel }\n', (file) => {
    const [f, g] = file.nodesOfType('function_declaration');
    assert.equal(file.scopes.isFreeIn('cancel', f!), false);
    assert.equal(file.scopes.freshName(f!, 'cancel'), 'cancel3');
    // A field spelled like the name is no identifier.
    assert.equal(file.scopes.freshName(g!, 'cancel'), 'cancel');
  }));

test('parameters are flattened one per name', () =>
  withFile('package a\n\nfunc f(a, b int, _ string, rest ...int) (n int, err error) { return 0, nil }\n\ntype F func(int)\n', (file) => {
    const fn = file.nodesOfType('function_declaration')[0]!;
    const params = flattenParameters(fn.childForFieldName('parameters'));
    assert.deepEqual(
      params.map((p) => [p.name?.text ?? null, p.type?.text ?? null, p.variadic]),
      [
        ['a', 'int', false],
        ['b', 'int', false],
        ['_', 'string', false],
        ['rest', 'int', true],
      ],
    );
    assert.deepEqual(
      flattenParameters(fn.childForFieldName('result')).map((p) => p.name?.text),
      ['n', 'err'],
    );
    const unnamed = flattenParameters(file.nodesOfType('function_type')[0]?.childForFieldName('parameters') ?? null);
    assert.deepEqual(
      unnamed.map((p) => [p.name, p.type?.text]),
      [[null, 'int']],
    );
  }));

for (const [shape, text] of [
  ['blocks', deepBlocks(10_000)],
  ['ifs', deepIfs(10_000)],
  ['func literals', deepFuncLiterals(10_000)],
] as const) {
  // Recursion would overflow the stack; quadratic work would run into the timeout (`npm run bench:scale` times it).
  test(`scopes: 10,000 nested ${shape} are scoped without recursion`, { timeout: 60_000 }, () =>
    withFile(text, (file) => {
      const last = [...file.nodesOfType('identifier')].pop()!;
      assert.doesNotThrow(() => file.scopes.resolve(last));
    }),
  );
}

test('scopes: the innermost of 10,000 nested closures names its own parameter', () =>
  withFile(deepFuncLiterals(10_000), (file) => {
    const at = file.text.indexOf('_ = ctx') + '_ = '.length;
    const inner = file.root.descendantForIndex(at, at + 'ctx'.length)!;
    const decl = file.scopes.resolve(inner)!;
    assert.equal(decl.kind, 'param');
    assert.equal(decl.scope.node.type, 'func_literal');
    assert.equal(file.scopes.usesOf(decl).length, 1, 'the `_ = ctx` (the argument of the innermost call is the next one out)');
  }));

test('scopes: a statement reaches what follows in its scope, not past a closure or out of its block', () =>
  withFile('package a\n\nfunc f(x int) {\n\ty := 1\n\tif x > 0 {\n\t\tz := 2\n\t\t_ = z\n\t}\n\tfunc() { _ = y }()\n\t_ = y\n}\n', (file) => {
    const statement = (text: string) => file.nodesOfType('short_var_declaration').find((n) => n.text === text)!;
    const at = (text: string) => file.text.indexOf(text);
    assert.ok(file.scopes.reaches(statement('y := 1'), at('_ = z')), 'into a nested block');
    assert.ok(file.scopes.reaches(statement('y := 1'), file.text.lastIndexOf('_ = y')), 'later in its own block');
    assert.ok(!file.scopes.reaches(statement('y := 1'), at('_ = y }')), 'not into a func literal');
    assert.ok(!file.scopes.reaches(statement('z := 2'), file.text.lastIndexOf('_ = y')), 'not out of its block');
  }));

test('scopes: two identifiers name the same variable by declaration, or by spelling when the file declares neither', () =>
  withFile('package a\n\nfunc f(x int) {\n\t_ = x\n\tif x > 0 {\n\t\tx := 2\n\t\t_ = x\n\t}\n\t_ = elsewhere\n\t_ = elsewhere\n}\n', (file) => {
    const [param, outer, , inner, innerUse] = idents(file, 'x');
    const [g1, g2] = idents(file, 'elsewhere');
    assert.ok(file.scopes.sameVariable(param!, outer!));
    assert.ok(file.scopes.sameVariable(inner!, innerUse!));
    assert.ok(!file.scopes.sameVariable(outer!, innerUse!), 'the block declares its own x');
    assert.ok(file.scopes.sameVariable(g1!, g2!), 'a package-level name of another file');
    assert.ok(!file.scopes.sameVariable(g1!, outer!));
  }));

test('scopes: a predeclared name is one nothing visible declares', () =>
  withFile(
    'package a\n\nfunc f() {\n\t_ = recover()\n\tif true {\n\t\trecover := func() any { return nil }\n\t\t_ = recover()\n\t}\n\t_ = recover()\n}\n',
    (file) => {
      const [builtin, declared, shadowed, after] = idents(file, 'recover');
      assert.ok(file.scopes.isPredeclared(builtin!));
      assert.ok(!file.scopes.isPredeclared(declared!), 'the declaring name');
      assert.ok(!file.scopes.isPredeclared(shadowed!), 'the block declares its own recover');
      assert.ok(file.scopes.isPredeclared(after!), 'the block ended');
    },
  ));

test("an empty word occurs nowhere: the search for a MISSING identifier's uses ends", async () => {
  // `, _ := g(x)`: tree-sitter gives the first name as a MISSING identifier, spelled "".
  await withFile('package a\n\nfunc f(x int) {\n\t, _ := g(x)\n}\n', (file) => {
    assert.deepEqual(file.nodesAt(''), []);
    assert.deepEqual(file.nodesAt('', 10, 20), []);
  });
});
