// Parses Go text and analyses it: the entry point the server, the CLI and the benchmarks share.
import type { Config } from '../config/config';
import { extractFacts } from '../facts/extract';
import type { FileFacts } from '../facts/file-facts';
import { withLspLineBreaks } from '../go/line-breaks';
import { AnalysisDeadline, AnalysisTimeout, fileBudgetMs } from '../go/cpu-budget';
import { GoParser, type Tree } from '../go/parser';
import { ModuleResolver } from '../files/modules';
import { FILE_RULES } from '../rules';
import { SourceFile } from '../go/source-file';
import { type RuleReport, runFileRules } from './runner';

export interface FileAnalysis {
  facts: FileFacts;
  /** What the file rules reported, before the configuration's policy (applied by the workspace). */
  reports: RuleReport[];
  /** Rules that failed on this file (a bug in ctxlens, never the user's): reported, not thrown. */
  problems: string[];
}

/**
 * The analysis of one file threw (a bug in ctxlens, or input it cannot handle, such as a stack
 * overflow): the file is skipped with this message as its reason, and the rest is analysed.
 */
export class AnalysisFailed extends Error {
  constructor(cause: unknown) {
    super(`analysis failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export class Analyzer {
  readonly modules = new ModuleResolver();

  private constructor(readonly parser: GoParser) {}

  static async create(): Promise<Analyzer> {
    return new Analyzer(await GoParser.load());
  }

  sourceFile(path: string, text: string, tree: Tree, syntaxErrors = tree.rootNode.hasError, deadline: AnalysisDeadline | null = null): SourceFile {
    return new SourceFile(path, text, tree.rootNode, this.modules.moduleFor(path), this.modules.packagePathFor(path), syntaxErrors, deadline);
  }

  /**
   * Go reads a lone `\r` as a space, not as the line break the editor shows, so the two readings
   * can differ: a syntax error only Go sees, or a line comment that runs on, for Go, over the code
   * the editor shows after it. Fixes are offered only where both readings agree.
   */
  private goReadsItOtherwise(text: string, editorTree: Tree): boolean {
    const tree = this.parser.parse(text);
    try {
      const root = tree.rootNode;
      const editorRoot = editorTree.rootNode;
      if (root.hasError || root.namedChildCount !== editorRoot.namedChildCount) return true;
      // Same offsets in both texts: a comment that ends elsewhere ran on, for Go, past a lone `\r`.
      const comments = root.descendantsOfType('comment');
      const editorComments = editorRoot.descendantsOfType('comment');
      return comments.length !== editorComments.length || comments.some((c, i) => c.endIndex !== editorComments[i]?.endIndex);
    } finally {
      tree.delete();
    }
  }

  /**
   * Analyses text; the returned tree belongs to the caller (keep it for incremental parsing, or
   * delete it). Throws ParseTimeout, AnalysisTimeout (past budgetMs of CPU time after the parse) or
   * AnalysisFailed, after deleting the new tree (oldTree stays the caller's).
   */
  analyze(path: string, text: string, config: Config, oldTree?: Tree, budgetMs = fileBudgetMs(text.length)): { analysis: FileAnalysis; tree: Tree } {
    // Rows and columns of the tree are then LSP positions (lone `\r` breaks a line there).
    const source = withLspLineBreaks(text);
    const tree = this.parser.parse(source, oldTree);
    try {
      const deadline = new AnalysisDeadline(budgetMs);
      const syntaxErrors = tree.rootNode.hasError || (source !== text && this.goReadsItOtherwise(text, tree));
      const file = this.sourceFile(path, source, tree, syntaxErrors, deadline);
      const facts = extractFacts(file);
      deadline.check(true);
      return { analysis: { facts, ...runFileRules(file, facts, FILE_RULES, config) }, tree };
    } catch (error) {
      // An undeleted tree stays in the wasm heap for the life of the process.
      tree.delete();
      throw error instanceof AnalysisTimeout ? error : new AnalysisFailed(error);
    }
  }
}
