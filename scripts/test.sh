#!/usr/bin/env bash
# The whole test suite. Installs what it needs when missing (Go and Neovim from Debian,
# npm packages), type-checks, builds the bundles and the tests, and runs them.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-tools.sh
[ -d node_modules/web-tree-sitter ] || npm ci --no-audit --no-fund
npx tsc -p tsconfig.json
npm run --silent package >/dev/null # the .vsix that test/package/ checks
node esbuild.mjs --tests
node --test --test-concurrency=2 out/test/
bash scripts/e2e.sh # last: the packaged extension in real VS Code (code-server)
