// No input can hang the analysis: a file whose analysis outlives its CPU budget is skipped with
// a clear reason, like a parse over its budget, and every other file is analysed as before.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig } from '../../server/src/engine/config/config';
import { AnalysisTimeout } from '../../server/src/engine/go/cpu-budget';
import { WORKSPACE_RULES } from '../../server/src/engine/rules';
import { Analyzer } from '../../server/src/engine/run/analyzer';
import { analyseText } from '../../server/src/engine/run/check-file';
import { Workspace } from '../../server/src/engine/run/workspace';
import { writeTree } from '../support/tree';

const DISCARDED = 'package p\n\nimport (\n\t"context"\n\t"time"\n)\n\nfunc g(ctx context.Context) {\n\t_, _ = context.WithTimeout(ctx, time.Second)\n}\n';
/** 20,000 anchors in one function: the shape whose rules once grew with the square of their number. */
const MANY_ANCHORS = `package p\n\nimport "context"\n\nfunc f(ctx context.Context) {\n${'\t_ = context.Background()\n'.repeat(20_000)}}\n`;

test('an analysis over its budget throws AnalysisTimeout, and the next analysis runs as before', async () => {
  const root = writeTree({ 'go.mod': 'module example.com/p\n\ngo 1.22\n' }, 'ctxlens-budget-');
  try {
    const analyzer = await Analyzer.create();
    assert.throws(
      () => analyzer.analyze(path.join(root, 'many.go'), MANY_ANCHORS, defaultConfig(), undefined, 0),
      (error: unknown) => error instanceof AnalysisTimeout && error.message === 'analysing took more than 0.0 s of CPU time',
    );
    const { analysis, tree } = analyzer.analyze(path.join(root, 'discarded.go'), DISCARDED, defaultConfig());
    tree.delete();
    assert.deepEqual(
      analysis.reports.map((r) => r.rule),
      ['ctx-cancel-discarded'],
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a file over its analysis budget is skipped with the reason; the findings of every other file stand', async () => {
  const root = writeTree({ 'go.mod': 'module example.com/p\n\ngo 1.22\n' }, 'ctxlens-budget-');
  try {
    const analyzer = await Analyzer.create();
    const config = defaultConfig();
    const many = analyseText(analyzer, path.join(root, 'many.go'), MANY_ANCHORS, config, 0);
    assert.deepEqual(many, { skipped: { file: path.join(root, 'many.go'), reason: 'analysing took more than 0.0 s of CPU time', kind: 'policy' } });
    const discarded = analyseText(analyzer, path.join(root, 'discarded.go'), DISCARDED, config);
    assert.ok('analysis' in discarded);
    const workspace = new Workspace();
    workspace.setFile(discarded.analysis);
    const { findings, problems } = workspace.findings(WORKSPACE_RULES, config);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      findings.map((f) => `${path.basename(f.file)}:${f.range.start.line + 1}:${f.rule}`),
      ['discarded.go:9:ctx-cancel-discarded'],
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
