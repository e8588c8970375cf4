// `npm run bench:soak -- <dir> [--edits N] [--file F] [--typing comment|lines] [--cpu-prof DIR]`: the real language
// server (dist/server.js over stdio) on a large workspace: scan time, RSS after the scan, server
// CPU per edit (each edit followed by the settled workspace refresh), edit → diagnostics latency,
// and the RSS curve over a soak of N typed edits (default 10,000) to one open file. `comment`
// types into a comment (no fact changes); `lines` presses Enter under the package clause and
// deletes the line again, so every position after it moves (the facts of the file change).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startBenchServer } from './lsp-client';

/** The server analyses an open file at most once per 50 ms: a longer pause measures an edit, not the debounce. */
const PAUSE_BETWEEN_EDITS_MS = 60;
/** Past the server's 150 ms workspace-rule delay, so each measured edit includes its workspace refresh. */
const SETTLE_MS = 400;
const CPU_EDITS = 40;
const RSS_SAMPLES = 20;
const TIMEOUT_MS = 120_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The server process's CPU time (user + system) in ms, from /proc (Linux). */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function rssMiB(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)/m);
  return line ? Number(line[1]) / 1024 : Number.NaN;
}

/** The first non-test file under dir that builds a gRPC server: an edit there touches chains. */
function serverFile(dir: string): string | undefined {
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const entry of fs.readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? 1 : -1))) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory() && entry.name !== 'vendor' && entry.name !== 'testdata' && !entry.name.startsWith('.')) stack.push(full);
      else if (entry.isFile() && entry.name.endsWith('.go') && !entry.name.endsWith('_test.go') && fs.readFileSync(full, 'utf8').includes('grpc.NewServer('))
        return full;
    }
  }
  return undefined;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const usage = 'usage: npm run bench:soak -- <dir> [--edits N] [--file F] [--typing comment|lines] [--cpu-prof DIR]';
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      edits: { type: 'string', default: '10000' },
      file: { type: 'string' },
      typing: { type: 'string', default: 'comment' },
      'cpu-prof': { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new Error(usage);
  const dir = path.resolve(positionals[0]!);
  const edits = Number(values.edits);
  if (!Number.isSafeInteger(edits) || edits < 1) throw new Error(`--edits takes a whole number above 0, not "${values.edits}"`);
  const typing = values.typing;
  if (typing !== 'comment' && typing !== 'lines') throw new Error(`--typing takes comment or lines, not "${typing}"`);
  const file = values.file ? path.resolve(values.file) : serverFile(dir);
  if (!file) throw new Error(`no file building a gRPC server under ${dir}: pass --file`);
  // A comment line of its own at the end: the soak types into it and deletes again, so the text does not grow.
  const text = `${fs.readFileSync(file, 'utf8').replace(/\n?$/, '\n')}// soak\n`;
  const line = text.split('\n').length - 2;
  const packageLine = text.split('\n').findIndex((l) => l.startsWith('package '));
  const uri = pathToFileURL(file).href;

  const serverJs = path.join(__dirname, '..', 'dist', 'server.js');
  // --cpu-prof DIR: the server's node writes a CPU profile of its main thread (and one per scan worker) there on exit.
  const profile = values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(values['cpu-prof'])] : [];
  const { child, connection, published } = startBenchServer(serverJs, uri, TIMEOUT_MS, 'ignore', profile);
  const pid = child.pid!;
  let ready: () => void = () => {};
  const scanned = new Promise<void>((resolve) => {
    ready = resolve;
  });
  connection.onNotification('ctxlens/ready', () => ready());
  let version = 1;
  let typed = false;
  /** Types one character into the soak line, or deletes it again; resolves with the latency. */
  const edit = async (): Promise<number> => {
    version++;
    const character = '// soak'.length;
    const below = { line: packageLine + 1, character: 0 };
    const change =
      typing === 'lines'
        ? typed
          ? { range: { start: below, end: { line: packageLine + 2, character: 0 } }, text: '' }
          : { range: { start: below, end: below }, text: '\n' }
        : typed
          ? { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' }
          : { range: { start: { line, character }, end: { line, character } }, text: 'x' };
    typed = !typed;
    const done = published(version);
    const start = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await done;
    return performance.now() - start;
  };

  try {
    const start = performance.now();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'soak' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true } },
    });
    await connection.sendNotification('initialized', {});
    await scanned;
    const scanMs = performance.now() - start;
    // All of the server's threads (the scan's workers too); on a busy machine the wall clock says less.
    const scanCpuMs = cpuMs(pid);
    const load = os.loadavg()[0]!.toFixed(1);
    const opened = published(1);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'go', version: 1, text } });
    await opened;
    await sleep(SETTLE_MS);
    console.log(`workspace ${dir}\nopen file ${path.relative(dir, file)}, typing: ${typing}`);
    console.log(
      `scan ${(scanMs / 1000).toFixed(1)} s (server CPU ${(scanCpuMs / 1000).toFixed(1)} s, load average ${load}), RSS after the scan ${rssMiB(pid).toFixed(0)} MiB`,
    );

    // Server CPU per edit: each edit, then its workspace refresh, settled before the next.
    const cpuBefore = cpuMs(pid);
    for (let k = 0; k < CPU_EDITS; k++) {
      await edit();
      await sleep(SETTLE_MS);
    }
    console.log(`server CPU per edit (with its workspace refresh) ${((cpuMs(pid) - cpuBefore) / CPU_EDITS).toFixed(1)} ms over ${CPU_EDITS} edits`);

    // The soak: typing at PAUSE_BETWEEN_EDITS_MS, the RSS sampled along the way.
    const samples: number[] = [];
    const curve: string[] = [`0:${rssMiB(pid).toFixed(0)}`];
    const soakCpu = cpuMs(pid);
    for (let k = 1; k <= edits; k++) {
      await sleep(PAUSE_BETWEEN_EDITS_MS);
      samples.push(await edit());
      if (k % Math.max(1, Math.floor(edits / RSS_SAMPLES)) === 0) {
        curve.push(`${k}:${rssMiB(pid).toFixed(0)}`);
        // A long soak says how far it is, with the figures so far.
        const sorted = [...samples].sort((a, b) => a - b);
        console.log(
          `  ${curve[curve.length - 1]} MiB, p95 so far ${percentile(sorted, 95).toFixed(1)} ms, CPU ${((cpuMs(pid) - soakCpu) / k).toFixed(1)} ms per edit`,
        );
      }
    }
    await sleep(SETTLE_MS);
    const soakCpuPerEdit = (cpuMs(pid) - soakCpu) / edits;
    samples.sort((a, b) => a - b);
    const rss = curve.map((c) => Number(c.split(':')[1]));
    console.log(
      `soak ${edits} edits: edit → diagnostics p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms, max ${samples[samples.length - 1]?.toFixed(1)} ms; server CPU ${soakCpuPerEdit.toFixed(1)} ms per edit`,
    );
    console.log(`RSS curve (edits:MiB) ${curve.join(' ')}`);
    console.log(`RSS growth over the soak ${(((rss[rss.length - 1]! - rss[0]!) / rss[0]!) * 100).toFixed(1)}%`);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    // A CPU profile is written as the server exits, not when it is killed.
    await Promise.race([exited, sleep(10_000)]);
  } finally {
    connection.dispose();
    child.kill();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
