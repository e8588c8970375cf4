// A whole-workspace run leaves unparsed the files whose text holds nothing any analysis needs,
// and may run on worker threads: neither may change a finding, a skipped file or a chain.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { chainsJson } from '../../server/src/engine/chains/format-json';
import { chainModels } from '../../server/src/engine/run/chain-models';
import { loadConfigFile } from '../../server/src/engine/config/config-file';
import { defaultConfig } from '../../server/src/engine/config/config';
import { containsWord } from '../../server/src/engine/go/words';
import { checkPaths, type CheckOptions, type CheckResult } from '../../server/src/engine/run/check';
import { FIXTURES, POLICY_FIXTURES, REPO_ROOT, fixtureDirs } from '../support/fixtures';
import { writeTree } from '../support/tree';

/** Everything a front end reads from a run, paths relative to root. */
function observable(result: CheckResult, root: string) {
  return {
    findings: result.findings,
    skipped: result.skipped,
    problems: result.problems,
    suppressed: result.suppressed,
    filesAnalysed: result.filesAnalysed,
    chains: chainsJson(
      chainModels(result.workspace.chains, { facts: result.workspace, configOf: () => loadConfigFile(root).config, findingsOf: () => result.findings }),
      root,
    ),
  };
}

async function run(root: string, options: CheckOptions): Promise<CheckResult> {
  return checkPaths([root], loadConfigFile(root).config, root, options);
}

// Each fixture module as the rule tester checks it, and the examples.
test('fixtures and examples: leaving files unparsed changes nothing', async () => {
  let parsed = 0;
  let analysed = 0;
  for (const root of [...fixtureDirs(), ...POLICY_FIXTURES].map((dir) => path.join(FIXTURES, dir)).concat(path.join(REPO_ROOT, 'examples'))) {
    const every = await run(root, { parseEveryFile: true });
    const skipping = await run(root, {});
    assert.deepEqual(observable(skipping, root), observable(every, root), path.relative(REPO_ROOT, root));
    assert.equal(every.filesParsed, every.filesAnalysed);
    parsed += skipping.filesParsed;
    analysed += skipping.filesAnalysed;
  }
  assert.ok(parsed < analysed, 'some fixture files hold nothing any analysis needs');
});

// Every fixture module at once: enough files for two threads.
test('fixtures: worker threads change nothing', async () => {
  const every = await run(FIXTURES, { parseEveryFile: true });
  const threads = await run(FIXTURES, { jobs: 2 });
  assert.deepEqual(observable(threads, FIXTURES), observable(every, FIXTURES));
});

test('a file mentioning no context is parsed when it calls a workspace function taking one (ctx-nil)', async () => {
  const root = writeTree({
    'go.mod': 'module example.com/shop\n\ngo 1.22\n',
    'store/store.go': 'package store\n\nimport "context"\n\nfunc Load(ctx context.Context, key string) error { return ctx.Err() }\n',
    'cmd/main.go': 'package main\n\nimport "example.com/shop/store"\n\nfunc main() { _ = store.Load(nil, "k") }\n',
    'cmd/other.go': 'package main\n\nfunc other() { _ = loadAll(nil) }\n\nfunc loadAll(keys []string) error { return nil }\n',
  });
  const result = await checkPaths([root], defaultConfig(), root);
  assert.deepEqual(
    result.findings.map((f) => `${path.relative(root, f.file)}:${f.range.start.line + 1} ${f.rule}`),
    [`${path.join('cmd', 'main.go')}:5 ctx-nil`],
  );
  assert.equal(result.filesAnalysed, 3);
  assert.equal(result.filesParsed, 2, 'other.go names no function taking a context');
});

test('once the workspace constructs a grpc server, every file is parsed (chain values may come from any)', async () => {
  const root = writeTree({
    'go.mod': 'module example.com/shop\n\ngo 1.22\n',
    'main.go': 'package main\n\nimport "google.golang.org/grpc"\n\nfunc main() { _ = grpc.NewServer(serverOptions...) }\n',
    'options.go': 'package main\n\nvar serverOptions = defaultOptions()\n',
    'plain.go': 'package main\n\nfunc add(a, b int) int { return a + b }\n',
  });
  const result = await checkPaths([root], defaultConfig(), root);
  assert.equal(result.filesParsed, 3);
  const without = writeTree({ 'go.mod': 'module example.com/calc\n\ngo 1.22\n', 'plain.go': 'package calc\n\nfunc add(a, b int) int { return a + b }\n' });
  assert.equal((await checkPaths([without], defaultConfig(), without)).filesParsed, 0);
});

test('a needed word counts as a whole identifier: an import path element or a package clause, not part of a longer name', () => {
  assert.ok(containsWord('import "google.golang.org/grpc/status"', 'grpc'));
  assert.ok(containsWord('package context\n', 'context'));
  assert.ok(!containsWord('// contextual help, grpcurl', 'context'));
  assert.ok(!containsWord('var mygrpc = 1', 'grpc'));
});
