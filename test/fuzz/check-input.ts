// Runs one fuzz input through the whole analysis as `ctxlens check` does (config file, file
// rules, workspace rules, one process), then applies every fix of every finding alone and
// re-parses: what goes wrong is returned as failures.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkPaths, type CheckResult } from '../../server/src/engine/run/check';
import { loadConfigFile } from '../../server/src/engine/config/config-file';
import { GoParser } from '../../server/src/engine/go/parser';
import { readGoSource } from '../../server/src/engine/files/read-source';
import type { Fix, TextEdit } from '../../server/src/engine/types';
import { applyEdits } from '../support/apply-edits';
import { syntaxErrorCount } from './errors';
import type { FuzzInput } from './input';

/**
 * An input whose check takes more CPU time than this (twice running), and more than
 * SLOW_PARSE_FACTOR times the parse of its files alone, is a failure. CPU time, not wall time:
 * on a machine shared with other work a wall clock measures the neighbours. The parse is the
 * floor: a 1 MB input can take most of a second to parse, and a linear analysis costs a few
 * parses (bench:scale's bound is 10), where a quadratic one costs hundreds.
 */
export const SLOW_MS = 1000;
export const SLOW_PARSE_FACTOR = 10;

export type FailureKind = 'uncaught' | 'rule-failed' | 'slow' | 'fix-unappliable' | 'fix-new-syntax-error';

export interface Failure {
  kind: FailureKind;
  message: string;
}

export interface InputOutcome {
  failures: Failure[];
  /** CPU time of the check. */
  ms: number;
  findings: number;
  fixes: number;
}

export function writeWorkspace(input: FuzzInput, root: string): void {
  fs.rmSync(root, { recursive: true, force: true });
  for (const [rel, bytes] of input.files) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
  }
}

/** The first lines of an error's stack: enough to tell two bugs apart. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return (error.stack ?? `${error.name}: ${error.message}`).split('\n').slice(0, 4).join('\n');
}

async function timedCheck(root: string): Promise<{ result: CheckResult; ms: number }> {
  const start = process.cpuUsage();
  const { config } = loadConfigFile(root);
  const result = await checkPaths([root], config, root);
  const used = process.cpuUsage(start);
  return { result, ms: (used.user + used.system) / 1000 };
}

/** CPU time of parsing the input's Go files alone. */
async function parseMs(input: FuzzInput): Promise<number> {
  const parser = await GoParser.load();
  const start = process.cpuUsage();
  for (const [rel, bytes] of input.files) if (rel.endsWith('.go')) parser.parse(bytes.toString('utf8')).delete();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Why an edit's range does not lie in its file's text (lines broken as LSP breaks them), if it does not. */
function badRange(doc: TextDocument, edit: TextEdit): string | null {
  const { start, end } = edit.range;
  for (const pos of [start, end]) {
    if (pos.line < 0 || pos.line >= doc.lineCount || pos.character < 0) return `position ${pos.line}:${pos.character} is outside the file`;
    const lineStart = doc.offsetAt({ line: pos.line, character: 0 });
    const nextLine = pos.line + 1 < doc.lineCount ? doc.offsetAt({ line: pos.line + 1, character: 0 }) : doc.getText().length;
    const lineLength = doc
      .getText()
      .slice(lineStart, nextLine)
      .replace(/\r?\n$|\r$/, '').length;
    if (pos.character > lineLength) return `position ${pos.line}:${pos.character} is past the end of its line (${lineLength})`;
  }
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return 'the range ends before it starts';
  return null;
}

/** Applies fix alone to the texts the engine read; a failure if it cannot apply or adds syntax errors. */
function checkFix(parser: GoParser, fix: Fix, texts: Map<string, string>, errorCounts: Map<string, number>, where: string): Failure | null {
  const byFile = new Map<string, TextEdit[]>();
  for (const edit of fix.edits) byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit]);
  for (const [file, edits] of byFile) {
    const before = texts.get(file);
    if (before === undefined) return { kind: 'fix-unappliable', message: `${where}: "${fix.title}" edits ${file}, not an analysed file` };
    const doc = TextDocument.create('file:///fuzz.go', 'go', 1, before);
    for (const edit of edits) {
      const bad = badRange(doc, edit);
      if (bad) return { kind: 'fix-unappliable', message: `${where}: "${fix.title}": ${bad}` };
    }
    let after: string;
    try {
      after = applyEdits(before, edits);
    } catch (error) {
      return { kind: 'fix-unappliable', message: `${where}: "${fix.title}": ${(error as Error).message}` };
    }
    const errorsBefore = errorCounts.get(file) ?? syntaxErrorCount(parser, before);
    errorCounts.set(file, errorsBefore);
    const errorsAfter = syntaxErrorCount(parser, after);
    if (errorsAfter > errorsBefore) {
      return { kind: 'fix-new-syntax-error', message: `${where}: "${fix.title}" takes syntax errors from ${errorsBefore} to ${errorsAfter}` };
    }
  }
  return null;
}

/** Checks the input in root (emptied and rewritten first). */
export async function checkInput(input: FuzzInput, root: string): Promise<InputOutcome> {
  writeWorkspace(input, root);
  const failures: Failure[] = [];
  let run: { result: CheckResult; ms: number };
  try {
    run = await timedCheck(root);
    // Once more when slow, so that a busy machine's pause is not taken for a slow input.
    if (run.ms > SLOW_MS) run = await timedCheck(root);
  } catch (error) {
    return { failures: [{ kind: 'uncaught', message: describe(error) }], ms: 0, findings: 0, fixes: 0 };
  }
  const { result, ms } = run;
  const parsed = ms > SLOW_MS ? await parseMs(input) : 0;
  if (ms > SLOW_MS && ms > SLOW_PARSE_FACTOR * parsed) {
    const message = `the check took ${Math.round(ms)} ms of CPU time (twice over ${SLOW_MS} ms), ${Math.round(ms / Math.max(parsed, 1))}× the ${Math.round(parsed)} ms its parse takes`;
    failures.push({ kind: 'slow', message });
  }
  for (const problem of result.problems)
    if (/^rule \S+ failed/.test(problem)) failures.push({ kind: 'rule-failed', message: problem.replaceAll(root + path.sep, '') });

  const parser = await GoParser.load();
  const texts = new Map<string, string>();
  for (const [rel] of input.files) {
    const file = path.join(root, rel);
    const read = readGoSource(file, true);
    if ('text' in read) texts.set(file, read.text);
  }
  const errorCounts = new Map<string, number>();
  let fixes = 0;
  for (const finding of result.findings) {
    for (const fix of finding.fixes) {
      fixes++;
      const where = `${finding.rule} at ${path.relative(root, finding.file)}:${finding.range.start.line + 1}`;
      try {
        const failure = checkFix(parser, fix, texts, errorCounts, where);
        if (failure) failures.push(failure);
      } catch (error) {
        failures.push({ kind: 'uncaught', message: `${where}: ${describe(error)}` });
      }
    }
  }
  return { failures, ms, findings: result.findings.length, fixes };
}
