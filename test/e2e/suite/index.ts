// The end-to-end suite in @vscode/test-electron's shape: `run()` runs it with mocha inside VS
// Code's extension host, against the example workspace opened in the window. Runners:
// ../run-electron.ts (a downloaded VS Code) and ../code-server.e2e.ts (code-server, through
// the driver extension in ../driver/, which calls runWithResults()).
import Mocha from 'mocha';
import { chainsSuite } from './chains.e2e';
import { codeActionsSuite } from './code-actions.e2e';
import { commandsSuite } from './commands.e2e';
import { configFileSuite } from './config-file.e2e';
import { diagnosticsSuite } from './diagnostics.e2e';

/**
 * Each defines one mocha suite; they run in this order (the later ones edit the workspace).
 * A new feature adds a file and an entry here, e.g. the chain lens through
 * `vscode.executeCodeLensProvider` and the chain commands through `vscode.commands.executeCommand`.
 */
const SUITES: readonly (() => void)[] = [diagnosticsSuite, chainsSuite, codeActionsSuite, commandsSuite, configFileSuite];

export interface E2EResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export function runWithResults(): Promise<E2EResult[]> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 120_000, color: false, reporter: 'spec' });
  // The suite functions call mocha's tdd globals, which exist once pre-require has run.
  mocha.suite.emit('pre-require', globalThis, 'ctxlens-e2e', mocha);
  for (const define of SUITES) define();
  const results: E2EResult[] = [];
  return new Promise((resolve, reject) => {
    try {
      mocha
        .run(() => resolve(results))
        .on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration ?? 0 }))
        .on('pending', (t) => results.push({ title: t.fullTitle(), state: 'pending', durationMs: 0 }))
        .on('fail', (t, error: Error) =>
          results.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration ?? 0, error: error.stack ?? String(error) }),
        );
    } catch (error) {
      reject(error);
    }
  });
}

/** The entry point @vscode/test-electron calls: rejects when a test failed. */
export async function run(): Promise<void> {
  const failed = (await runWithResults()).filter((r) => r.state === 'failed');
  if (failed.length > 0) throw new Error(`${failed.length} end-to-end tests failed:\n${failed.map((f) => `${f.title}\n${f.error}`).join('\n')}`);
}
