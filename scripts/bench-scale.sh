#!/usr/bin/env bash
# `npm run bench:scale [-- --shape NAME]`: builds the scale benchmark, then times the check of hostile
# files at size N and 2N against their parse (see bench/scale.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/web-tree-sitter ] || npm ci --no-audit --no-fund
node esbuild.mjs --bench
exec node .bench/bench-scale.js "$@"
