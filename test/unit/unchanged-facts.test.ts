// An edit that changes a file's facts updates the workspace findings of other files that read
// them; an edit that changes none (a comment) leaves the facts, chains and findings as they were,
// and the workspace rules are not run again.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig } from '../../server/src/engine/config/config';
import { discoverGoFiles } from '../../server/src/engine/files/discover';
import { readGoSource } from '../../server/src/engine/files/read-source';
import { WORKSPACE_RULES } from '../../server/src/engine/rules';
import { Analyzer } from '../../server/src/engine/run/analyzer';
import { Workspace } from '../../server/src/engine/run/workspace';
import { FIXTURES } from '../support/fixtures';

const config = defaultConfig();
const DIR = path.join(FIXTURES, 'interceptor-goroutine-unrecovered');
// plugins.go declares capturePanic, whose recover() makes shadowed.go's handler recover its own panics.
const PLUGINS = path.join(DIR, 'service', 'plugins.go');
const SHADOWED = path.join(DIR, 'service', 'shadowed.go');

async function workspaceOf(analyzer: Analyzer): Promise<Workspace> {
  const workspace = new Workspace();
  for (const file of discoverGoFiles([DIR], { exclude: [], base: DIR })) {
    const read = readGoSource(file, false);
    if ('skipped' in read) continue;
    const { analysis, tree } = analyzer.analyze(file, read.text, config);
    tree.delete();
    workspace.setFile(analysis);
  }
  return workspace;
}

function edit(workspace: Workspace, analyzer: Analyzer, file: string, text: string): void {
  const { analysis, tree } = analyzer.analyze(file, text, config);
  tree.delete();
  workspace.setFile(analysis);
}

function findingsIn(workspace: Workspace, file: string): string[] {
  return workspace
    .runWorkspaceRules(WORKSPACE_RULES, config)
    .findings.filter((f) => f.file === file)
    .map((f) => `${f.rule} ${f.range.start.line}`)
    .sort();
}

test("an edit of a fact another file's workspace finding reads updates the finding", async () => {
  const analyzer = await Analyzer.create();
  const workspace = await workspaceOf(analyzer);
  const text = fs.readFileSync(PLUGINS, 'utf8');
  assert.deepEqual(findingsIn(workspace, SHADOWED), ['interceptor-goroutine-unrecovered 15']);
  const recovers = 'if r := recover(); r != nil {';
  assert.ok(text.includes(recovers));
  edit(workspace, analyzer, PLUGINS, text.replace(recovers, 'if r := error(nil); r != nil {'));
  assert.deepEqual(findingsIn(workspace, SHADOWED), [], 'capturePanic no longer recovers: the handler is not recovered');
  edit(workspace, analyzer, PLUGINS, text);
  assert.deepEqual(findingsIn(workspace, SHADOWED), ['interceptor-goroutine-unrecovered 15']);
});

test('an edit that changes no fact changes nothing downstream', async () => {
  const analyzer = await Analyzer.create();
  const workspace = await workspaceOf(analyzer);
  const run = (): string => JSON.stringify(workspace.runWorkspaceRules(WORKSPACE_RULES, config));
  const before = run();
  const { chains, revision } = workspace;
  const facts = workspace.files.get(PLUGINS);
  for (const text of [`${fs.readFileSync(PLUGINS, 'utf8')}// a comment\n`, fs.readFileSync(PLUGINS, 'utf8')]) {
    edit(workspace, analyzer, PLUGINS, text);
    assert.equal(workspace.revision, revision);
    assert.equal(workspace.files.get(PLUGINS), facts, 'the stored facts stay');
    assert.equal(workspace.chains, chains, 'the chains are not recomputed');
    assert.equal(run(), before);
  }
  // A fact that changes moves the revision, and the workspace rules run again.
  edit(workspace, analyzer, PLUGINS, fs.readFileSync(PLUGINS, 'utf8').replace('func (t *tailer) format', '\nfunc (t *tailer) format'));
  assert.notEqual(workspace.revision, revision);
  assert.notEqual(run(), before);
});
