// The only module that loads web-tree-sitter. Everything else sees syntax through the
// re-exported node types and the helpers in syntax.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Parser, Language, type Tree, type Node, type Edit, type ParseState } from 'web-tree-sitter';
import { CpuDeadline, fileBudgetMs } from './cpu-budget';
import { installParentCache } from './parent-cache';

export type { Tree, Node as SyntaxNode, Edit as TreeEdit };

const WASM_FILES = ['web-tree-sitter.wasm', 'tree-sitter-go.wasm'] as const;

/** Where the two wasm files live: next to the bundle, or in node_modules during development. */
function locateWasm(name: string): string {
  const candidates = [path.join(__dirname, name), path.join(__dirname, 'wasm', name)];
  for (const candidate of candidates) if (fs.existsSync(candidate)) return candidate;
  const pkg = name === 'tree-sitter-go.wasm' ? 'tree-sitter-go/tree-sitter-go.wasm' : 'web-tree-sitter/web-tree-sitter.wasm';
  return require.resolve(pkg);
}

let ready: Promise<GoParser> | undefined;

/** A Go parser backed by the tree-sitter Go grammar. Loaded once per process. */
export class GoParser {
  /** Parses since the process started: the server logs it, so tests can see what re-parsed. */
  private parseCount = 0;

  private constructor(private readonly parser: Parser) {}

  get parses(): number {
    return this.parseCount;
  }

  static load(): Promise<GoParser> {
    ready ??= (async () => {
      await Parser.init({ locateFile: () => locateWasm(WASM_FILES[0]) });
      installParentCache();
      const language = await Language.load(locateWasm(WASM_FILES[1]));
      const parser = new Parser();
      parser.setLanguage(language);
      return new GoParser(parser);
    })();
    return ready;
  }

  /**
   * Parses text; with oldTree (already edited) the parse is incremental. Callers delete the tree.
   * Throws ParseTimeout when the parse outlives its budget (junk that is not Go source makes
   * error recovery very slow), so that no input can hang the server or the CLI.
   */
  parse(text: string, oldTree?: Tree, budgetMs = fileBudgetMs(text.length)): Tree {
    this.parseCount++;
    const deadline = new CpuDeadline(budgetMs);
    // tree-sitter cancels the parse when the callback returns true (its typings say void). It
    // calls back often: reading the CPU clock every time was 40% of an edit's parse.
    let calls = 0;
    const progressCallback = (() => ++calls % CLOCK_EVERY === 0 && deadline.passed()) as unknown as (state: ParseState) => void;
    const tree = this.parser.parse(text, oldTree ?? null, { progressCallback });
    if (tree) return tree;
    // A cancelled parse would otherwise resume on the next call.
    this.parser.reset();
    throw new ParseTimeout(budgetMs);
  }
}

/** The parse budget is looked at on every this-many progress callbacks. */
const CLOCK_EVERY = 32;

export class ParseTimeout extends Error {
  constructor(budgetMs: number) {
    super(`parsing took more than ${(budgetMs / 1000).toFixed(1)} s of CPU time: not Go source?`);
  }
}
