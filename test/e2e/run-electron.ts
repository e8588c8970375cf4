// Runs the end-to-end suite in a downloaded VS Code (for machines that can download it):
//   npm run package && node esbuild.mjs --e2e && node out/e2e/run-electron.js
// VS Code loads ctxlens from the repository (the bundles in dist/) as a development extension
// and opens a fresh copy of examples/, since the suite applies fixes to its files.
// CTXLENS_VSCODE_VERSION picks the VS Code version (default: the newest stable).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const repo = path.resolve(__dirname, '..', '..');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ctxlens-e2e-electron-'));
  const workspace = path.join(scratch, 'examples');
  fs.cpSync(path.join(repo, 'examples'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.CTXLENS_VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(scratch, 'user-data')],
    });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
