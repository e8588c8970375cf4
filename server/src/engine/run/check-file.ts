// One file of a whole-workspace run: read, judged by its text, parsed and analysed. The same
// steps run in the CLI's process and on its worker threads.
import { AnalysisFailed, type Analyzer } from './analyzer';
import type { FileAnalysis } from './analyzer';
import type { Config } from '../config/config';
import { AnalysisTimeout } from '../go/cpu-budget';
import { ParseTimeout } from '../go/parser';
import { readGoSource } from '../files/read-source';
import { indexSecondRound, neededInSecondRound, type SecondRound } from '../go/needs';

export interface SkippedFile {
  file: string;
  reason: string;
  /** unreadable: could not be read (an input error); failed: its analysis threw (a ctxlens bug); policy: not Go source to analyse (generated, binary, too large, unparsable or unanalysable in time). */
  kind: 'unreadable' | 'failed' | 'policy';
}

/** What became of one file: analysed, skipped with a reason, or not parsed (its text holds nothing any analysis needs). */
export type FileOutcome = { analysis: FileAnalysis } | { skipped: SkippedFile } | { unneeded: true };

/** Reads file and, when needsText says its text is worth it, parses and analyses it; else its text, for a second look. */
export function checkFile(analyzer: Analyzer, file: string, config: Config, needsText: (text: string) => boolean): FileOutcome | { text: string } {
  const read = readGoSource(file, config.includeGenerated);
  if ('skipped' in read) return { skipped: { file, reason: read.skipped, kind: read.kind === 'unreadable' ? 'unreadable' : 'policy' } };
  return needsText(read.text) ? analyseText(analyzer, file, read.text, config) : { text: read.text };
}

/** Parses and analyses text (the syntax tree is deleted: a whole-workspace run keeps facts only); budgetMs as Analyzer.analyze's. */
export function analyseText(analyzer: Analyzer, file: string, text: string, config: Config, budgetMs?: number): FileOutcome {
  try {
    const { analysis, tree } = analyzer.analyze(file, text, config, undefined, budgetMs);
    tree.delete();
    return { analysis };
  } catch (error) {
    if (!(error instanceof ParseTimeout || error instanceof AnalysisTimeout || error instanceof AnalysisFailed)) throw error;
    return { skipped: { file, reason: error.message, kind: error instanceof AnalysisFailed ? 'failed' : 'policy' } };
  }
}

/** Checks files one by one, keeping the texts of the unneeded ones until the second round. */
export class FileChecker {
  private readonly held = new Map<number, { file: string; text: string }>();

  constructor(
    private readonly analyzer: Analyzer,
    private readonly config: Config,
    private readonly needsText: (text: string) => boolean,
  ) {}

  first(index: number, file: string): FileOutcome {
    const outcome = checkFile(this.analyzer, file, this.config, this.needsText);
    if (!('text' in outcome)) return outcome;
    this.held.set(index, { file, text: outcome.text });
    return { unneeded: true };
  }

  /** The outcomes of the held files the round needs; the rest stay unneeded, and every text is let go. */
  second(round: SecondRound): [number, FileOutcome][] {
    const names = indexSecondRound(round);
    const out: [number, FileOutcome][] = [];
    for (const [index, { file, text }] of this.held) {
      if (neededInSecondRound(text, this.analyzer.modules.packagePathFor(file), names)) out.push([index, analyseText(this.analyzer, file, text, this.config)]);
    }
    this.held.clear();
    return out;
  }
}
