#!/usr/bin/env bash
# `npm run bench:precision -- <mirror dir> [--json FILE] [--findings FILE] [--unjudged [--sample N] [--seed S]]`:
# builds the precision benchmark and scores the current ctxlens against the hand-judged findings
# in bench/precision/repos/ (see bench/precision/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/web-tree-sitter ] || npm ci --no-audit --no-fund
node esbuild.mjs --bench
# Relative paths are resolved from where npm was run (INIT_CWD) by the script itself.
exec node .bench/bench-precision.js "$@"
