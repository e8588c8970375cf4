#!/usr/bin/env bash
# `npm run bench:soak -- <dir> [--edits N] [--file F] [--typing comment|lines]`: builds the server and the soak benchmark,
# then drives the server over stdio on <dir> (see bench/soak.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/web-tree-sitter ] || npm ci --no-audit --no-fund
node esbuild.mjs
node esbuild.mjs --bench
# Relative paths are meant from where npm was run, not from the repository root.
args=()
for arg in "$@"; do
  if [[ "$arg" != --* && "$arg" != /* && ! "$arg" =~ ^[0-9]+$ ]]; then arg="${INIT_CWD:-$PWD}/$arg"; fi
  args+=("$arg")
done
exec node .bench/bench-soak.js "${args[@]}"
