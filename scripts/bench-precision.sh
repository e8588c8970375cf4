#!/usr/bin/env bash
# `npm run bench:precision -- <mirror dir> [--json FILE] [--unjudged [--sample N] [--seed S]]`:
# builds the precision benchmark and scores the current ctxlens against the hand-judged findings
# in bench/precision/repos/ (see bench/precision/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/web-tree-sitter ] || npm ci --no-audit --no-fund
npx esbuild bench/precision/run.ts --bundle --platform=node --format=cjs --target=node20 \
  --alias:web-tree-sitter=./node_modules/web-tree-sitter/web-tree-sitter.cjs \
  --alias:jsonc-parser=./node_modules/jsonc-parser/lib/esm/main.js \
  --outfile=.bench/bench-precision.js --log-level=warning
cp node_modules/web-tree-sitter/web-tree-sitter.wasm node_modules/tree-sitter-go/tree-sitter-go.wasm .bench/
# Relative paths are resolved from where npm was run (INIT_CWD) by the script itself.
exec node .bench/bench-precision.js "$@"
