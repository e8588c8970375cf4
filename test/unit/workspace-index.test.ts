// The workspace index: go.mod / go.work reading, file discovery, import paths of packages,
// and resolution across the modules of a go.work.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkPaths } from '../../server/src/engine/run/check';
import { defaultConfig } from '../../server/src/engine/config/config';
import { discoverGoFiles } from '../../server/src/engine/files/discover';
import { compareVersions, parseGoMod, parseGoWork, versionAtLeast } from '../../server/src/engine/files/gomod';
import { ModuleResolver } from '../../server/src/engine/files/modules';
import { writeTree } from '../support/tree';

const tree = (files: Record<string, string>) => writeTree(files, 'ctxlens-index-');

test('go.mod: module, go version and requirements, single and in blocks, comments ignored', () => {
  const mod = parseGoMod(
    'module example.com/shop // the shop\n\ngo 1.22\n\nrequire google.golang.org/grpc v1.64.0\n\nrequire (\n\tgithub.com/grpc-ecosystem/go-grpc-middleware/v2 v2.1.0 // indirect\n\t"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc" v0.49.0\n)\n',
  );
  assert.equal(mod.modulePath, 'example.com/shop');
  assert.equal(mod.goVersion, '1.22');
  assert.deepEqual(Object.fromEntries(mod.requires), {
    'google.golang.org/grpc': 'v1.64.0',
    'github.com/grpc-ecosystem/go-grpc-middleware/v2': 'v2.1.0',
    'go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc': 'v0.49.0',
  });
  assert.deepEqual([...mod.indirect], ['github.com/grpc-ecosystem/go-grpc-middleware/v2']);
});

test('go.mod: `// indirect` with a note after it counts; the word elsewhere in a comment does not', () => {
  const mod = parseGoMod(
    'module m\n\nrequire (\n\ta.example/x v1.0.0 // indirect; pinned for CVE-1\n\tb.example/y v1.0.0 // not indirect\n\tc.example/z v1.0.0\n)\n',
  );
  assert.deepEqual([...mod.indirect], ['a.example/x']);
  assert.equal(mod.requires.size, 3);
});

test('go.work: use directives, single and in blocks', () => {
  assert.deepEqual(parseGoWork('go 1.22\n\nuse ./api\nuse (\n\t./server\n\t../shared // sibling\n)\n'), ['./api', './server', '../shared']);
});

test('versions compare numerically, prereleases first', () => {
  assert.ok(compareVersions('v1.63.0', 'v1.9.0') > 0);
  assert.ok(compareVersions('v0.46.0-rc1', 'v0.46.0') < 0);
  assert.ok(versionAtLeast('1.21', '1.21'));
  assert.ok(!versionAtLeast(null, '1.21'));
});

test('discovery skips vendor, testdata, dot and underscore folders, and excluded globs', () => {
  const root = tree({
    'go.mod': 'module m\n',
    'a.go': 'package m\n',
    'vendor/v/v.go': 'package v\n',
    'testdata/t.go': 'package t\n',
    '.git/x.go': 'package x\n',
    '_old/o.go': 'package o\n',
    'internal/legacy/l.go': 'package legacy\n',
    'internal/ok/k.go': 'package ok\n',
    'internal/ok/k_mock.go': 'package ok\n',
  });
  const files = discoverGoFiles([root], { exclude: ['internal/legacy/**', '**/*_mock.go'], base: root });
  assert.deepEqual(
    files.map((f) => path.relative(root, f)),
    ['a.go', path.join('internal', 'ok', 'k.go')],
  );
});

test('exclude globs take braces and character classes', () => {
  const root = tree({
    'go.mod': 'module m\n',
    'a.go': 'package m\n',
    'gen/api/x.go': 'package api\n',
    'mocks/y.go': 'package mocks\n',
    'internal/v1/z.go': 'package v1\n',
    'internal/v2/z.go': 'package v2\n',
    'internal/v3/z.go': 'package v3\n',
  });
  const files = discoverGoFiles([root], { exclude: ['{gen,mocks}/**', 'internal/v[12]/**'], base: root });
  assert.deepEqual(
    files.map((f) => path.relative(root, f)),
    ['a.go', path.join('internal', 'v3', 'z.go')],
  );
});

test('packages get their import path from the nearest go.mod', () => {
  const root = tree({ 'go.mod': 'module example.com/shop\n', 'cmd/api/main.go': '', 'tools/go.mod': 'module example.com/tools\n', 'tools/gen/gen.go': '' });
  const modules = new ModuleResolver();
  assert.equal(modules.packagePathFor(path.join(root, 'cmd', 'api', 'main.go')), 'example.com/shop/cmd/api');
  assert.equal(modules.packagePathFor(path.join(root, 'tools', 'gen', 'gen.go')), 'example.com/tools/gen');
});

test("a go.work's modules outside the root are analysed, and functions resolve across modules", async () => {
  const parent = tree({
    'app/go.work': 'go 1.22\n\nuse (\n\t.\n\t../lib\n)\n',
    'app/go.mod': 'module example.com/app\n\ngo 1.22\n',
    'app/main.go': 'package main\n\nimport "example.com/lib/store"\n\nfunc main() { _ = store.Load(nil, "k") }\n',
    'lib/go.mod': 'module example.com/lib\n\ngo 1.22\n',
    'lib/store/store.go': 'package store\n\nimport "context"\n\nfunc Load(ctx context.Context, key string) error { return ctx.Err() }\n',
  });
  const root = path.join(parent, 'app');
  const result = await checkPaths([root], defaultConfig(), root);
  assert.equal(result.filesAnalysed, 2);
  assert.deepEqual(
    result.findings.map((f) => `${path.relative(parent, f.file)}:${f.range.start.line + 1} ${f.rule}`),
    [`${path.join('app', 'main.go')}:5 ctx-nil`],
  );
});
