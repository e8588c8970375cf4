// The service model: which methods are handlers, from gRPC registrations and connect handler
// constructions and signatures, and how it follows a file's facts being replaced or removed.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultConfig } from '../../server/src/engine/config/config';
import { connectHandlerKind, handlerKind } from '../../server/src/engine/flow/handler-shape';
import { checkPaths } from '../../server/src/engine/run/check';

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ctxlens-services-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

test('handler shapes: unary, streaming (generated and generic), and look-alikes that are not', () => {
  const pb = 'example.com/m/pb';
  const svc = { service: 'Watcher', pkg: pb };
  assert.equal(handlerKind('Get', ['context.Context', `*${pb}.GetRequest`], [`*${pb}.GetReply`, 'error'], svc), 'unary');
  assert.equal(handlerKind('Watch', [`*${pb}.WatchRequest`, `${pb}.Watcher_WatchServer`], ['error'], svc), 'streaming');
  assert.equal(handlerKind('Chat', [`${pb}.Watcher_ChatServer`], ['error'], svc), 'streaming');
  assert.equal(handlerKind('Tail', [`*${pb}.WatchRequest`, `google.golang.org/grpc.ServerStreamingServer[pb.Event]`], ['error'], svc), 'streaming');
  // Another service's stream type, a method name that is not the stream's, a plain result.
  assert.equal(handlerKind('Watch', [`*${pb}.WatchRequest`, `${pb}.Store_WatchServer`], ['error'], svc), null);
  assert.equal(handlerKind('Poll', [`*${pb}.WatchRequest`, `${pb}.Watcher_WatchServer`], ['error'], svc), null);
  assert.equal(handlerKind('Get', ['context.Context', `*${pb}.GetRequest`], ['error'], svc), null);
  assert.equal(handlerKind('Get', ['context.Context', 'string'], [`*${pb}.GetReply`, 'error'], svc), null);
  // With no service known, any generated stream type of the method's name is accepted.
  assert.equal(handlerKind('Watch', [`*${pb}.WatchRequest`, `${pb}.Store_WatchServer`], ['error'], null), 'streaming');
});

const PB = `package pb

import "context"

type GetRequest struct{}
type GetReply struct{}

type StoreServer interface {
	Get(context.Context, *GetRequest) (*GetReply, error)
}

func RegisterStoreServer(s any, srv StoreServer) {}
`;

const IMPL = `package impl

import (
	"context"

	"example.com/m/pb"
)

type Store struct{}

func New() (*Store, error) { return &Store{}, nil }

func (s *Store) Get(ctx context.Context, req *pb.GetRequest) (*pb.GetReply, error) { return nil, nil }

func (s *Store) get(ctx context.Context, req *pb.GetRequest) (*pb.GetReply, error) { return nil, nil }

type Unregistered struct{}

func (u *Unregistered) Get(ctx context.Context, req *pb.GetRequest) (*pb.GetReply, error) { return nil, nil }
`;

const MAIN = `package main

import (
	"example.com/m/impl"
	"example.com/m/pb"
)

func main() {
	store, err := impl.New()
	if err != nil {
		return
	}
	pb.RegisterStoreServer(nil, store)
}
`;

