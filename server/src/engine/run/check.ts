// A whole-workspace run without an editor: the CLI's `check` and the benchmarks use it.
import { AnalysisFailed, Analyzer } from './analyzer';
import type { Config } from '../config/config';
import { ParseTimeout } from '../go/parser';
import { discoverGoFiles } from '../files/discover';
import { readGoSource } from '../files/read-source';
import { WORKSPACE_RULES } from '../rules';
import type { SuppressionCounts } from '../config/suppressions';
import type { Finding } from '../types';
import { Workspace } from './workspace';

export interface SkippedFile {
  file: string;
  reason: string;
  /** unreadable: could not be read (an input error); failed: its analysis threw (a ctxlens bug); policy: not Go source to analyse (generated, binary, too large, unparsable in time). */
  kind: 'unreadable' | 'failed' | 'policy';
}

export interface CheckResult {
  findings: Finding[];
  filesAnalysed: number;
  skipped: SkippedFile[];
  problems: string[];
  /** Findings that suppression directives kept from being reported, per kind of directive. */
  suppressed: SuppressionCounts;
  /** The analysed workspace, for front ends that read more than findings (`ctxlens chains`). */
  workspace: Workspace;
}

export async function checkPaths(roots: readonly string[], config: Config, base: string): Promise<CheckResult> {
  const analyzer = await Analyzer.create();
  const workspace = new Workspace();
  const skipped: CheckResult['skipped'] = [];
  const problems: string[] = [];
  let filesAnalysed = 0;
  const onSkipped = (file: string, reason: string, unreadable: boolean) => skipped.push({ file, reason, kind: unreadable ? 'unreadable' : 'policy' });
  for (const file of discoverGoFiles(roots, { exclude: config.exclude, base, onSkipped })) {
    const read = readGoSource(file, config.includeGenerated);
    if ('skipped' in read) {
      skipped.push({ file, reason: read.skipped, kind: read.kind === 'unreadable' ? 'unreadable' : 'policy' });
      continue;
    }
    let analysed: ReturnType<Analyzer['analyze']>;
    try {
      analysed = analyzer.analyze(file, read.text, config);
    } catch (error) {
      if (!(error instanceof ParseTimeout || error instanceof AnalysisFailed)) throw error;
      skipped.push({ file, reason: error.message, kind: error instanceof AnalysisFailed ? 'failed' : 'policy' });
      continue;
    }
    const { analysis, tree } = analysed;
    tree.delete();
    workspace.setFile(analysis);
    problems.push(...analysis.problems);
    filesAnalysed++;
  }
  const result = workspace.findings(WORKSPACE_RULES, config);
  return { findings: result.findings, filesAnalysed, skipped, problems: [...problems, ...result.problems], suppressed: result.suppressed, workspace };
}
