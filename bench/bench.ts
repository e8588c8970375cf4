// `npm run bench -- <dir> [--no-server] [--parity]`: raw single-thread tree-sitter parse time of a
// folder's Go files against the full check of the same files in the same process (as the CLI runs
// it: one thread per processor, files whose text no analysis needs left unparsed), files/s, peak
// RSS, findings per rule, and the edit → diagnostics latency of the language server on a
// 2,000-line file. --parity checks again parsing every file in one thread and fails unless the
// findings, skipped files and chains are the same; --only raw|check runs one of the two alone.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkPaths, type CheckResult } from '../server/src/engine/run/check';
import { chainsJson } from '../server/src/engine/chains/format-json';
import { chainModels } from '../server/src/engine/run/chain-models';
import { defaultConfig } from '../server/src/engine/config/config';
import { GoParser } from '../server/src/engine/go/parser';
import { discoverGoFiles } from '../server/src/engine/files/discover';
import { readGoSource } from '../server/src/engine/files/read-source';
import { measureEditLatency } from './latency';

const LATENCY_LINES = 2000;
const LATENCY_EDITS = 100;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;

/** Reads and parses every file the check would analyse (same skip policy), deleting each tree. */
async function rawParse(dir: string): Promise<{ ms: number; files: number; lines: number; bytes: number }> {
  const parser = await GoParser.load();
  const config = defaultConfig();
  let files = 0;
  let lines = 0;
  let bytes = 0;
  const start = performance.now();
  for (const file of discoverGoFiles([dir], { exclude: config.exclude, base: dir })) {
    const read = readGoSource(file, config.includeGenerated);
    if ('skipped' in read) continue;
    parser.parse(read.text).delete();
    files++;
    bytes += read.text.length;
    for (let i = read.text.indexOf('\n'); i >= 0; i = read.text.indexOf('\n', i + 1)) lines++;
  }
  return { ms: performance.now() - start, files, lines, bytes };
}

async function timeCheck(root: string): Promise<number> {
  const start = performance.now();
  await checkPaths([root], defaultConfig(), root, { jobs: os.availableParallelism() });
  return performance.now() - start;
}

/** The same run parsing every file in one thread must give the same findings, skips and chains. */
async function checkParity(root: string, result: CheckResult): Promise<void> {
  const start = performance.now();
  const every = await checkPaths([root], defaultConfig(), root, { parseEveryFile: true });
  const everyMs = performance.now() - start;
  assert.deepEqual(result.findings, every.findings, 'findings differ');
  assert.deepEqual(result.skipped, every.skipped, 'skipped files differ');
  assert.deepEqual(result.problems, every.problems, 'problems differ');
  const models = (run: CheckResult) =>
    chainModels(run.workspace.chains, { facts: run.workspace, configOf: () => defaultConfig(), findingsOf: () => run.findings });
  assert.deepEqual(chainsJson(models(result), root), chainsJson(models(every), root), 'chains differ');
  console.log(`parity        same findings, skips and chains parsing all ${every.filesParsed} files in one thread (${ms(everyMs)})`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir || !fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error('usage: npm run bench -- <dir of Go code> [--no-server] [--parity] [--only raw|check]');
    process.exitCode = 2;
    return;
  }
  const root = path.resolve(dir);
  console.log(`ctxlens benchmark on ${root}`);

  // --only raw / --only check: one of the two in this process, for timing whole processes from outside.
  const only = args[args.indexOf('--only') + 1];
  if (only === 'raw' || only === 'check') {
    if (only === 'raw') console.log(`raw parse     ${ms((await rawParse(root)).ms)}`);
    else console.log(`ctxlens check ${ms(await timeCheck(root))}`);
    return;
  }
  const raw = await rawParse(root);
  const rawRss = process.resourceUsage().maxRSS;
  console.log(`raw parse     ${ms(raw.ms)} for ${raw.files} files, ${raw.lines.toLocaleString('en')} lines (${(raw.bytes / 1e6).toFixed(1)} MB)`);

  const jobs = os.availableParallelism();
  const start = performance.now();
  const result = await checkPaths([root], defaultConfig(), root, { jobs });
  const checkMs = performance.now() - start;
  console.log(
    `ctxlens check ${ms(checkMs)} for ${result.filesAnalysed} files (${result.filesParsed} parsed, ${result.skipped.length} skipped), up to ${jobs} threads`,
  );
  console.log(`ratio         ${(checkMs / raw.ms).toFixed(2)}× raw parse (target ≤ 0.8×)`);
  if (args.includes('--parity')) await checkParity(root, result);
  console.log(
    `throughput    ${Math.round(result.filesAnalysed / (checkMs / 1000))} files/s checked, ${Math.round(raw.files / (raw.ms / 1000))} files/s parsed`,
  );
  console.log(`peak RSS      ${mib(process.resourceUsage().maxRSS)} (after the raw parse: ${mib(rawRss)}; target ≤ 400 MiB)`);

  const byRule = new Map<string, number>();
  for (const f of result.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  console.log(
    `findings      ${result.findings.length}${
      byRule.size
        ? `: ${[...byRule]
            .sort()
            .map(([r, n]) => `${r} ${n}`)
            .join(', ')}`
        : ''
    }`,
  );
  for (const problem of result.problems.slice(0, 10)) console.log(`  problem: ${problem}`);
  if (result.problems.length > 10) console.log(`  … ${result.problems.length - 10} more problems`);

  const serverJs = path.resolve(__dirname, '..', 'dist', 'server.js');
  if (args.includes('--no-server')) console.log('edit latency  skipped (--no-server)');
  else if (!fs.existsSync(serverJs)) console.log(`edit latency  SKIPPED: ${serverJs} not built (run node esbuild.mjs)`);
  else {
    const latency = await measureEditLatency(serverJs, LATENCY_LINES, LATENCY_EDITS);
    const s = latency.samples;
    console.log(
      `edit latency  p50 ${ms(percentile(s, 50))}, p95 ${ms(percentile(s, 95))}, max ${ms(s[s.length - 1]!)} ` +
        `over ${latency.edits} edits of a ${latency.lines}-line file (${latency.diagnosticsPerPublish} diagnostics; target p95 ≤ 20 ms)`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
