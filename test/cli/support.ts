// Helpers for the CLI tests: run the built dist/cli.js and lay out small Go workspaces.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/fixtures';

export const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs dist/cli.js; with killAfterMs the process is killed then (run.signal tells). */
/** util-linux's prlimit (on every Linux): limits a child's CPU time, which a busy machine does not eat into. */
const PRLIMIT = ['/usr/bin/prlimit', '/bin/prlimit'].find((candidate) => fs.existsSync(candidate));

/**
 * Runs the CLI. With killAfterMs, the child is killed once it has used that much CPU time (a loop
 * or quadratic work), or ten times that on the wall clock (a child that waits on nothing); only the
 * wall clock where prlimit is missing.
 */
export function runCli(args: readonly string[], cwd: string, killAfterMs?: number): Promise<CliRun> {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: build it with node esbuild.mjs --tests`);
  const command = killAfterMs !== undefined && PRLIMIT ? [PRLIMIT, `--cpu=${Math.ceil(killAfterMs / 1000)}`, '--', process.execPath] : [process.execPath];
  const wallLimit = killAfterMs !== undefined && PRLIMIT ? killAfterMs * 10 : killAfterMs;
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, [...command.slice(1), CLI, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: wallLimit,
      killSignal: 'SIGKILL',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Writes files (relative path → content) into a fresh temp folder and returns its path. */
export function makeWorkspace(files: Record<string, string | Uint8Array>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ctxlens-cli-')));
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(root, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return root;
}

export const GO_MOD = 'module example.com/shop\n\ngo 1.22\n';

/** A file with one known error finding: ctx-cancel-discarded on line 9, columns 7–8 (1-based). */
export const DISCARDED_CANCEL = `package shop

import (
	"context"
	"time"
)

func Fetch(ctx context.Context) error {
	ctx, _ = context.WithTimeout(ctx, time.Second)
	return ctx.Err()
}
`;
export const DISCARDED_CANCEL_LINE = 9;
export const DISCARDED_CANCEL_COLUMN = 7;

/** Correct code that no rule should report. */
export const CLEAN = `package shop

func Add(a, b int) int { return a + b }
`;

/** No stack trace: stderr lines all start with "ctxlens: " and none looks like a frame. */
export function assertNoStackTrace(stderr: string): void {
  for (const line of stderr.split('\n').filter(Boolean)) {
    if (!line.startsWith('ctxlens: ') || /^\s+at /.test(line)) throw new Error(`unexpected stderr line: ${line}`);
  }
}
