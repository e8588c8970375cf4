#!/usr/bin/env bash
# `npm run bench -- <dir> [--no-server]`: builds the bundles and the benchmark, then measures
# parse vs check time, files/s, peak RSS and the server's edit → diagnostics latency.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/web-tree-sitter ] || npm ci --no-audit --no-fund
node esbuild.mjs
npx esbuild bench/bench.ts --bundle --platform=node --format=cjs --target=node20 \
  --alias:web-tree-sitter=./node_modules/web-tree-sitter/web-tree-sitter.cjs \
  --alias:jsonc-parser=./node_modules/jsonc-parser/lib/esm/main.js \
  --outfile=.bench/bench.js --log-level=warning
cp node_modules/web-tree-sitter/web-tree-sitter.wasm node_modules/tree-sitter-go/tree-sitter-go.wasm .bench/
# Relative folders are meant from where npm was run, not from the repository root.
args=()
for arg in "$@"; do
  if [[ "$arg" != --* && "$arg" != /* ]]; then arg="${INIT_CWD:-$PWD}/$arg"; fi
  args+=("$arg")
done
exec node .bench/bench.js "${args[@]}"
