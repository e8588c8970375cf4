#!/usr/bin/env bash
# `npm run bench -- <dir> [--no-server] [--parity]`: builds the bundles and the benchmark, then measures
# parse vs check time, files/s, peak RSS and the server's edit → diagnostics latency.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/web-tree-sitter ] || npm ci --no-audit --no-fund
node esbuild.mjs
node esbuild.mjs --bench
# Relative folders are meant from where npm was run, not from the repository root.
args=()
for arg in "$@"; do
  if [[ "$arg" != --* && "$arg" != /* ]]; then arg="${INIT_CWD:-$PWD}/$arg"; fi
  args+=("$arg")
done
exec node .bench/bench.js "${args[@]}"
