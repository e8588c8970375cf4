#!/usr/bin/env bash
# `npm run bench:chains [-- --cli FILE]`: builds ctxlens and the chain benchmark, then re-scores
# the judged chain sites in bench/chains/sites.json against the mirrors (CTXLENS_MIRRORS).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/web-tree-sitter ] || npm ci --no-audit --no-fund
node esbuild.mjs
node esbuild.mjs --bench
exec node .bench/bench-chains.js "$@"
