// The incremental workspace against a fresh one: after any file is removed, changed or added
// back, its chains and workspace findings equal those of a workspace built from scratch over
// the same files in the same order (a dependency the chain cache or the chain reports miss
// shows up here as a stale chain, handler or finding).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { computeChains } from '../../server/src/engine/chains';
import { defaultConfig } from '../../server/src/engine/config/config';
import { discoverGoFiles } from '../../server/src/engine/files/discover';
import { readGoSource } from '../../server/src/engine/files/read-source';
import { WORKSPACE_RULES } from '../../server/src/engine/rules';
import { Analyzer, type FileAnalysis } from '../../server/src/engine/run/analyzer';
import { applyPolicy, runWorkspaceRules } from '../../server/src/engine/run/runner';
import { Workspace } from '../../server/src/engine/run/workspace';
import { compareFindings } from '../../server/src/engine/types';
import { FIXTURES } from '../support/fixtures';

const config = defaultConfig();

/** Every fixture workspace a workspace rule or the chain model reads. */
function workspaces(): string[] {
  const chains = path.join(FIXTURES, '_chains');
  const cases = fs.readdirSync(chains).map((name) => path.join(chains, name));
  const rules = WORKSPACE_RULES.map((rule) => path.join(FIXTURES, rule.meta.id));
  return [...cases, ...rules].filter((dir) => fs.statSync(dir).isDirectory());
}

async function analyse(dir: string): Promise<FileAnalysis[]> {
  const analyzer = await Analyzer.create();
  const analyses: FileAnalysis[] = [];
  for (const file of discoverGoFiles([dir], { exclude: [], base: dir })) {
    const read = readGoSource(file, false);
    if ('skipped' in read) continue;
    const { analysis, tree } = analyzer.analyze(file, read.text, config);
    tree.delete();
    analyses.push(analysis);
  }
  return analyses;
}

/** The chains, the service model (gRPC and connect registrations, every method's handler) and the workspace-rule findings of a workspace, as text to compare. */
function state(workspace: Workspace): string {
  const services = workspace.services;
  const handlers = [...workspace.files.values()].flatMap((file) =>
    file.functions.flatMap((fn) => (fn.receiver === null ? [] : [services.handlerOf(file, fn.receiver, fn.name) ?? null])),
  );
  return JSON.stringify({
    chains: workspace.chains,
    registered: services.registered,
    connectRegistered: services.connectRegistered,
    handlers,
    findings: workspace.findings(WORKSPACE_RULES, config).findings,
  });
}

function fresh(analyses: readonly FileAnalysis[]): string {
  const workspace = new Workspace();
  for (const analysis of analyses) workspace.setFile(analysis);
  // The chain cache built file by file gives the chains one computation over all facts gives (wrapper calls' chains included).
  assert.deepEqual(workspace.chains, computeChains(workspace));
  // The per-chain and per-package rules run one chain or package at a time find what they find over the whole workspace at once (a wrapper call's chain reads the one it wraps).
  const together = applyPolicy(runWorkspaceRules(workspace, WORKSPACE_RULES, config).reports, config, (file) => workspace.files.get(file)).findings;
  assert.deepEqual(workspace.runWorkspaceRules(WORKSPACE_RULES, config).findings.sort(compareFindings), together.sort(compareFindings));
  return state(workspace);
}

test('a workspace kept up to date file by file equals one built from scratch', async () => {
  let checked = 0;
  for (const dir of workspaces()) {
    const analyses = await analyse(dir);
    const workspace = new Workspace();
    for (const analysis of analyses) workspace.setFile(analysis);
    assert.equal(state(workspace), fresh(analyses), dir);
    let order = [...analyses];
    for (const analysis of analyses) {
      const name = path.relative(FIXTURES, analysis.facts.path);
      workspace.removeFile(analysis.facts.path);
      order = order.filter((a) => a !== analysis);
      assert.equal(state(workspace), fresh(order), `${name} removed`);
      // Changed: facts that are a new object (as after an edit), stored again last.
      workspace.setFile({ facts: { ...analysis.facts }, reports: analysis.reports });
      order.push(analysis);
      assert.equal(state(workspace), fresh(order), `${name} added back`);
      // Edited in place: what it declares for chains gone, then back (the index tells chains what changed).
      if (analysis.facts.chains.functions.length > 0 || analysis.facts.chains.vars.length > 0) {
        const bare: FileAnalysis = { ...analysis, facts: { ...analysis.facts, chains: { ...analysis.facts.chains, functions: [], vars: [] } } };
        workspace.setFile(bare);
        assert.equal(state(workspace), fresh(order.map((a) => (a === analysis ? bare : a))), `${name} edited`);
        workspace.setFile(analysis);
        assert.equal(state(workspace), fresh(order), `${name} edited back`);
      }
      checked++;
    }
  }
  assert.ok(checked > 30, `${checked} files removed and added back`);
});
