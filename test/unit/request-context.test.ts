// requestContextAt: which expression gives the request context at a point of a function.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { requestContextAt } from '../../server/src/engine/flow/request-context';
import { GoParser } from '../../server/src/engine/go/parser';
import { walk, type SyntaxNode } from '../../server/src/engine/go/syntax';
import { SourceFile } from '../../server/src/engine/go/source-file';

const HEADER = `package a

import (
	stdctx "context"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
	"google.golang.org/grpc"
)
`;

/** The request context expression at the call `here()` in body, or null. */
async function contextAtHere(body: string): Promise<string | null> {
  const text = HEADER + body;
  const tree = (await GoParser.load()).parse(text);
  try {
    const file = new SourceFile('/x/a.go', text, tree.rootNode, null, 'example.com/a');
    let here: SyntaxNode | null = null;
    walk(tree.rootNode, (node) => {
      if (node.type === 'call_expression' && node.childForFieldName('function')?.text === 'here') here = node;
      return here === null;
    });
    assert.ok(here, 'the body calls here()');
    return requestContextAt(file, here)?.expression ?? null;
  } finally {
    tree.delete();
  }
}

const cases: [string, string, string | null][] = [
  ['a context parameter (aliased import)', 'func f(ctx stdctx.Context) { here() }', 'ctx'],
  ['an http request', 'func f(w http.ResponseWriter, req *http.Request) { here() }', 'req.Context()'],
  ['gin', 'func f(c *gin.Context) { here() }', 'c.Request.Context()'],
  ['echo', 'func f(c echo.Context) error { here(); return nil }', 'c.Request().Context()'],
  [
    'a stream interceptor',
    'func f(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, h grpc.StreamHandler) error { here(); return nil }',
    'ss.Context()',
  ],
  ['a context parameter wins over the request', 'func f(r *http.Request, ctx stdctx.Context) { here() }', 'ctx'],
  ['a blank context parameter', 'func f(_ stdctx.Context) { here() }', null],
  ['no context', 'func f(id string) { here() }', null],
  ['a method', 'func (s *S) f(ctx stdctx.Context) { here() }', 'ctx'],
  ['a closure sees its function', 'func f(ctx stdctx.Context) { g := func() { here() }; g() }', 'ctx'],
  ['a closure with its own request', 'func f(ctx stdctx.Context) { h := func(w http.ResponseWriter, r *http.Request) { here() }; _ = h }', 'r.Context()'],
  ['a closure parameter hides the name', 'func f(ctx stdctx.Context) { g := func(ctx string) { here() }; _ = g }', null],
  ['a nested := hides the name', 'func f(ctx stdctx.Context) { if true { ctx := 1; _ = ctx; here() } }', null],
  ['a range variable hides the name', 'func f(ctx stdctx.Context, xs []string) { for _, ctx := range xs { _ = ctx; here() } }', null],
  ['a top-level := re-uses the parameter', 'func f(ctx stdctx.Context) { ctx, cancel := stdctx.WithCancel(ctx); defer cancel(); here() }', 'ctx'],
  [
    'the right side of a nested := still sees the parameter',
    'func f(ctx stdctx.Context) { if true { ctx, cancel := stdctx.WithCancel(here()); defer cancel(); _ = ctx } }',
    'ctx',
  ],
  ['a declaration after the use hides nothing', 'func f(ctx stdctx.Context) { if true { here(); ctx := 1; _ = ctx } }', 'ctx'],
  ['a package-level initialiser', 'var v = func() int { here(); return 0 }()', null],
];

for (const [name, body, expected] of cases) {
  test(`requestContextAt: ${name}`, async () => {
    assert.equal(await contextAtHere(body), expected);
  });
}
