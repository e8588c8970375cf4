// A whole-workspace run without an editor: the CLI's `check` and the benchmarks use it.
// Files are read and judged by their text first: one holding nothing any rule or the chain
// model needs is not parsed (most of a large tree, which never mentions context or grpc), unless
// the facts of the files parsed make it needed after all (the second round).
import type { Config } from '../config/config';
import type { SuppressionCounts } from '../config/suppressions';
import { discoverGoFiles } from '../files/discover';
import { WORKSPACE_RULES } from '../rules';
import { ANALYSIS_TEXT_NEEDS } from './analysis-needs';
import type { Finding } from '../types';
import type { FileOutcome, SkippedFile } from './check-file';
import { inThisThread, onWorkerThreads, type FileRunner } from './check-runner';
import { Workspace } from './workspace';

export type { SkippedFile } from './check-file';

export interface CheckResult {
  findings: Finding[];
  /** Files checked: parsed and analysed, or read and found to hold nothing any analysis needs. */
  filesAnalysed: number;
  /** Of those, the files parsed. */
  filesParsed: number;
  skipped: SkippedFile[];
  problems: string[];
  /** Findings that suppression directives kept from being reported, per kind of directive. */
  suppressed: SuppressionCounts;
  /** The analysed workspace, for front ends that read more than findings (`ctxlens chains`). */
  workspace: Workspace;
}

export interface CheckOptions {
  /** At most this many threads read, parse and analyse files (1: this one; worker threads otherwise, each given 32 files or more). */
  jobs?: number;
  /** Parse every file, also those whose text holds nothing any analysis needs (to prove that skipping them changes nothing). */
  parseEveryFile?: boolean;
}

/** A thread costs a parser load (tens of milliseconds): fewer files than this are not worth one. */
const MIN_FILES_PER_THREAD = 32;

export async function checkPaths(roots: readonly string[], config: Config, base: string, options: CheckOptions = {}): Promise<CheckResult> {
  const skipped: SkippedFile[] = [];
  const onSkipped = (file: string, reason: string, unreadable: boolean) => skipped.push({ file, reason, kind: unreadable ? 'unreadable' : 'policy' });
  const files = discoverGoFiles(roots, { exclude: config.exclude, base, onSkipped });
  const jobs = Math.max(1, Math.min(options.jobs ?? 1, Math.ceil(files.length / MIN_FILES_PER_THREAD)));
  const runner: FileRunner = jobs > 1 ? onWorkerThreads(jobs, config, !!options.parseEveryFile) : await inThisThread(config, !!options.parseEveryFile);
  let outcomes: FileOutcome[];
  try {
    outcomes = await runner.firstRound(files);
    if (outcomes.some((o) => 'unneeded' in o)) {
      const second = ANALYSIS_TEXT_NEEDS.secondRound(workspaceOf(outcomes));
      for (const [index, outcome] of await runner.secondRound(second)) outcomes[index] = outcome;
    }
  } finally {
    await runner.close();
  }
  return collect(files, outcomes, skipped, config);
}

/** The facts of the files analysed so far, for the second round's questions. */
function workspaceOf(outcomes: readonly FileOutcome[]): Workspace {
  const workspace = new Workspace();
  for (const outcome of outcomes) if ('analysis' in outcome) workspace.setFile(outcome.analysis);
  return workspace;
}

/** The result in the order files were found, whichever thread analysed them and when. */
function collect(files: readonly string[], outcomes: readonly FileOutcome[], skipped: SkippedFile[], config: Config): CheckResult {
  const workspace = new Workspace();
  const problems: string[] = [];
  let filesAnalysed = 0;
  let filesParsed = 0;
  outcomes.forEach((outcome, i) => {
    if ('skipped' in outcome) skipped.push(outcome.skipped);
    else if ('unneeded' in outcome) filesAnalysed++;
    else if ('analysis' in outcome) {
      const { analysis } = outcome;
      workspace.setFile(analysis);
      problems.push(...analysis.problems);
      filesAnalysed++;
      filesParsed++;
    } else throw new Error(`no outcome for ${files[i]}`);
  });
  const result = workspace.findings(WORKSPACE_RULES, config);
  return {
    findings: result.findings,
    filesAnalysed,
    filesParsed,
    skipped,
    problems: [...problems, ...result.problems],
    suppressed: result.suppressed,
    workspace,
  };
}
