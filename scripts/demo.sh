#!/usr/bin/env bash
# Installs the npm packages when missing, builds, and runs `ctxlens check` and `ctxlens chains` on the bundled
# examples/ workspace. Findings are the point of the demo, so exit status 1 (error findings)
# counts as success; 2 (bad arguments or unreadable input) fails.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -d node_modules/web-tree-sitter ] || npm ci --no-audit --no-fund
node esbuild.mjs
status=0
node dist/cli.js check examples "$@" || status=$?
if [ "$status" -ge 2 ]; then
  echo "demo: ctxlens check failed (exit status $status)" >&2
  exit "$status"
fi
echo
echo "Interceptor chains (ctxlens chains examples):"
node dist/cli.js chains examples
