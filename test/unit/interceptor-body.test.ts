// Interceptor recognition and body facts, table-driven over small Go snippets.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { GoParser } from '../../server/src/engine/go/parser';
import { FUNCTION_TYPES, walk, type SyntaxNode } from '../../server/src/engine/go/syntax';
import { SourceFile } from '../../server/src/engine/go/source-file';
import { interceptorFacts } from '../../server/src/engine/interceptors/body';
import { interceptorShape } from '../../server/src/engine/interceptors/shape';
import type { InterceptorBodyFacts } from '../../server/src/engine/interceptors/types';

const HEADER = `package p

import (
	"context"
	"errors"

	g "google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
)

var _ = errors.New
var _ = codes.OK
var _ = status.Error
var _ = metadata.Pairs
`;

const UNARY = 'func i(ctx context.Context, req any, info *g.UnaryServerInfo, handler g.UnaryHandler) (any, error)';
const STREAM = 'func i(srv any, ss g.ServerStream, info *g.StreamServerInfo, handler g.StreamHandler) error';
const CLIENT = 'func i(ctx context.Context, method string, req, reply any, cc *g.ClientConn, invoker g.UnaryInvoker, opts ...g.CallOption) error';
const STREAM_CLIENT =
  'func i(ctx context.Context, desc *g.StreamDesc, cc *g.ClientConn, method string, streamer g.Streamer, opts ...g.CallOption) (g.ClientStream, error)';

async function parse(source: string): Promise<{ file: SourceFile; fns: SyntaxNode[] }> {
  const parser = await GoParser.load();
  const text = HEADER + source;
  const tree = parser.parse(text);
  const file = new SourceFile('/x/p.go', text, tree.rootNode, null, null);
  const fns: SyntaxNode[] = [];
  walk(tree.rootNode, (n) => {
    if (FUNCTION_TYPES.has(n.type)) fns.push(n);
  });
  return { file, fns };
}

/** Facts of the first interceptor-shaped function in source. */
async function factsOf(source: string): Promise<InterceptorBodyFacts | null> {
  const { file, fns } = await parse(source);
  for (const fn of fns) {
    const facts = interceptorFacts(file, fn);
    if (facts) return facts;
  }
  return null;
}

const OK = { callsNextOnEveryPath: true, passesContext: true, mayPanic: false, doesWork: false, recovers: false };

