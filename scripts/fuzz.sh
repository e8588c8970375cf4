#!/usr/bin/env bash
# `npm run fuzz -- [--seconds N] [--seed S] [--inputs N] [--no-save]`: builds the fuzzer and runs
# it over mutated fixture and example files (test/fuzz/README.md says what it checks).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/web-tree-sitter ] || npm ci --no-audit --no-fund
node esbuild.mjs --fuzz
exec node .fuzz/fuzz.js "$@"
