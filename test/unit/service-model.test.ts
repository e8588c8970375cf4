// The gRPC service model: which methods are handlers, from registrations and signatures, and
// how it follows a file's facts being replaced or removed.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultConfig } from '../../server/src/engine/config/config';
import { handlerKind } from '../../server/src/engine/flow/handler-shape';
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