test('a type registered in another package, through a constructor result, has its handler methods only', async () => {
  const root = tree({ 'go.mod': 'module example.com/m\n\ngo 1.22\n', 'pb/pb.go': PB, 'impl/impl.go': IMPL, 'main.go': MAIN });
  try {
    const { workspace } = await checkPaths([root], defaultConfig(), root);
    const implFacts = workspace.files.get(path.join(root, 'impl/impl.go'))!;
    const services = workspace.services;
    assert.deepEqual(
      services.registered.map((r) => [r.registration.service, r.type]),
      [['Store', { pkg: 'example.com/m/impl', name: 'Store' }]],
    );
    assert.equal(services.handlerOf(implFacts, 'Store', 'Get')?.kind, 'unary');
    assert.equal(services.handlerOf(implFacts, 'Store', 'get'), undefined);
    assert.equal(services.handlerOf(implFacts, 'Unregistered', 'Get'), undefined);

    // The registration's file goes: its part of the model goes with it.
    workspace.removeFile(path.join(root, 'main.go'));
    assert.equal(workspace.services.handlerOf(implFacts, 'Store', 'Get'), undefined);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('connect handler shapes: unary and the three streams, of either connect path, and look-alikes that are not', () => {
  const ctx = 'context.Context';
  for (const connect of ['connectrpc.com/connect', 'github.com/bufbuild/connect-go']) {
    const req = `*${connect}.Request[v1.GreetRequest]`;
    const res = `*${connect}.Response[v1.GreetResponse]`;
    assert.equal(connectHandlerKind('Greet', [ctx, req], [res, 'error']), 'unary', connect);
    assert.equal(connectHandlerKind('Watch', [ctx, req, `*${connect}.ServerStream[v1.GreetResponse]`], ['error']), 'streaming', connect);
    assert.equal(connectHandlerKind('Upload', [ctx, `*${connect}.ClientStream[v1.GreetRequest]`], [res, 'error']), 'streaming', connect);
    assert.equal(connectHandlerKind('Chat', [ctx, `*${connect}.BidiStream[v1.GreetRequest, v1.GreetResponse]`], ['error']), 'streaming', connect);
  }
  const req = '*connectrpc.com/connect.Request[v1.GreetRequest]';
  const res = '*connectrpc.com/connect.Response[v1.GreetResponse]';
  // Unexported, without ctx, a gRPC shape, a value instead of a pointer, another package's Request, a stream with a Response.
  assert.equal(connectHandlerKind('greet', [ctx, req], [res, 'error']), null);
  assert.equal(connectHandlerKind('Greet', [req], [res, 'error']), null);
  assert.equal(connectHandlerKind('Greet', [ctx, '*example.com/m/pb.GetRequest'], ['*example.com/m/pb.GetReply', 'error']), null);
  assert.equal(connectHandlerKind('Greet', [ctx, 'connectrpc.com/connect.Request[v1.GreetRequest]'], [res, 'error']), null);
  assert.equal(connectHandlerKind('Greet', [ctx, '*example.com/m/web.Request[v1.GreetRequest]'], [res, 'error']), null);
  assert.equal(connectHandlerKind('Chat', [ctx, '*connectrpc.com/connect.BidiStream[v1.A, v1.B]'], [res, 'error']), null);
  assert.equal(connectHandlerKind('Greet', [ctx, req], [res]), null);
});

const CONNECT_GEN = `// Code generated by protoc-gen-connect-go. DO NOT EDIT.

package greetv1connect

import (
	"context"
	"net/http"

	connect_go "github.com/bufbuild/connect-go"
	v1 "example.com/m/gen/greet/v1"
)

type GreetServiceHandler interface {
	Greet(context.Context, *connect_go.Request[v1.GreetRequest]) (*connect_go.Response[v1.GreetResponse], error)
}

func NewGreetServiceHandler(svc GreetServiceHandler, opts ...connect_go.HandlerOption) (string, http.Handler) {
	return "", nil
}
`;

const CONNECT_IMPL = `package server

import (
	"context"
	"net/http"

	connect_go "github.com/bufbuild/connect-go"
	v1 "example.com/m/gen/greet/v1"
	"example.com/m/gen/greet/v1/greetv1connect"
)

type Greeter struct{}

func (g *Greeter) Greet(ctx context.Context, req *connect_go.Request[v1.GreetRequest]) (*connect_go.Response[v1.GreetResponse], error) {
	return nil, nil
}

func (g *Greeter) Warm(ctx context.Context) error { return nil }

type Standby struct{}

func (s *Standby) Greet(ctx context.Context, req *connect_go.Request[v1.GreetRequest]) (*connect_go.Response[v1.GreetResponse], error) {
	return nil, nil
}

func Mount(mux *http.ServeMux) {
	g := &Greeter{}
	mux.Handle(greetv1connect.NewGreetServiceHandler(g))
}
`;

test('a type given to a connect handler constructor (legacy bufbuild path) has connect handlers, served by no gRPC server', async () => {
  const root = tree({
    'go.mod': 'module example.com/m\n\ngo 1.22\n\nrequire github.com/bufbuild/connect-go v1.10.0\n',
    'gen/greet/v1/greetv1connect/greet.connect.go': CONNECT_GEN,
    'gen/greet/v1/greet.pb.go': 'package greetv1\n\ntype GreetRequest struct{}\ntype GreetResponse struct{}\n',
    'server/server.go': CONNECT_IMPL,
  });
  try {
    const { workspace } = await checkPaths([root], defaultConfig(), root);
    const file = workspace.files.get(path.join(root, 'server/server.go'))!;
    const services = workspace.services;
    assert.deepEqual(services.registered, []);
    assert.deepEqual(
      services.connectRegistered.map((r) => [r.registration.service, r.registration.servicePkg, r.type]),
      [['GreetService', 'example.com/m/gen/greet/v1/greetv1connect', { pkg: 'example.com/m/server', name: 'Greeter' }]],
    );
    const handler = services.handlerOf(file, 'Greeter', 'Greet');
    assert.deepEqual([handler?.framework, handler?.kind, handler?.service], ['connect', 'unary', 'GreetService']);
    assert.deepEqual(services.handlersOf(services.connectRegistered[0]!.registration), [handler]);
    assert.deepEqual(services.requestKind(file, null, { receiver: 'Greeter', name: 'Greet' }), { handler });
    assert.equal(services.handlerOf(file, 'Greeter', 'Warm'), undefined);
    assert.equal(services.handlerOf(file, 'Standby', 'Greet'), undefined);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
