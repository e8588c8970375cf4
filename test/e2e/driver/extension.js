// Test-only extension installed beside ctxlens in code-server. When the window's folder is the
// one named by CTXLENS_E2E_WORKSPACE, it loads the suite bundle (CTXLENS_E2E_SUITE), runs it
// in this extension host and writes the results as JSON to CTXLENS_E2E_RESULTS (via a
// temporary file and a rename, so the runner never reads half a file). Other windows: nothing.

const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

async function activate() {
  const { CTXLENS_E2E_WORKSPACE: workspace, CTXLENS_E2E_SUITE: suite, CTXLENS_E2E_RESULTS: results } = process.env;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!workspace || !suite || !results || !folder || path.resolve(folder.uri.fsPath) !== path.resolve(workspace)) return;
  let report;
  try {
    report = { tests: await require(suite).runWithResults() };
  } catch (error) {
    report = { tests: [], error: error?.stack ? error.stack : String(error) };
  }
  fs.writeFileSync(`${results}.tmp`, JSON.stringify(report, null, 2));
  fs.renameSync(`${results}.tmp`, results);
}

module.exports = { activate, deactivate() {} };
