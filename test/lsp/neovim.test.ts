// A second, independent LSP client: headless Neovim 0.7 opens a fixture and reads the
// server's diagnostics through its built-in client.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, copyFixturesTo } from '../support/fixtures';
import { readWants } from '../support/wants';
import { SERVER } from './harness';

const INIT = path.join(REPO_ROOT, 'test', 'lsp', 'neovim-init.lua');
const NVIM_TIMEOUT_MS = 30_000;

interface NeovimResult {
  arrived?: boolean;
  error?: string;
  diagnostics?: { line: number; col: number; code: string; source: string; severity: number }[];
}

test('Neovim shows the diagnostics of an opened fixture', async () => {
  const root = copyFixturesTo('ctx-cancel-discarded');
  try {
    const file = path.join(root, 'ctx-cancel-discarded', 'bad.go');
    const out = path.join(root, 'nvim-diagnostics.json');
    const run = spawnSync('nvim', ['--headless', '--clean', '-u', INIT], {
      env: { ...process.env, CTXLENS_NODE: process.execPath, CTXLENS_SERVER: SERVER, CTXLENS_ROOT: root, CTXLENS_FILE: file, CTXLENS_OUT: out },
      encoding: 'utf8',
      timeout: NVIM_TIMEOUT_MS,
      killSignal: 'SIGKILL',
    });
    assert.ifError(run.error);
    assert.ok(fs.existsSync(out), `Neovim wrote no result (status ${run.status}): ${run.stderr}${run.stdout}`);
    const result = JSON.parse(fs.readFileSync(out, 'utf8')) as NeovimResult;
    assert.equal(result.error, undefined);
    assert.equal(result.arrived, true);
    const wants = await readWants(file, fs.readFileSync(file, 'utf8'));
    assert.deepEqual(result.diagnostics!.map((d) => `${d.line + 1}:${d.code}`).sort(), wants.map((w) => `${w.line + 1}:${w.rule}`).sort());
    assert.ok(result.diagnostics!.every((d) => d.source === 'ctxlens'));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