const CASES: { name: string; source: string; facts: Partial<InterceptorBodyFacts> & { kind: InterceptorBodyFacts['kind'] } }[] = [
  { name: 'plain unary pass-through', source: `${UNARY} { return handler(ctx, req) }`, facts: { kind: 'unary-server', ...OK } },
  {
    name: 'interface{} request, other parameter names',
    source: 'func i(c context.Context, r interface{}, _ *g.UnaryServerInfo, next g.UnaryHandler) (interface{}, error) { return next(c, r) }',
    facts: { kind: 'unary-server', ...OK },
  },
  { name: 'stream server', source: `${STREAM} { return handler(srv, ss) }`, facts: { kind: 'stream-server', ...OK } },
  { name: 'unary client', source: `${CLIENT} { return invoker(ctx, method, req, reply, cc, opts...) }`, facts: { kind: 'unary-client', ...OK } },
  { name: 'stream client', source: `${STREAM_CLIENT} { return streamer(ctx, desc, cc, method, opts...) }`, facts: { kind: 'stream-client', ...OK } },
  {
    name: 'rejection with an error is fine',
    source: `${UNARY} {\n\tif info.FullMethod == "" {\n\t\treturn nil, status.Error(codes.PermissionDenied, "no")\n\t}\n\treturn handler(ctx, req)\n}`,
    facts: { kind: 'unary-server', ...OK },
  },
  {
    name: 'return nil, nil before next is a bad path',
    source: `${UNARY} {\n\tif info.FullMethod == "" {\n\t\treturn nil, nil\n\t}\n\treturn handler(ctx, req)\n}`,
    facts: { kind: 'unary-server', ...OK, callsNextOnEveryPath: false },
  },
  {
    name: 'return nil, nil after next is fine',
    source: `${UNARY} {\n\tresp, err := handler(ctx, req)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tif resp == nil {\n\t\treturn nil, nil\n\t}\n\treturn resp, nil\n}`,
    facts: { kind: 'unary-server', ...OK },
  },
  {
    name: 'next in an if initializer counts for both branches',
    source: `${UNARY} {\n\tif resp, err := handler(ctx, req); err == nil {\n\t\treturn resp, nil\n\t}\n\treturn nil, nil\n}`,
    facts: { kind: 'unary-server', ...OK },
  },
  {
    name: 'a cache answering with a real value is fine',
    source: `var cache map[string]any\n${UNARY} {\n\tif v, ok := cache[info.FullMethod]; ok {\n\t\treturn v, nil\n\t}\n\treturn handler(ctx, req)\n}`,
    facts: { kind: 'unary-server', ...OK },
  },
  {
    name: 'never calling next and answering success',
    source: `${UNARY} {\n\treturn req, nil\n}`,
    facts: { kind: 'unary-server', ...OK, callsNextOnEveryPath: false },
  },
  {
    name: 'unnamed next: never called',
    source: 'func i(ctx context.Context, req any, info *g.UnaryServerInfo, _ g.UnaryHandler) (any, error) { return nil, nil }',
    facts: { kind: 'unary-server', ...OK, callsNextOnEveryPath: false },
  },
  {
    name: 'deny-all: every path rejects',
    source: `${UNARY} {\n\treturn nil, status.Error(codes.Unavailable, "maintenance")\n}`,
    facts: { kind: 'unary-server', ...OK },
  },
  {
    name: 'client bare success without invoker',
    source: `${CLIENT} {\n\tif method == "/x" {\n\t\treturn nil\n\t}\n\treturn invoker(ctx, method, req, reply, cc, opts...)\n}`,
    facts: { kind: 'unary-client', ...OK, callsNextOnEveryPath: false },
  },
  {
    name: 'client cache filling reply answers by itself',
    source: `var replies map[string]string\n${CLIENT} {\n\tif v, ok := replies[method]; ok {\n\t\t*reply.(*string) = v\n\t\treturn nil\n\t}\n\treturn invoker(ctx, method, req, reply, cc, opts...)\n}`,
    facts: { kind: 'unary-client', ...OK, doesWork: true },
  },
  {
    name: 'switch without default keeps the uncalled path',
    source: `${UNARY} {\n\tswitch info.FullMethod {\n\tcase "/a":\n\t\treturn handler(ctx, req)\n\t}\n\treturn nil, nil\n}`,
    facts: { kind: 'unary-server', ...OK, callsNextOnEveryPath: false },
  },
  {
    name: 'switch with next in every case',
    source: `${UNARY} {\n\tvar resp any\n\tvar err error\n\tswitch info.FullMethod {\n\tcase "/a":\n\t\tresp, err = handler(ctx, req)\n\tdefault:\n\t\tresp, err = handler(ctx, req)\n\t}\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tif resp == nil {\n\t\treturn nil, nil\n\t}\n\treturn resp, nil\n}`,
    facts: { kind: 'unary-server', ...OK },
  },
  {
    name: 'select with next in every case',
    source: `var done chan struct{}\n${UNARY} {\n\tselect {\n\tcase <-done:\n\t\treturn nil, errors.New("closed")\n\tdefault:\n\t}\n\t_, err := handler(ctx, req)\n\treturn nil, err\n}`,
    facts: { kind: 'unary-server', ...OK },
  },
  {
    name: 'retry loop calling next',
    source: `${UNARY} {\n\tvar err error\n\tfor attempt := 0; attempt < 3; attempt++ {\n\t\tvar resp any\n\t\tif resp, err = handler(ctx, req); err == nil {\n\t\t\treturn resp, nil\n\t\t}\n\t}\n\treturn nil, err\n}`,
    facts: { kind: 'unary-server', ...OK },
  },
  {
    name: 'next through a helper closure: unknown, trusted',
    source: `${UNARY} {\n\trun := func() (any, error) { return handler(ctx, req) }\n\treturn run()\n}`,
    facts: { kind: 'unary-server', ...OK, doesWork: true },
  },
  {
    name: 'panic after a failed check',
    source: `${UNARY} {\n\tif req == nil {\n\t\tpanic("nil request")\n\t}\n\treturn handler(ctx, req)\n}`,
    facts: { kind: 'unary-server', ...OK, doesWork: true, mayPanic: true },
  },
  {
    name: 'recovery interceptor (its re-panic is inside the deferred func)',
    source: `${UNARY} {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tpanic(r)\n\t\t}\n\t}()\n\treturn handler(ctx, req)\n}`,
    facts: { kind: 'unary-server', ...OK, doesWork: true, recovers: true },
  },
  {
    name: 'recovery through a named function of the file',
    source: `func guard() {\n\t_ = recover()\n}\n\n${UNARY} {\n\tdefer guard()\n\treturn handler(ctx, req)\n}`,
    facts: { kind: 'unary-server', ...OK, doesWork: true, recovers: true },
  },
  {
    name: 'context.Background() dropped',
    source: `${UNARY} { return handler(context.Background(), req) }`,
    facts: { kind: 'unary-server', ...OK, passesContext: false },
  },
  {
    name: 'root context derived further is still dropped',
    source: `${UNARY} {\n\tc, cancel := context.WithCancel(context.TODO())\n\tdefer cancel()\n\treturn handler(c, req)\n}`,
    facts: { kind: 'unary-server', ...OK, passesContext: false },
  },
  {
    name: 'a field context is unrelated',
    source: `type s struct{ ctx context.Context }\n\nfunc (x *s) i(ctx context.Context, req any, info *g.UnaryServerInfo, handler g.UnaryHandler) (any, error) {\n\treturn handler(x.ctx, req)\n}`,
    facts: { kind: 'unary-server', ...OK, passesContext: false },
  },
  {
    name: 'a captured outer context is unrelated',
    source: `func f(base context.Context) g.UnaryServerInterceptor {\n\treturn func(ctx context.Context, req any, info *g.UnaryServerInfo, handler g.UnaryHandler) (any, error) {\n\t\treturn handler(base, req)\n\t}\n}`,
    facts: { kind: 'unary-server', ...OK, passesContext: false },
  },
  {
    name: 'derived contexts are passed on',
    source: `${UNARY} {\n\tmd, _ := metadata.FromIncomingContext(ctx)\n\tctx = metadata.NewIncomingContext(ctx, md)\n\tc2, cancel := context.WithTimeout(ctx, 1)\n\tdefer cancel()\n\treturn handler(context.WithValue(c2, "k", 1), req)\n}`,
    facts: { kind: 'unary-server', ...OK, doesWork: true },
  },
  {
    name: 'a ctx from an unknown call taking ctx first',
    source: `func enrich(ctx context.Context) context.Context { return ctx }\n\n${CLIENT} {\n\tnewCtx := enrich(ctx)\n\treturn invoker(newCtx, method, req, reply, cc, opts...)\n}`,
    facts: { kind: 'unary-client', ...OK, doesWork: true },
  },
];

