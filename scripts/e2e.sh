#!/usr/bin/env bash
# The end-to-end suite: the packaged extension in real VS Code (code-server) driven by Chromium.
# Installs what it needs (scripts/setup-e2e.sh), packages the .vsix (unless CTXLENS_VSIX names
# one), builds the suite and runs it. Screenshots and logs: test-results/e2e/.
# A code-server left running by an interrupted run is ended on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -d node_modules/web-tree-sitter ] || npm ci --no-audit --no-fund
CTXLENS_E2E_CACHE=$(bash scripts/setup-e2e.sh | tail -n 1)
export CTXLENS_E2E_CACHE

if [ -z "${CTXLENS_VSIX:-}" ]; then
  npm run --silent package >/dev/null
  CTXLENS_VSIX="$PWD/$(node -p "const p = require('./package.json'); p.name + '-' + p.version").vsix"
fi
export CTXLENS_VSIX
node esbuild.mjs --e2e

# code-server runs in its own process group; its id is written here, for the trap below.
pidfile=$(mktemp)
export CTXLENS_E2E_PIDFILE="$pidfile"
runner=
cleanup() {
  # The runner stops code-server itself; this covers a runner that was interrupted.
  if [ -n "$runner" ] && kill -0 "$runner" 2>/dev/null; then kill -TERM "$runner" 2>/dev/null || true; fi
  if [ -s "$pidfile" ]; then kill -TERM -- "-$(cat "$pidfile")" 2>/dev/null || true; fi
  rm -f "$pidfile"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
node --test --test-reporter=spec out/e2e/code-server.e2e.js &
runner=$!
wait "$runner"