for (const c of CASES) {
  test(`interceptor facts: ${c.name}`, async () => {
    const facts = await factsOf(c.source);
    assert.ok(facts, 'recognised as an interceptor');
    assert.deepEqual(facts, { ...OK, ...c.facts });
  });
}

const NOT_INTERCEPTORS: { name: string; source: string }[] = [
  {
    name: 'a handler-like function with other types',
    source: 'func i(ctx context.Context, req any, info any, handler func(context.Context, any) (any, error)) (any, error) { return nil, nil }',
  },
  {
    name: 'grpc types from another package',
    source:
      'type UnaryServerInfo struct{}\ntype UnaryHandler func()\n\nfunc i(ctx context.Context, req any, info *UnaryServerInfo, handler UnaryHandler) (any, error) { return nil, nil }',
  },
  { name: 'too few parameters', source: 'func i(ctx context.Context, info *g.UnaryServerInfo, handler g.UnaryHandler) (any, error) { return nil, nil }' },
];

for (const c of NOT_INTERCEPTORS) {
  test(`not an interceptor: ${c.name}`, async () => {
    assert.equal(await factsOf(c.source), null);
  });
}

test('shape: names of ctx, next and stream; `_` next means none', async () => {
  const { file, fns } = await parse(
    `${STREAM} { return handler(srv, ss) }\n\nfunc j(_ context.Context, method string, req, reply any, cc *g.ClientConn, _ g.UnaryInvoker, opts ...g.CallOption) error { return nil }`,
  );
  const stream = interceptorShape(file, fns[0]!);
  assert.deepEqual(
    { kind: stream?.kind, ctx: stream?.ctxName, next: stream?.nextName, stream: stream?.streamName },
    { kind: 'stream-server', ctx: null, next: 'handler', stream: 'ss' },
  );
  const client = interceptorShape(file, fns[1]!);
  assert.deepEqual({ kind: client?.kind, ctx: client?.ctxName, next: client?.nextName }, { kind: 'unary-client', ctx: null, next: null });
});

test('half-typed code does not throw', async () => {
  const { file, fns } = await parse(`${UNARY} {\n\tif x := ; {\n\t\treturn handler(ctx,\n`);
  for (const fn of fns) interceptorFacts(file, fn);
});

test('deeply nested bodies and calls do not overflow the stack', async () => {
  const depth = 3000;
  const ifs = `${'\tif req != nil {\n'.repeat(depth)}\t\treturn nil, nil\n${'\t}\n'.repeat(depth)}`;
  const nestedIfs = await factsOf(`${UNARY} {\n${ifs}\treturn handler(ctx, req)\n}`);
  assert.equal(nestedIfs?.callsNextOnEveryPath, true, 'too deep to judge: trusted');
  const calls = `${'context.WithoutCancel('.repeat(depth)}context.Background()${')'.repeat(depth)}`;
  const nestedCalls = await factsOf(`${UNARY} { return handler(${calls}, req) }`);
  assert.equal(nestedCalls?.passesContext, true, 'too deep to judge: trusted');
});
